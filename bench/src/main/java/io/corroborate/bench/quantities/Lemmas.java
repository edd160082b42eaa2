package io.corroborate.bench.quantities;

import java.util.Locale;
import java.util.Map;

/** Singular forms of English unit nouns and counted nouns, as the dataset writes its normalized units. */
final class Lemmas {

    private static final Map<String, String> IRREGULAR = Map.of("feet", "foot", "men", "man", "women", "woman",
            "children", "child", "people", "people", "series", "series", "species", "species", "celsius", "celsius",
            "inches", "inch");
    // Adjectives the dataset lemmatizes to their base ("best screens" → "good screen").
    private static final Map<String, String> COMPARED = Map.of("best", "good", "better", "good");

    private Lemmas() {
    }

    /** The lemma of each word: "heart transplants" → "heart transplant", "miles per hour" → "mile per hour". */
    static String of(String unit) {
        String[] words = unit.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? "" : " ").append(singular(word));
        }
        return out.toString();
    }

    private static String singular(String w) {
        if (IRREGULAR.containsKey(w) || COMPARED.containsKey(w)) {
            return IRREGULAR.getOrDefault(w, COMPARED.get(w));
        }
        if (w.length() > 4 && w.endsWith("men")) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.matches(".*(ch|sh|x|ss|zz|us)es")) {
            return w.substring(0, w.length() - 2);
        }
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is");
        return plural ? w.substring(0, w.length() - 1) : w;
    }
}
