package io.corroborate.api;

/** What the sources of one fact say together. */
public enum Verdict {
    /** Two or more sources, every claim equals the consensus. */
    AGREE,
    /** Values differ only as rounding or stated hedges allow. */
    COMPATIBLE,
    /** At least one claim is incompatible with the consensus. */
    CONFLICT,
    /** One source only. */
    SINGLE_SOURCE
}
