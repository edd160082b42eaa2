package io.corroborate.analysis.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The number words of English ("fourteen", "twenty-five", "a dozen", "half a") and the digits they stand for. */
public final class NumberWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
            Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"),
            Map.entry("a dozen", "12"), Map.entry("dozen", "12"), Map.entry("half a", "0.5"), Map.entry("a", "1"));

    /** A quarter of a year by its number or its ordinal: "Q3", "third-quarter", "third quarter". */
    private static final Pattern QUARTER = Pattern.compile("(?i)q([1-4])|(first|second|third|fourth)[\\s-]quarter");
    private static final List<String> QUARTERS = List.of("first", "second", "third", "fourth");
    /** Collective nouns of a set size: "a pair", "a trio" ("a trio of rustlers", "the pair were charged"). */
    private static final Map<String, Integer> COLLECTIVES = Map.of("pair", 2, "trio", 3, "quartet", 4, "quintet", 5);

    /** Spelled ordinals from "second" on ("first" ranks too often nothing: "the first time", "first lady"). */
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("second", 2), Map.entry("third", 3),
            Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
            Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20));

    private NumberWords() {
    }

    /**
     * Every single word a number is spelled with ("one" … "ninety", "dozen", "half"), "a" aside, and the collective
     * nouns of a set size ("trio").
     */
    public static Set<String> words() {
        return Stream.concat(WORDS.keySet().stream().map(key -> key.split(" ")).flatMap(Arrays::stream),
                COLLECTIVES.keySet().stream()).filter(word -> !word.equals("a"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The collective nouns of a set size ("pair", "trio", …), lower-cased. */
    public static Set<String> collectives() {
        return COLLECTIVES.keySet();
    }

    /** The size of a collective noun ("pair" 2, "trio" 3, "quartet" 4, "quintet" 5), or null. */
    public static Integer collective(String word) {
        return COLLECTIVES.get(word.toLowerCase(Locale.ROOT));
    }

    /** The spelled ordinals {@link #ordinal} reads ("second" … "twentieth"). */
    public static Set<String> ordinals() {
        return ORDINALS.keySet();
    }

    /**
     * A quarter of a year however written, as its ordinal names it ("q3", "Q3", "third-quarter", "third quarter" →
     * "third quarter"), or null when {@code written} names no quarter.
     */
    public static String quarter(String written) {
        Matcher m = QUARTER.matcher(written);
        if (!m.matches()) {
            return null;
        }
        return (m.group(1) != null ? QUARTERS.get(m.group(1).charAt(0) - '1') : m.group(2).toLowerCase(Locale.ROOT))
                + " quarter";
    }

    /** The rank a spelled ordinal ("second", "Twelfth") stands for, or null. */
    public static Integer ordinal(String written) {
        return ORDINALS.get(written.toLowerCase(Locale.ROOT));
    }

    /**
     * The digits of a number written in words ("fourteen", "Twenty-five", "ninety five"), or null when
     * {@code written} is no number word.
     */
    public static String digits(String written) {
        String lower = written.toLowerCase(Locale.ROOT).trim();
        if (WORDS.containsKey(lower)) {
            return WORDS.get(lower);
        }
        int hyphen = Math.max(lower.indexOf('-'), lower.indexOf(' ')); // "twenty-five", "ninety five"
        if (hyphen > 0 && WORDS.containsKey(lower.substring(0, hyphen))) {
            String tens = WORDS.get(lower.substring(0, hyphen));
            String unit = WORDS.get(lower.substring(hyphen + 1));
            return unit == null ? null : String.valueOf(Integer.parseInt(tens) + Integer.parseInt(unit));
        }
        return null;
    }
}
