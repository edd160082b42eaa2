/**
 * Stage 6, claim: takes an article's text and gives its numeric claims. Entry point:
 * {@code new ClaimExtractor().extract(text)} runs the stages before it sentence by sentence and gives the
 * {@code ClaimDraft}s in reading order (frame, value, quote with offsets into the text, attribution, negation,
 * measure, period, hypothetical, context); {@code ClaimDraft.toClaim(id, articleId, source)} makes one an
 * {@code io.corroborate.api.Claim}. Whom a sentence credits ({@code Attributions}) and whether it denies a figure
 * ({@code Negation}) are read here.
 */
package io.corroborate.analysis.claim;
