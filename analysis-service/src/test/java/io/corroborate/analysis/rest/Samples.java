package io.corroborate.analysis.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The project's fictional sample articles (../samples), shaped as ingest delivers them to analysis. */
final class Samples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    /**
     * An analysis request for a sample with a fresh article id, published in "era" {@code era} (a month apart from
     * the others) so that each test groups its own stories; HTML samples are reduced to their paragraphs.
     */
    static Map<String, Object> delivery(String file, int era) {
        Map<String, Object> sample = read(file);
        Map<String, Object> request = new HashMap<>();
        request.put("articleId", UUID.randomUUID().toString());
        request.put("source", sample.get("source"));
        request.put("url", sample.get("url"));
        request.put("title", sample.get("title"));
        request.put("publishedAt", OffsetDateTime.parse((String) sample.get("publishedAt"))
                .withYear(2001).plusDays(60L * era).toString());
        request.put("text", sample.containsKey("text") ? sample.get("text")
                : ((String) sample.get("html")).replaceAll("(?s)<(nav|aside|footer|header)[^>]*>.*?</\\1>", "")
                        .replaceAll("<[^>]+>", "\n").replaceAll("\n{2,}", "\n\n").strip());
        return request;
    }

    private static Map<String, Object> read(String file) {
        try {
            return JSON.readValue(Files.readString(Path.of("..", "samples", file)), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
