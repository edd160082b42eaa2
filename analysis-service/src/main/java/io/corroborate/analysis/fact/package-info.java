/**
 * Stage 7, fact, the comparison: takes the {@code io.corroborate.api.Claim}s of a story's articles and gives its
 * {@code io.corroborate.api.Fact}s, each with its consensus value and verdict. Entry point:
 * {@code new FactBuilder().compare(storyId, claims)}. It never re-reads sentences: besides the API records it uses
 * only {@code lexicon} and {@code number}.
 */
package io.corroborate.analysis.fact;
