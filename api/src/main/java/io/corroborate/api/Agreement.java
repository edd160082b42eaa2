package io.corroborate.api;

/** How one claim stands against its fact's consensus. */
public enum Agreement {
    /** Same value at the same or greater precision. */
    EXACT,
    /** A less precise writing of the consensus ("$14 billion" for 14.3 billion). */
    ROUNDED,
    /** A hedged value ("about", "over", "nearly", "+") whose interval holds the consensus. */
    APPROXIMATE,
    /** Incompatible with the consensus. */
    DIFFERENT
}
