/**
 * Stage 3, unit: takes the words written right after a number and gives what it measures or counts. Entry points:
 * {@code Tail.read(s, pos, currency, wordRange, change, start[, levels, moved])} gives the number's scale, "+",
 * percent sign, currency name, age, unit and, for a range, its second end; {@code Units.at(s, pos)} a unit under
 * its normalized name ("mph" is "mile per hour"); {@code Currencies.ofPrefix(sign)} and
 * {@code Currencies.ofWord(name)} ISO codes;
 * {@code CountedNoun.after(s, pos)} the plural noun a bare number counts; {@code Headcount.unit(noun, sentence)}
 * "employees" for staff however written; {@code Suspended.noun(s, before, end)} the noun that "four-, five- and
 * six-cylinder" numbers share.
 */
package io.corroborate.analysis.unit;
