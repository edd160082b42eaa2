package io.corroborate.analysis;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The extraction pipeline reads as stages in order: lexicon, text, number, unit, figure, frame, claim, then fact,
 * the comparison. A stage uses only the stages before it, and the comparison never re-reads sentences.
 */
@AnalyzeClasses(packages = {StagesTest.LEXICON, StagesTest.TEXT, StagesTest.NUMBER, StagesTest.UNIT,
        StagesTest.FIGURE, StagesTest.FRAME, StagesTest.CLAIM, StagesTest.FACT},
        importOptions = ImportOption.DoNotIncludeTests.class)
class StagesTest {

    static final String LEXICON = "io.corroborate.analysis.lexicon";
    static final String TEXT = "io.corroborate.analysis.text";
    static final String NUMBER = "io.corroborate.analysis.number";
    static final String UNIT = "io.corroborate.analysis.unit";
    static final String FIGURE = "io.corroborate.analysis.figure";
    static final String FRAME = "io.corroborate.analysis.frame";
    static final String CLAIM = "io.corroborate.analysis.claim";
    static final String FACT = "io.corroborate.analysis.fact";

    @ArchTest
    static final ArchRule eachStageUsesOnlyTheStagesBeforeIt = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("lexicon").definedBy(LEXICON + "..")
            .layer("text").definedBy(TEXT + "..")
            .layer("number").definedBy(NUMBER + "..")
            .layer("unit").definedBy(UNIT + "..")
            .layer("figure").definedBy(FIGURE + "..")
            .layer("frame").definedBy(FRAME + "..")
            .layer("claim").definedBy(CLAIM + "..")
            .layer("fact").definedBy(FACT + "..")
            .whereLayer("lexicon").mayNotAccessAnyLayer()
            .whereLayer("text").mayOnlyAccessLayers("lexicon")
            .whereLayer("number").mayOnlyAccessLayers("lexicon", "text")
            .whereLayer("unit").mayOnlyAccessLayers("lexicon", "text", "number")
            .whereLayer("figure").mayOnlyAccessLayers("lexicon", "text", "number", "unit")
            .whereLayer("frame").mayOnlyAccessLayers("lexicon", "text", "number", "unit", "figure")
            .whereLayer("claim").mayOnlyAccessLayers("lexicon", "text", "number", "unit", "figure", "frame")
            .whereLayer("fact").mayOnlyAccessLayers("lexicon", "text", "number", "unit", "figure", "frame", "claim");

    @ArchTest
    static final ArchRule stagesAreFreeOfCycles = slices().matching("io.corroborate.analysis.(*)..")
            .should().beFreeOfCycles();

    /** The comparison works on claims as the API gives them: names and numbers, never sentences. */
    @ArchTest
    static final ArchRule theComparisonReadsNoText = noClasses().that().resideInAPackage(FACT + "..")
            .should().dependOnClassesThat().resideInAnyPackage(TEXT + "..", UNIT + "..", FIGURE + "..",
                    FRAME + "..", CLAIM + "..");
}
