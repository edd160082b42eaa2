package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Kind;

/**
 * Readings on a named scale, whose name comes before the number or is hyphenated to it: an earthquake's magnitude
 * ("a magnitude 6.4 earthquake", "a 6.4-magnitude quake", "measured 6.2 on the Richter scale"), a hurricane's
 * category ("a Category 4 hurricane"), a tornado's Enhanced Fujita rating ("an EF-3 tornado", "rated EF3") and a
 * warning's level ("raised the alert to level 4"). A {@link Kind#QUANTITY} whose unit is the scale ("magnitude",
 * "category", "EF rating", "alert level"): two readings compare on one
 * scale only, and a revised reading ("upgraded from EF-2 to EF-3") is a conflict of one fact.
 */
final class ScaleReadings {

    private static final String READING = "(?<n>\\d{1,2}(?:\\.\\d{1,2})?)";
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)(?<![\\p{L}])magnitude[-\\s](?:of\\s)?" + READING
            + "(?![\\p{N}.,]\\d|[\\p{N}%])|(?<![\\p{N}.,])" + READING.replace("<n>", "<m>")
            + "(?:[-\\s]magnitude(?![\\p{L}])|\\son\\sthe\\sRichter\\sscale)");
    private static final Pattern CATEGORY = Pattern.compile("(?<![\\p{L}])Category[-\\s](?<n>[1-5])(?![\\p{N}])");
    /** "alert level 4", "raised the alert to level 4", "threat level 3": a warning's level on its scale. */
    private static final Pattern ALERT = Pattern.compile("(?i)(?<![\\p{L}])(?:alert|warning|threat|danger)\\s"
            + "(?:level\\s|(?:to|at|of)\\s(?:level\\s))(?<n>[1-9])(?![\\p{N}.,]\\d|[\\p{N}%])");
    private static final Pattern FUJITA = Pattern.compile("(?<![\\p{L}])E?F-?(?<n>[0-5])(?![\\p{L}\\p{N}])");

    private ScaleReadings() {
    }

    /** The scale readings of a sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (s.contains("agnitude") || s.contains("Richter")) { // most sentences name no scale: the pattern is spared
            Matcher m = MAGNITUDE.matcher(s);
            while (m.find()) {
                String group = m.group("n") != null ? "n" : "m";
                add(s, m, group, "magnitude", out);
            }
        }
        if (s.contains("Category")) {
            Matcher c = CATEGORY.matcher(s);
            while (c.find()) {
                add(s, c, "n", "category", out);
            }
        }
        if (s.contains("level") || s.contains("Level")) {
            Matcher a = ALERT.matcher(s);
            while (a.find()) {
                add(s, a, "n", "alert level", out);
            }
        }
        if (s.contains("F") && (s.contains("tornado") || s.contains("Tornado") || s.contains("Fujita"))) {
            Matcher f = FUJITA.matcher(s);
            while (f.find()) {
                add(s, f, "n", "EF rating", out);
            }
        }
        return out;
    }

    private static void add(String s, Matcher m, String group, String scale, List<Figure> out) {
        String digits = m.group(group);
        BigDecimal amount = new BigDecimal(digits);
        int start = m.start();
        out.add(new Figure(Intervals.single(Kind.QUANTITY, amount, Numbers.halfUnit(digits),
                Hedge.before(s.substring(0, start)), null, scale), start, m.end(), amount, null));
    }
}
