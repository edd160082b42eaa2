package io.corroborate.bench.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one extraction missed and added, paragraph by paragraph, judged by shared token bigrams. */
public final class ErrorReport {

    private static final double PRESENT = 0.5;
    private static final int SHOWN_CHARS = 110;
    private static final int SHOWN_LINES = 8;

    private ErrorReport() {
    }

    /** Lines describing gold paragraphs mostly absent from the extraction and extracted paragraphs mostly absent from gold. */
    public static List<String> describe(String gold, String extracted) {
        List<String> lines = new ArrayList<>();
        addAbsent(lines, "  - missed: ", gold, extracted);
        addAbsent(lines, "  + extra:  ", extracted, gold);
        return lines;
    }

    private static Set<String> bigrams(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(i == 0 ? "^ " + tokens.get(i) : tokens.get(i - 1) + " " + tokens.get(i));
        }
        return out;
    }

    private static void addAbsent(List<String> lines, String label, String from, String other) {
        Set<String> otherBigrams = new HashSet<>();
        for (String paragraph : other.split("\n\n")) {
            otherBigrams.addAll(bigrams(RougeLsum.tokens(paragraph)));
        }
        int shown = 0;
        int hidden = 0;
        for (String paragraph : from.split("\n\n")) {
            Set<String> own = bigrams(RougeLsum.tokens(paragraph));
            long present = own.stream().filter(otherBigrams::contains).count();
            if (own.isEmpty() || present >= own.size() * PRESENT) {
                continue;
            }
            if (shown++ < SHOWN_LINES) {
                String p = paragraph.replace('\n', ' ');
                lines.add(label + (p.length() > SHOWN_CHARS ? p.substring(0, SHOWN_CHARS) + "…" : p));
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            lines.add(label + "(" + hidden + " more)");
        }
    }
}
