package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;

/**
 * A figure is about the owner of the phrase that heads its clause ("Dunlin's share of the grocery market climbing to
 * 9.1%"; "Dunlin, whose market share has risen to 9%"), not the first name of the sentence; a possessor whose phrase
 * tells ("Bridgeport's mayor said") owns no figure of what is told.
 */
class ClauseOwnerTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "-", textBlock = """
            The move follows the latest ShopLens figures, which show Dunlin's share of the grocery market climbing to 9.1% in the 12 weeks to 22 March. | 9.1% | Dunlin
            Greenacre has been losing customers to discounters such as Dunlin, whose market share has risen to just over 9%. | 9% | Dunlin
            Bridgeport's mayor said 5 people were wounded. | 5 | -
            """)
    void theOwnerOfTheClauseIsItsSubject(String sentence, String surface, String subject) {
        List<ClaimDraft> drafts = EXTRACTOR.extract(sentence);
        ClaimDraft draft = drafts.stream().filter(d -> d.quote().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + surface + " in " + drafts));
        assertEquals(subject, draft.subject());
    }
}
