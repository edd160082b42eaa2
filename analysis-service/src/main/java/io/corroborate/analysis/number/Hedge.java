package io.corroborate.analysis.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Bound;

/** The hedge written around a figure ("about", "over", "up to", "+") and the bound it implies. */
public record Hedge(Bound bound, boolean capped, int start) {

    /** The hedges of {@code lexicon/hedges.txt} by kind: each phrase, lower case, with the bound it gives. */
    private static final Map<String, Bound> BOUNDS = new HashMap<>();
    /** The phrases of kind "nearly": approximate, and approached from below. */
    private static final Set<String> CAPPED = new HashSet<>();
    private static final Pattern BEFORE;
    /** The last word of every hedge {@link #BEFORE} reads: a text ending in another word holds none (a fast test). */
    private static final Set<String> LAST_WORDS = new HashSet<>();

    static {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String line : Lexicon.lines("lexicon/hedges.txt")) {
            int colon = line.indexOf(':');
            for (String item : line.substring(colon + 1).split(",")) {
                kinds.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).add(item.trim());
            }
        }
        Map<String, Bound> byKind = Map.of("about", Bound.APPROXIMATE, "nearly", Bound.APPROXIMATE,
                "over", Bound.AT_LEAST, "under", Bound.AT_MOST);
        List<String> plain = new ArrayList<>();
        byKind.forEach((kind, bound) -> kinds.getOrDefault(kind, List.of()).forEach(phrase -> {
            if (BOUNDS.put(phrase, bound) != null) {
                throw new IllegalStateException("lexicon/hedges.txt names '" + phrase + "' twice");
            }
            plain.add(phrase);
        }));
        CAPPED.addAll(kinds.getOrDefault("nearly", List.of()));
        BOUNDS.put("up to", Bound.AT_MOST);
        BOUNDS.put("top", Bound.AT_LEAST);
        BOUNDS.put("past", Bound.AT_LEAST);
        plain.remove("over");
        plain.sort(Comparator.comparingInt(String::length).reversed()); // "more than" before "more"
        String over = "(?<!(?<![\\p{L}])(?:" + alternation(kinds.get("over-particle")) + ")\\s)over";
        String upTo = "(?<!(?:" + alternation(kinds.get("up-particle")) + ")\\s)up to";
        String top = "(?<=(?:" + alternation(kinds.get("before-top")) + ")\\s)top";
        String past = "(?<!(?<![\\p{L}])(?:" + alternation(kinds.get("not-before-past")) + ")\\s)(?<!\\d\\s)past";
        BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(" + alternation(plain) + "|" + over + "|" + upTo + "|" + top
                + "|" + past + ")\\s{0,2}$");
        plain.forEach(phrase -> LAST_WORDS.add(lastWord(phrase)));
        LAST_WORDS.addAll(List.of("over", "to", "top", "past"));
    }

    public static final Hedge NONE = new Hedge(Bound.EXACT, false, -1);

    /** The phrases as one alternation, their words one space apart; a short abbreviation in lower case only. */
    private static String alternation(List<String> phrases) {
        return phrases.stream().map(p -> {
            String words = Arrays.stream(p.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s"));
            return p.endsWith(".") && p.length() <= 3 ? "(?-i:" + words + ")" : words;
        }).collect(Collectors.joining("|"));
    }

    /** Reads the hedge that ends where {@code before} ends; {@code start} is its offset in it. */
    public static Hedge before(String before) {
        if (!LAST_WORDS.contains(lastWord(before))) {
            return NONE;
        }
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        Matcher m = BEFORE.matcher(tail);
        if (!m.find()) {
            return NONE;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        int start = before.length() - tail.length() + m.start(1);
        return new Hedge(boundOf(word), CAPPED.contains(word.replaceAll("\\s+", " ")), start);
    }

    /**
     * The word that ends {@code text} once trailing spaces (and a final line terminator, before which the pattern's
     * "$" also matches) are left off, lower-cased, with a final full stop ("approx.", "c.") or as a sign ("~").
     */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u0085')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '~') {
            return "~";
        }
        int letters = end > 0 && text.charAt(end - 1) == '.' ? end - 1 : end;
        int start = letters;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == letters ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Whether a single word is a hedge of {@code lexicon/hedges.txt} by itself ("about", "nearly", "over"). */
    public static boolean isWord(String word) {
        return BOUNDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** A "+" or "-plus" written after the figure. */
    public static Hedge plus() {
        return new Hedge(Bound.AT_LEAST, false, -1);
    }

    private static Bound boundOf(String word) {
        return BOUNDS.getOrDefault(word.replaceAll("\\s+", " "), Bound.APPROXIMATE);
    }
}
