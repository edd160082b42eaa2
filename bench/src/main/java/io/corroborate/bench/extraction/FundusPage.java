package io.corroborate.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/** One page of the fundus evaluation set: its HTML, URL and gold paragraphs ("[...]" marks optional ones). */
public record FundusPage(String name, String outlet, String url, String html, List<String> goldParagraphs) {

    /** Above this many optional paragraphs only "all" and "none" are tried, as in the evaluation. */
    private static final int MAX_OPTIONAL = 4;

    /** Loads every page listed in {@code dataset/ground_truth.json}, sorted by file name. */
    public static List<FundusPage> load(Path fundusDir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(fundusDir.resolve("dataset/ground_truth.json").toFile());
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        truth.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<FundusPage> pages = new ArrayList<>();
        for (var entry : sorted.entrySet()) {
            List<String> body = new ArrayList<>();
            entry.getValue().get("body").forEach(p -> body.add(p.asText()));
            String html = gunzip(fundusDir.resolve("dataset/html").resolve(entry.getKey()));
            pages.add(new FundusPage(entry.getKey(), outletOf(entry.getKey()), entry.getValue().path("url").asText(),
                    html, body));
        }
        return pages;
    }

    /** "TheGuardian_3.html.gz" gives "TheGuardian". */
    static String outletOf(String fileName) {
        int underscore = fileName.lastIndexOf('_');
        return underscore > 0 ? fileName.substring(0, underscore) : fileName;
    }

    /**
     * The development half: outlets in alphabetical order, every other one (the 1st, 3rd, ...). The other half
     * is held out — its errors are never printed.
     */
    public static TreeSet<String> developmentOutlets(List<FundusPage> pages) {
        TreeSet<String> all = new TreeSet<>();
        pages.forEach(p -> all.add(p.outlet()));
        TreeSet<String> dev = new TreeSet<>();
        int i = 0;
        for (String outlet : all) {
            if (i++ % 2 == 0) {
                dev.add(outlet);
            }
        }
        return dev;
    }

    /** Every acceptable reference text: each subset of optional paragraphs removed, paragraphs joined by "\n\n". */
    public List<String> references() {
        List<Integer> optional = new ArrayList<>();
        for (int i = 0; i < goldParagraphs.size(); i++) {
            if (isOptional(goldParagraphs.get(i))) {
                optional.add(i);
            }
        }
        List<String> refs = new ArrayList<>();
        if (optional.size() > MAX_OPTIONAL) {
            refs.add(join(List.of()));
            refs.add(join(optional));
            return refs;
        }
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            List<Integer> removed = new ArrayList<>();
            for (int b = 0; b < optional.size(); b++) {
                if ((mask & 1 << b) != 0) {
                    removed.add(optional.get(b));
                }
            }
            refs.add(join(removed));
        }
        return refs;
    }

    private String join(List<Integer> removed) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < goldParagraphs.size(); i++) {
            if (!removed.contains(i)) {
                String p = goldParagraphs.get(i);
                kept.add(isOptional(p) ? p.substring(1, p.length() - 1) : p);
            }
        }
        return String.join("\n\n", kept);
    }

    private static boolean isOptional(String p) {
        return p.length() >= 2 && p.charAt(0) == '[' && p.charAt(p.length() - 1) == ']';
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
