/**
 * Stage 4, figure: takes a sentence and gives its figures, each a {@code Figure}: its value (kind, amount,
 * interval, currency, unit), its offsets in the sentence and, for a range, its ends as written. Entry points:
 * {@code FigureScanner.forClaims().scan(sentence)} gives the figures a claim may be framed for;
 * {@code new QuantityExtractor().extract(text)} gives every {@code Quantity} of a text, the quantity layer below the
 * claims (it scans with {@code FigureScanner.forQuantities()}). Forms with their own finders: dates, hyphenated
 * compounds, fractions, vague amounts ("dozens of") and scientific notation, and for claims only weekdays ("early
 * Friday"), times of day ("5 p.m."), ranks ("the 45th president", "a second term") and vote tallies ("passed
 * 234-193": two figures, the votes for and against) and counts of people named by what befell them ("killed three",
 * "2 dead, 6 hurt", "the death toll rose to four"), counts whose noun the writer left out ("41 of the 47 patients",
 * "two of them", "…, and seven remained": {@code ElidedCount}, given the noun the sentence before counted) and shares
 * written as fractions, read as percentages ("nearly half of", "by a third": {@code Share}), totals whose clause
 * says what they measure ("a crowd of 41,872", "the workforce stands at 9,350": {@code StatedNumber}) and, given the
 * day the article was published ({@code scan(sentence, antecedent, written)}), relative dates read as the days they
 * name ("last week", "yesterday": {@code RelativeDates}); a figure is then signed, given its
 * denominator ("per barrel"), joined into a range ("from $5 ... to $7") or given a measure written once for two.
 */
package io.corroborate.analysis.figure;
