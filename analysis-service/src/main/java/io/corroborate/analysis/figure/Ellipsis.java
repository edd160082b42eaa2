package io.corroborate.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * A unit written once for two figures: a bare number takes the measure of the figure it is part of ("raised 280
 * million of the 1.5 billion shekels") or of the range it runs on from ("from about 14-18 mpg to 24").
 */
final class Ellipsis {

    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+(?:the|its|their|his|her|our|an?)\\s+");
    private static final Pattern FROM = Pattern.compile("(?i)(?<![\\p{L}])from\\s(?:\\p{L}+\\s)?$");
    // A second figure of the same measure, set against the first in the same clause: "3.9 million headsets, up from
    // 2.4 million", "435 homes by open sale and 187 by tender", "84.75 cents, while the lowest is 74.07",
    // "rose 64.06 points to 4,577.10", "460 vehicles have been stolen this year compared with 63".
    private static final Pattern SAME_MEASURE = Pattern.compile("(?i)[^;:()\\[\\]\\d]{0,50}?(?<![\\p{L}])(?:and|or"
            + "|to|from|than|versus|vs\\.?|against|compared\\s(?:with|to)|including"
            + "|whil(?:e|st)\\s[^;:()]{0,25}?\\sis)\\s"
            + "(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under|more\\sthan|less\\sthan)\\s)?");
    // "8 or $9": a bare number offered as the alternative of a measured one.
    private static final Pattern ALTERNATIVE = Pattern.compile("\\sor\\s");
    private static final Pattern TO = Pattern.compile("[^;:()\\[\\]\\d]{0,40}?\\sto\\s");

    private Ellipsis() {
    }

    /** The figures, with each bare one that shares a written measure given it. */
    static List<Figure> fill(String s, List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures);
        for (int i = 0; i + 1 < out.size(); i++) {
            Figure a = out.get(i);
            Figure b = out.get(i + 1);
            if (b.start() < a.end()) {
                continue;
            }
            String gap = s.substring(a.end(), b.start());
            if (isBare(a) && isMeasured(b) && PART_OF.matcher(gap).matches()) {
                out.set(i, measured(a, b.value()));
            } else if ((isMeasured(a) || isCounted(a)) && isBare(b) && TO.matcher(gap).matches()
                    && FROM.matcher(s.substring(0, a.start())).find()) {
                out.set(i + 1, measured(b, a.value()));
            } else if (isBare(b) && sharesMeasure(s, out, i)) {
                out.set(i + 1, measured(b, like(out, i).value()));
            } else if (isBare(a) && isMeasured(b) && ALTERNATIVE.matcher(gap).matches()) {
                out.set(i, measured(a, b.value()));
            }
        }
        return out;
    }

    /**
     * Whether the bare figure after {@code i} is set against the measured one before it, looking past a year
     * between them ("a minus-1.4 degree angle in 2018 and 2.1 last year").
     */
    private static boolean sharesMeasure(String s, List<Figure> figures, int i) {
        Figure a = like(figures, i);
        if (!(isMeasured(a) || isCounted(a)) || !carries(a)) {
            return false;
        }
        Figure year = figures.get(i);
        String gap = s.substring(a.end(), figures.get(i + 1).start());
        if (year != a) {
            int from = year.start() - a.end();
            gap = gap.substring(0, from) + "year" + gap.substring(year.end() - a.end());
        }
        return SAME_MEASURE.matcher(gap).matches();
    }

    /** The figure at {@code i}, or the one before it when {@code i} is a year. */
    private static Figure like(List<Figure> figures, int i) {
        Figure a = figures.get(i);
        return a.value().kind() == Kind.YEAR && i > 0 && figures.get(i - 1).end() <= a.start() ? figures.get(i - 1) : a;
    }

    /**
     * A measure a later bare number may share: not a percentage, whose "to" gives a level ("fell 0.2% to 13,176"),
     * nor a span of time ("for one to two years and 95,800 who...").
     */
    private static boolean carries(Figure f) {
        Value v = f.value();
        return v.kind() != Kind.PERCENT && !Conversions.isTime(v.unit());
    }

    private static boolean isBare(Figure f) {
        Value v = f.value();
        return v.kind() == Kind.QUANTITY && v.unit() == null && v.currency() == null;
    }

    /** "3.9 million headsets": a count that names what it counts. */
    private static boolean isCounted(Figure f) {
        return f.value().kind() == Kind.COUNT && f.value().unit() != null;
    }

    private static boolean isMeasured(Figure f) {
        Value v = f.value();
        return v.kind() == Kind.MONEY || v.kind() == Kind.PERCENT || v.kind() == Kind.QUANTITY && v.unit() != null;
    }

    private static Figure measured(Figure f, Value like) {
        Value v = f.value();
        Value value = new Value(like.kind(), v.amount(), like.currency(), like.unit(), v.bound(), v.low(), v.high());
        return new Figure(value, f.start(), f.end(), f.from(), f.to());
    }
}
