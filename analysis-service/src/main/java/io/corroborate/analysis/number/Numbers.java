package io.corroborate.analysis.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.corroborate.analysis.lexicon.NumberWords;

/** Parses written numbers and scale words, and derives the precision the digits imply. */
public final class Numbers {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("tn", BigDecimal.TEN.pow(12)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("million", BigDecimal.TEN.pow(6)),
            Map.entry("mn", BigDecimal.TEN.pow(6)), Map.entry("mln", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("mil", BigDecimal.TEN.pow(6)),
            Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("hundred", BigDecimal.TEN.pow(2)), Map.entry("dozen", BigDecimal.valueOf(12)),
            // South Asian scales: a lakh is 100,000, a crore ten million ("Rs 5 crore", "35 lakh people")
            Map.entry("lakh", BigDecimal.TEN.pow(5)), Map.entry("lakhs", BigDecimal.TEN.pow(5)),
            Map.entry("crore", BigDecimal.TEN.pow(7)), Map.entry("crores", BigDecimal.TEN.pow(7)));

    /**
     * Regex alternation of the spelled numbers, longest first so "a dozen" wins over "a"; "a" is one only before a
     * scale word ("a million dollar house").
     */
    public static final String SPELLED = "a dozen|half a|a(?=\\s(?:hundred|thousand|million|billion|trillion|lakh|crore)(?![\\p{L}]))|dozen|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|one|two|three|four|five|six|seven|eight|nine|ten";

    /** Regex alternation of scale words; short forms must be attached or follow a currency. */
    static final String SCALE = "trillion|billion|million|thousand|hundred|tn|bn|mn|m|b|k";

    /**
     * The beginnings of the words that may write a number: the spelled numbers ({@link NumberWords#words}) and the
     * scale words of four letters or more ("hundreds", "a million", "lakh"). A word that merely begins like one
     * ("tenant", "onerous") makes no difference.
     */
    private static final List<String> NUMBER_WORDS = Stream.concat(NumberWords.words().stream(),
            SCALES.keySet().stream().filter(word -> word.length() >= 4)).distinct().sorted().toList();
    /** {@link #NUMBER_WORDS} by their first letter, a to z. */
    private static final List<List<String>> BY_INITIAL = IntStream.range(0, 26)
            .mapToObj(i -> NUMBER_WORDS.stream().filter(w -> w.charAt(0) == 'a' + i).toList()).toList();

    private Numbers() {
    }

    /**
     * Whether a sentence may state a number at all: a digit, or a word that spells one. Most sentences of a report
     * state none; the finders of numbers skip those.
     */
    public static boolean mentionsNumber(String sentence) {
        if (hasDigit(sentence)) {
            return true;
        }
        int n = sentence.length();
        for (int i = 0; i < n; i++) {
            int initial = Character.toLowerCase(sentence.charAt(i)) - 'a';
            if (initial >= 0 && initial < 26 && (i == 0 || !Character.isLetter(sentence.charAt(i - 1)))) {
                for (String word : BY_INITIAL.get(initial)) {
                    if (sentence.regionMatches(true, i, word, 0, word.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the text holds {@code word} in any case ({@code word} in lower case): a literal a pattern needs, checked
     * before the pattern is run over the whole text.
     */
    public static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a digit. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Digits as written ("14,300", "fourteen", "twenty-five") to a plain digit string, or null. */
    public static String digits(String written) {
        String spelled = NumberWords.digits(written);
        if (spelled != null) {
            return spelled;
        }
        String plain = written.replace(",", "");
        plain = plain.startsWith(".") ? "0" + plain : plain; // ".001 per cent"
        return plain.matches("\\d{1,15}(\\.\\d{1,10})?") ? plain : null;
    }

    /** The factor of a scale word; "hundred million" multiplies its two words. */
    public static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        BigDecimal factor = BigDecimal.ONE;
        for (String part : word.toLowerCase(Locale.ROOT).split("\\s+")) {
            factor = factor.multiply(SCALES.getOrDefault(part, BigDecimal.ONE));
        }
        return factor;
    }

    /**
     * Half of the smallest unit the digits express: trailing integer zeros count as rounding
     * ("9000" is ±500) except below ten, decimals give half their last place ("14.3" is ±0.05).
     */
    public static BigDecimal halfUnit(String digits) {
        BigDecimal value = new BigDecimal(digits);
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            return HALF.movePointLeft(digits.length() - dot - 1);
        }
        if (value.compareTo(BigDecimal.TEN) < 0) {
            return HALF;
        }
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return HALF.movePointRight(zeros);
    }

    /** Plain form without exponent or trailing zeros: 14300000000, 4.3. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
