/**
 * Stage 2, number: takes a number as written and gives its digits, its scale, the precision its digits imply and
 * the interval its wording allows. Entry points: {@code Numbers.digits(written)} ("14,300", "fourteen"),
 * {@code Numbers.scale(word)} ("billion", "bn", "crore"), {@code Numbers.halfUnit(digits)} and
 * {@code Numbers.normalize(amount)}; {@code MixedNumber.at(s, pos, digits)} ("7½", "two and a half");
 * {@code Hedge.before(text)} ("about", "over", "up to"); {@code Intervals.single(...)} and
 * {@code Intervals.range(...)} give the {@code io.corroborate.api.Value}; {@code MonthDays} reads a date figure's
 * month·100 + day as a calendar day.
 */
package io.corroborate.analysis.number;
