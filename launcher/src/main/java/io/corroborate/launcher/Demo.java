package io.corroborate.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** Submits the bundled sample articles through the gateway and prints each multi-source story's comparison. */
final class Demo {

    private static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(2);

    private final GatewayClient gateway;
    private final String gatewayUrl;
    /** The query that opens a report page in a browser: a reader key only, since a URL is kept in history. */
    private final String keyQuery;

    Demo(String gatewayUrl, String apiKey, String readerKey) {
        this.gatewayUrl = gatewayUrl;
        this.keyQuery = readerKey == null ? "" : "?api_key=" + readerKey;
        this.gateway = new GatewayClient(gatewayUrl, apiKey);
    }

    boolean run(Path samples) throws IOException, InterruptedException {
        List<String> ids = submitAll(samples);
        if (!awaitAnalyzed(ids)) {
            System.err.println("Articles were not analyzed within " + ANALYSIS_TIMEOUT.toSeconds() + " s.");
            return false;
        }
        JsonNode stories = gateway.get("/api/v1/stories?size=100").path("items");
        ComparisonTable table = new ComparisonTable(System.out);
        for (JsonNode story : stories) {
            if (story.path("sourceCount").asInt() > 1) {
                table.print(story, gateway.get("/api/v1/stories/" + story.path("id").asText() + "/comparison"));
                System.out.println("  report: " + gatewayUrl + "/api/v1/stories/" + story.path("id").asText()
                        + "/report" + keyQuery);
                System.out.println();
            }
        }
        System.out.println("All stories: " + gatewayUrl + "/api/v1/stories/report" + keyQuery);
        if (keyQuery.isEmpty()) {
            System.out.println("(Report pages need a key: send one as X-API-Key, or open them with ?api_key= and a "
                    + "reader key.)");
        }
        return true;
    }

    private List<String> submitAll(Path samples) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            JsonNode receipt = gateway.postJson("/api/v1/articles", Files.readString(file));
            ids.add(receipt.path("id").asText());
        }
        System.out.println("Submitted " + ids.size() + " sample articles from " + samples);
        return ids;
    }

    private boolean awaitAnalyzed(List<String> ids) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(ANALYSIS_TIMEOUT);
        for (String id : ids) {
            for (String status = status(id); !"ANALYZED".equals(status); status = status(id)) {
                if ("FAILED".equals(status) || Instant.now().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(200);
            }
        }
        return true;
    }

    private String status(String id) throws IOException, InterruptedException {
        return gateway.get("/api/v1/articles/" + id).path("status").asText();
    }
}
