package io.corroborate.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * A unit written once for two figures: a bare number takes the measure of the figure it is part of ("raised 280
 * million of the 1.5 billion shekels") or of the range it runs on from ("from about 14-18 mpg to 24").
 */
final class Ellipsis {

    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+(?:the|its|their|his|her|our|an?)\\s+");
    private static final Pattern FROM = Pattern.compile("(?i)(?<![\\p{L}])from\\s(?:\\p{L}+\\s)?$");
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
            } else if (isMeasured(a) && isBare(b) && TO.matcher(gap).matches()
                    && FROM.matcher(s.substring(0, a.start())).find()) {
                out.set(i + 1, measured(b, a.value()));
            }
        }
        return out;
    }

    private static boolean isBare(Figure f) {
        Value v = f.value();
        return v.kind() == Kind.QUANTITY && v.unit() == null && v.currency() == null;
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
