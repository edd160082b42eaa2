package io.corroborate.analysis.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;

/**
 * The kinds of incident an article's opening names ("shooting", "stabbing", "crash": {@code lexicon/incidents.txt})
 * and the streets it names. Reports of one incident name its kind and its street, however else they word it; two
 * incidents of one neighbourhood and week share the place and often the counts, and differ in what happened or
 * where exactly.
 */
final class Incidents {

    private static final Map<String, String> KIND_OF_WORD = words();
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    /**
     * "A gunman opened fire", "the mayor came under fire", "a gunman fires into a party", "fires several shots": a shot
     * or criticism, no fire.
     */
    private static final Pattern NOT_A_FIRE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:open|opens|opened|opening"
            + "|return|returned|returning|under|cease)\\s+fire|fires?\\s+(?:into|upon|(?:several\\s+|multiple\\s+"
            + "|\\p{N}+\\s+|two\\s+|three\\s+|a\\s+few\\s+)?(?:shots|rounds)|a\\s+(?:shot|round)))(?![\\p{L}])");

    /**
     * A street named as local reports name the scene: "Garber Street", "the 800 block of Hulett Avenue", "Old Mill
     * Road" (one to three capitalised words and the kind of way; not "Court" or "Place", which name a court and a
     * square as often as a street).
     */
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]*\\s){1,3})"
            + "(Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Drive|Lane|Parkway|Highway|Terrace|Pike)"
            + "(?![\\p{L}])");

    /** Words a sentence puts before a street's name: "On Garber Street", "Police on Hulett Avenue". */
    private static final Set<String> LEADING = Set.of("the", "on", "at", "in", "near", "along", "off", "from", "to",
            "and", "of", "by", "police", "officers");

    private Incidents() {
    }

    /** The streets named in {@code text}, each as one lower-case key ("garber street"). */
    static SortedSet<String> streets(String text) {
        SortedSet<String> streets = new TreeSet<>();
        Matcher m = STREET.matcher(text);
        while (m.find()) {
            String kind = m.group(2).toLowerCase(Locale.ROOT).replace(".", "");
            kind = switch (kind) {
                case "st" -> "street";
                case "ave" -> "avenue";
                case "rd" -> "road";
                case "blvd" -> "boulevard";
                default -> kind;
            };
            List<String> words = new ArrayList<>(List.of(m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+")));
            while (!words.isEmpty() && LEADING.contains(words.get(0))) {
                words.remove(0); // "On Garber Street", "Near Old Mill Road": the sentence's word, not the name
            }
            if (!words.isEmpty()) {
                streets.add(String.join(" ", words) + " " + kind);
            }
        }
        return streets;
    }

    /** Whether a street's name ({@link #STREET}) follows {@code at} after white space: "1200 Elm Street". */
    static boolean streetAfter(String text, int at) {
        int from = at;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from > at && STREET.matcher(text).region(from, text.length()).lookingAt();
    }

    /** The kinds named in {@code text}, in order of kind. */
    static SortedSet<String> of(String text) {
        SortedSet<String> kinds = new TreeSet<>();
        Matcher m = WORD.matcher(NOT_A_FIRE.matcher(text).replaceAll(" "));
        while (m.find()) {
            String kind = KIND_OF_WORD.get(m.group().toLowerCase(Locale.ROOT));
            if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static Map<String, String> words() {
        Map<String, String> out = new HashMap<>();
        for (String line : Lexicon.lines("lexicon/incidents.txt")) {
            int colon = line.indexOf(':');
            String kind = line.substring(0, colon).strip();
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                if (out.put(word, kind) != null) {
                    throw new IllegalStateException("lexicon/incidents.txt lists '" + word + "' twice");
                }
            }
        }
        return Map.copyOf(out);
    }
}
