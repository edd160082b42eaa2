package io.corroborate.analysis.frame;

import java.util.regex.Pattern;

/**
 * Whether a figure is hypothetical or conditional rather than stated as fact: a modal of possibility before it in its
 * clause ("could reach $5 billion", "might cost", "may rise to"), or a "would" before it in its clause when the
 * sentence sets a condition ("if approved, it would pay $2 billion", "would pay $2 billion unless…"). A bare "would"
 * is reported speech in news ("Northwind would pay $2.35 billion under the terms"), and an "if" that asks rather
 * than sets a condition ("not clear if", "decide if"), concedes ("even if"), or stands in another clause than a
 * modal governing the figure ("the talks on Monday should not go ahead if…") marks nothing by itself; nor does
 * "will": a plan stated as such is the fact it plans; nor does an outlet telling what it found ("The Bugle can reveal
 * the firm was fined £540,000", "we can confirm"), nor a penalty's legal maximum ("could be fined as much as €2,500",
 * "may face up to 20 years"). Hypothetical and actual figures never join one fact.
 */
public final class Condition {

    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:could|might|may|can)\\s+(?:not\\s+|also\\s+|still\\s+|eventually\\s+|potentially\\s+)?"
                    + "(?!(?:(?:now|today|exclusively)\\s+)?(?:reveal|confirm|disclose|report)\\b)\\p{Ll}+"
                    + "(?:\\s+\\S+){0,4}\\s*$");
    /**
     * A penalty's legal maximum told with a modal: "could be fined as much as €2,500", "may face up to 20 years",
     * "can be jailed for up to five years" — what the law allows, stated as fact, as "face fines of up to €2,500" is.
     */
    private static final Pattern MAXIMUM_PENALTY = Pattern.compile("\\b(?:could|might|may|can)\\s+(?:still\\s+|also\\s+)?"
            + "(?:be\\s+(?:fined|jailed|imprisoned|sentenced|ordered\\s+to\\s+pay|liable\\s+to)|face|receive)\\b"
            + "[^,;:]{0,40}?\\b(?:up\\s+to|as\\s+much\\s+as|a\\s+maximum\\s+of|at\\s+most)\\s*$");
    /** A "would" (or "'d") governing what follows in the clause. */
    private static final Pattern WOULD = Pattern.compile("(?:\\bwould|\\p{L}['’]d)\\s+(?:\\S+\\s+){0,5}\\S*\\s*$");
    /** A condition set: "if" or "unless" not after "even", "as", or a verb of asking or knowing ("whether"). */
    private static final Pattern CONDITION = Pattern.compile(
            "(?:^|[\\s,;(“\"])(?<!\\beven\\s)(?<!\\bas\\s)(?<!\\b(?:clear|decide|know|see|ask|asked|wonder|unclear|"
                    + "determine|sure)\\s)(?:[Ii]f|[Uu]nless)\\s");
    private static final int WINDOW = 60;

    private Condition() {
    }

    /** Whether the figure starting at {@code figureStart} in {@code sentence} is hypothetical. */
    public static boolean hypothetical(String sentence, int figureStart) {
        String before = sentence.substring(Math.max(0, figureStart - WINDOW), figureStart);
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        String clauseBefore = before.substring(clause + 1);
        return MODAL.matcher(clauseBefore).find() && !MAXIMUM_PENALTY.matcher(clauseBefore).find()
                || WOULD.matcher(clauseBefore).find() && CONDITION.matcher(sentence).find();
    }
}
