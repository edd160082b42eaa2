package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * How often something happened, told in one word: "scored twice", "postponed twice", "was struck thrice" — the same
 * figure as "two times" ({@link Kind#QUANTITY} of "times"), which another outlet may write ("two goals", "postponed
 * two times"). Not a ratio ("twice as many", "twice the size", "twice that"), a rate ("twice a day", "twice
 * weekly") or a compound ("twice-yearly").
 */
final class Repeats {

    private static final Pattern REPEAT = Pattern.compile("(?i)(?<![\\p{L}-])(?<word>twice|thrice)(?![\\p{L}-])");
    /** A ratio ("twice as many", "twice as high as", "twice the size") or a rate ("twice a day") after the word. */
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?i)^\\s+(?:as\\s+(?:many|much)"
            + "|as\\s+\\S+(?:\\s+\\S+)?\\s+as|the|that|this|those|these|a|an|per|each|every|daily|weekly|monthly"
            + "|annually|yearly|over|more|its|their|his|her|our|my|your)(?![\\p{L}])");

    private Repeats() {
    }

    /** The one-word repeats of the sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (!s.contains("wice") && !s.contains("hrice")) { // "twice", "Twice", "thrice": most sentences have none
            return out;
        }
        Matcher m = REPEAT.matcher(s);
        while (m.find()) {
            if (NOT_A_COUNT.matcher(s.substring(m.end())).find()) {
                continue;
            }
            BigDecimal amount = BigDecimal.valueOf(m.group("word").equalsIgnoreCase("twice") ? 2 : 3);
            String before = s.substring(0, m.start());
            Value value = Intervals.single(Kind.QUANTITY, amount, BigDecimal.ZERO, Hedge.before(before), null,
                    "times");
            out.add(new Figure(value, m.start(), m.end(), amount, null));
        }
        return out;
    }
}
