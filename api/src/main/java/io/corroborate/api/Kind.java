package io.corroborate.api;

/** What sort of figure a value is. */
public enum Kind {
    MONEY, PERCENT, COUNT, AGE, YEAR, DATE, QUANTITY
}
