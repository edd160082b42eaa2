/**
 * Stage 5, frame: takes a sentence, its name mentions and one of its figures, and gives what the figure measures
 * and whom it is about. Entry points: {@code FrameFinder.find(sentence, mentions, figure, previousSubject)} gives
 * the {@code Frame} (subject, predicate family, object); {@code Measure.read(...)} gives
 * the lemmas of what is measured and of the sentence around it; {@code Period.of(...)} the period the figure is
 * dated to; {@code Condition.hypothetical(...)} whether it is only possible; {@code Antecedent} a second party
 * given by description ("the startup"); {@code NameModifier.subject(...)} the subject a name stands for.
 */
package io.corroborate.analysis.frame;
