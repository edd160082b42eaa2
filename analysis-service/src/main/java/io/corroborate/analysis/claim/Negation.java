package io.corroborate.analysis.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence denies its figure: "did not pay $15 billion", "has no plans to cut 1,000 jobs", "denied reports
 * that it paid $15 billion". A negation counts only in the figure's own clause, close before it; "not only", "no
 * more than", "not until" and the like are no denial, and a denial denied ("did not deny paying") cancels out.
 */
final class Negation {

    /** Where the figure's clause starts: punctuation or a conjunction that opens a new clause. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;:—–()]|\\b(?:but|while|whereas|although|though|yet)\\b");
    private static final Pattern CUE = Pattern.compile("(?i)\\b(not|never|neither|nor|cannot)\\b|\\bno\\b(?!\\.)"
            + "|n['’]t\\b|\\b(den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing))\\b");
    /** Negation words that bound or stress a figure instead of denying it. */
    private static final Pattern NOT_DENIAL = Pattern.compile("(?i)\\s+(?:only|just|merely|simply|least|until|before"
            + "|even|yet\\s+(?:more|less|fewer)|(?:more|less|fewer|later|earlier|greater|higher|lower|over|under|above"
            + "|below|exceeding|to\\s+exceed|sooner)\\b)");
    /**
     * Words a plain "not" does not reach across: a new clause, a comparison, or a preposition whose phrase only sets
     * the scene ("does not appear once in the 1,768 pages", "would not run in 2018").
     */
    private static final Pattern OPENS_CLAUSE = Pattern.compile("(?i)\\b(?:that|whether|if|which|who|whom|when|why"
            + "|how|what|where|because|after|since|unless|until|than|said|says|reports?|reported|in|on|at|of|for|from"
            + "|about|over|during|by|with|within|beyond|before|around|across|among|per)\\b"
            + "|\\S\\s+(?:is|are|was|were)\\b");
    /** A figure in a definite or possessed phrase is taken as given ("can't keep the program's $2.6 trillion fund"). */
    private static final Pattern GIVEN = Pattern.compile("(?i)(?:\\b(?:the|its|his|her|their|this|these|those|our"
            + "|your|my)|['’]s?)\\s+[\"“]?$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final int PLAIN_REACH = 6;
    private static final int DENIAL_REACH = 10;

    private Negation() {
    }

    /** True when the sentence denies the figure starting at {@code figureStart}. */
    static boolean denies(String s, int figureStart) {
        int clause = 0;
        Matcher boundary = BOUNDARY.matcher(s).region(0, figureStart);
        while (boundary.find()) {
            clause = boundary.end();
        }
        int cues = 0;
        Matcher cue = CUE.matcher(s).region(clause, figureStart);
        while (cue.find()) {
            if (NOT_DENIAL.matcher(s).region(cue.end(), figureStart).lookingAt()) {
                continue;
            }
            String between = s.substring(cue.end(), figureStart);
            boolean denial = cue.group(2) != null;
            int reach = denial ? DENIAL_REACH : PLAIN_REACH;
            boolean plainReaches = !OPENS_CLAUSE.matcher(between).find() && !GIVEN.matcher(between).find();
            if (words(between) <= reach && (denial || plainReaches)) {
                cues++;
            }
        }
        return cues % 2 == 1;
    }

    private static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
