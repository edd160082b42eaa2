package io.corroborate.analysis.frame;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.api.Kind;

/**
 * The period a figure's clause is dated to: "58 percent in 2012" is another occasion than "56 percent"; "$410 million
 * last year" another measurement than "$275 million a year earlier". Years are given as digits, relative periods
 * as written, lower-cased ("last year", "a year earlier", "first quarter", "five years ago"); a quarter however
 * written ("Q3", "third-quarter") as its ordinal ("third quarter").
 */
public final class Period {

    private static final Pattern PERIOD = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:in|during|for|since|of|by|from)"
            + "\\s+(?:the\\s+)?((?:18|19|20)\\d\\d)(?!\\d)"
            + "|(?:(?:in|during|for|since|of|by|from)\\s+)?(fiscal\\s+(?:year\\s+)?20\\d\\d)(?!\\d)"
            + "|((?-i:FY)\\s?(?:20)?\\d\\d)(?![\\d/–-])"
            + "|((?:last|this|next|previous|past|prior|current)\\s+(?:fiscal\\s+|financial\\s+)?(?:year|quarter"
            + "|month|week))"
            + "|(a\\s+year\\s+(?:earlier|ago|before)|the\\s+(?:previous|prior|year-earlier)\\s+(?:year|period|quarter)"
            + "|year-earlier|year-ago)"
            + "|((?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\\d)\\s+years\\s+ago)"
            + "|((?:first|second|third|fourth)[\\s-]+quarter|Q[1-4]))(?![\\p{L}])");
    private static final int MAX_GAP = 60;
    /** What introduces the other side of a comparison: "46% this year, up from 41% a year ago". */
    private static final String COMPARED_WITH = "(?i)(?<![\\p{L}])(?:from|compared\\s+(?:with|to)|versus|vs\\.?)";
    private static final Pattern COMPARISON = Pattern.compile(COMPARED_WITH + "(?![\\p{L}])|(?i)(?<![\\p{L}])against"
            + "(?![\\p{L}])");
    /** A figure right after such words, perhaps hedged: the compared side. */
    private static final Pattern COMPARED_FIGURE = Pattern.compile(COMPARED_WITH
            + "\\s+(?:(?:about|some|nearly|almost|more\\s+than|around|roughly|just)\\s+)?$");

    /**
     * A figure right before a period owns it: in "6% for 2026, 5.5% for 2027 and a £1.5k one-off payment" the year
     * dates the 5.5%, and the payment after it has no period of its own.
     */
    private static final Pattern OWNED = Pattern.compile(
            "(?i)\\d(?:[.,]\\d+)?\\s?(?:%|per\\s?cent|pc|\\p{L}{1,10})?\\s+$");

    /** The level a change reached, right after it: "12% to $4.1 billion". */
    private static final Pattern TO_LEVEL = Pattern.compile("\\s*to\\s");

    /** A fiscal year named by its digits, as a period key reads it: "fy 2025", "fiscal year 2025", "fy25". */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:fy ?|fiscal (?:year )?)((?:20)?\\d\\d)");

    private Period() {
    }

    /**
     * The period written nearest the figure at [start, end) with no clause punctuation between, or null. A period
     * across a comparison dates the other side, not this one: "2.1 million tonnes last year against a target of
     * 2.4 million for this year"; "8.6 million last year and forecasts 9.4 million next year" takes the nearer.
     */
    public static String of(String sentence, int start, int end, Kind kind) {
        if (kind == Kind.YEAR || kind == Kind.AGE || kind == Kind.DATE || kind == Kind.TIME) {
            return null;
        }
        // The compared side of a comparison takes only a period written after it: the one before is the other side's.
        boolean compared = COMPARED_FIGURE.matcher(sentence.substring(Math.max(0, start - 40), start)).find();
        Matcher m = PERIOD.matcher(sentence);
        String nearest = null;
        int nearestGap = Integer.MAX_VALUE;
        while (m.find()) {
            boolean after = m.start() >= end;
            if (m.start() < end && m.end() > start || compared && !after
                    || !after && OWNED.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                continue;
            }
            String between = after ? sentence.substring(end, m.start()) : sentence.substring(m.end(), start);
            // a figure between the two owns the period ("opened 14 shops and plans to open 25 next year"), but for the
            // level a change reached, which shares it ("rose 12% to $4.1 billion last year")
            boolean owned = between.chars().anyMatch(Character::isDigit)
                    && !(after && TO_LEVEL.matcher(between).lookingAt());
            if (between.length() <= MAX_GAP && between.length() < nearestGap && !owned
                    && between.chars().noneMatch(c -> ",;:".indexOf(c) >= 0)
                    && !COMPARISON.matcher(between).find()) {
                nearestGap = between.length();
                nearest = written(m);
            }
        }
        return nearest;
    }

    /**
     * The period as a key: a year in digits, a relative period as written, lower-cased. A fiscal or financial year is
     * a key of its own kind, however written ("FY25", "fiscal 2025" and "fiscal year 2025" are "fy2025"; "the current
     * fiscal year" is "this fiscal year", "the previous financial year" "last fiscal year"): which calendar year it
     * overlaps most depends on the teller's year end (a retailer's "FY27" begins in 2026), so it never equals a
     * calendar year (see {@code Evidence}: a fiscal and a calendar period join when the figures agree).
     */
    private static String written(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                String period = m.group(g).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                Matcher year = FISCAL_YEAR.matcher(period);
                if (year.matches()) {
                    return "fy" + (year.group(1).length() == 2 ? "20" : "") + year.group(1);
                }
                String quarter = NumberWords.quarter(period);
                if (quarter != null) {
                    return quarter;
                }
                return period.replace("financial year", "fiscal year").replaceFirst("^current ", "this ")
                        .replaceFirst("^(?:previous|prior) fiscal year$", "last fiscal year");
            }
        }
        throw new IllegalStateException("a period match names no period");
    }
}
