package io.corroborate.api;

/**
 * What sort of figure a value is. A {@code DATE}'s amount is month·100 + day with the year, when written, as its
 * unit, or the ISO day of the week (Monday 1 … Sunday 7) with the unit {@code weekday}; a {@code TIME}'s amount is
 * the minutes after midnight; an {@code ORDINAL}'s amount is the rank ("45th" is 45) with what is ranked as its unit.
 */
public enum Kind {
    MONEY, PERCENT, COUNT, AGE, YEAR, DATE, QUANTITY, TIME, ORDINAL
}
