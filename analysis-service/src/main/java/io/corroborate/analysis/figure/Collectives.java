package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Counts told by a collective noun ({@link NumberWords#collective}): "a trio of suspected rustlers", "A pair of
 * firefighters" (a count of the plural noun after "of"); "Trio held over sheep heist", "the pair were charged" (a
 * count of the people the noun stands for, told by what they did or what befell them).
 */
final class Collectives {

    /** A collective noun of {@link NumberWords#collectives}, its first letter in either case ("Trio", "pair"). */
    private static final String WORD = NumberWords.collectives().stream().sorted()
            .map(w -> "[" + Character.toUpperCase(w.charAt(0)) + w.charAt(0) + "]" + w.substring(1))
            .collect(Collectors.joining("|", "(?:", ")"));
    private static final Pattern OF = Pattern.compile("(?<![\\p{L}])(?<n>(?:[Aa]|[Tt]he)\\s" + WORD + ")\\sof\\s"
            + "(?<noun>(?:[\\p{Ll}-]+\\s){0,2}(?<head>[\\p{Ll}-]{3,}s))(?![\\p{L}'’])");
    /**
     * The noun standing for the people as the subject of a verb: "the pair were charged", "The trio stormed the
     * bank", "Masked trio steals $1.6 million" (a headline's capitalized opening, or "the"/"a" and at most one word
     * before the noun).
     */
    private static final Pattern ALONE = Pattern.compile("(?:^|(?<![\\p{L}])(?:[Tt]he|[Aa])\\s)(?:\\p{L}+\\s)?"
            + "(?<n>" + WORD + ")\\s(?:were|was|are|is|have|has|had|held|fled|face|appear|admit|deny|remain|stole"
            + "|\\p{Ll}{2,}(?<!\\bwa|\\bha|\\bi)(?:s|ed))(?![\\p{L}])");

    private Collectives() {
    }

    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        Matcher of = OF.matcher(s);
        while (of.find()) {
            String head = of.group("head");
            // a word with no singular names one thing, not two: "a pair of scissors", "a pair of trousers"
            if (!Lexicon.get().isPluraleTantum(head)) {
                add(of, head, out);
            }
        }
        Matcher alone = ALONE.matcher(s);
        while (alone.find()) {
            if (!Figure.overlapsAny(out, alone.start("n"), alone.end("n"))) {
                add(alone, "people", out);
            }
        }
        return out;
    }

    private static void add(Matcher m, String unit, List<Figure> out) {
        String[] words = m.group("n").split("\\s+");
        Integer size = NumberWords.collective(words[words.length - 1]);
        if (size == null) {
            return;
        }
        BigDecimal amount = BigDecimal.valueOf(size);
        Value value = Intervals.single(Kind.COUNT, amount, new BigDecimal("0.5"), Hedge.before(""), null, unit);
        out.add(new Figure(value, m.start("n"), m.end("n"), amount, null));
    }
}
