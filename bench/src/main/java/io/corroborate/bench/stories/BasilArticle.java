package io.corroborate.bench.stories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One BASIL article as the service would receive it: title, date, source, and body text; plus its gold event. */
public record BasilArticle(String file, String triplet, String source, LocalDate date, String title, String text) {

    /** Every article under {@code basil/articles}, in publication-date order, ties by file name. */
    public static List<BasilArticle> load(Path basil) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<BasilArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(basil.resolve("articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode n = json.readTree(f.toFile());
                out.add(new BasilArticle(f.getFileName().toString(), n.path("triplet-uuid").asText(),
                        n.path("source").asText(), LocalDate.parse(n.path("date").asText()), n.path("title").asText(""),
                        body(n.path("body-paragraphs"))));
            }
        }
        out.sort(Comparator.comparing(BasilArticle::date).thenComparing(BasilArticle::file));
        return out;
    }

    /** Paragraphs are lists of sentences; the ingest service would hand analysis paragraphs split by blank lines. */
    private static String body(JsonNode paragraphs) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : paragraphs) {
            List<String> sentences = new ArrayList<>();
            p.forEach(s -> sentences.add(s.asText().trim()));
            out.add(String.join(" ", sentences));
        }
        return String.join("\n\n", out);
    }

    /** Deterministic half of the events: the parity of the triplet id's first hex digit. */
    public int half() {
        return Character.digit(triplet.charAt(0), 16) % 2;
    }
}
