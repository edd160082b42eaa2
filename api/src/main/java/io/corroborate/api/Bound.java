package io.corroborate.api;

/** How the wording bounds a figure: "$14.3 billion" is EXACT, "about", "over" and "up to" are not. */
public enum Bound {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST
}
