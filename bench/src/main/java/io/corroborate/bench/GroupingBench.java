package io.corroborate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corroborate.bench.stories.BasilArticle;
import io.corroborate.bench.stories.ClusterScores;

/**
 * Story grouping through the service's own code path: BASIL's 300 articles submitted through a running gateway into
 * an empty suite, then each article's story read back through the gateway and scored against BASIL's events
 * (pairwise and B-cubed F1). {@code bench/grouping.sh} starts a fresh suite per mode. Modes:
 * <ul>
 * <li>{@code order}: publication order, one article per request, dated, title set, text = the body;</li>
 * <li>{@code shuffled}: the same, in a random order (seed 7);</li>
 * <li>{@code batches}: shuffled, in batches of 25 ({@code POST /api/v1/articles/batch});</li>
 * <li>{@code headline}: publication order, text = headline, blank line, body (what a user pasting sends);</li>
 * <li>{@code mixed}: publication order; the first article of each event dated, the others pasted texts with
 * neither date nor URL: the service must not split a story for want of a date (an article's unknown date is no
 * evidence either way).</li>
 * <li>{@code short}: publication order, dated, each text cut to its first three paragraphs: short reports that
 * share few rare words.</li>
 * <li>{@code local-dev}, {@code local-heldout}: not BASIL but {@code bench/stories/local-news-*.json}, short
 * fictional local reports of 12 incidents in one city within three weeks (same-street decoys, differing counts),
 * in publication order, dated.</li>
 * <li>{@code alignment-fictional-a} (any set of {@code bench/alignment}): the events of one of our fictional
 * alignment sets, each outlet dated where it gave a date and undated otherwise, in the file's order: whether the
 * outlets of one event meet in one story, which their figures need to be compared. Several sets joined by
 * {@code +} go into one suite together ({@code alignment-fictional-a+fictional-c}: more events, more decoys);
 * {@code alignment-shuffled-…} submits them in a random order (seed 7), one event's outlets far apart.</li>
 * </ul>
 * Args: DATASETS_DIR GATEWAY_URL API_KEY MODE ANALYSIS_METRICS_URL
 */
public final class GroupingBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int BATCH = 25;

    private GroupingBench() {
    }

    /** One article to submit: its gold event, its publication time and a key that makes its URL unique. */
    private record Item(String key, String event, String source, OffsetDateTime published, String title,
            String text) {

        static Item of(BasilArticle a) {
            return new Item(a.file(), a.triplet(), a.source(), a.date().atTime(12, 0).atOffset(ZoneOffset.UTC),
                    a.title(), a.text());
        }
    }

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args[0]);
        String gateway = args[1];
        String key = args[2];
        String mode = args[3];
        String metrics = args[4];
        List<Item> articles = mode.startsWith("local-")
                ? local(Path.of(System.getProperty("corroborate.stories", "bench/stories"))
                        .resolve("local-news-" + mode.substring("local-".length()) + ".json"))
                : mode.startsWith("alignment-")
                        ? fictional(Path.of(System.getProperty("corroborate.alignment", "bench/alignment")),
                                mode.substring("alignment-".length()).replaceFirst("^shuffled-", ""))
                        : new ArrayList<>(BasilArticle.load(datasets.resolve("basil")).stream().map(Item::of)
                                .toList());
        if (mode.equals("shuffled") || mode.equals("batches") || mode.startsWith("alignment-shuffled-")) {
            Collections.shuffle(articles, new Random(7));
        }
        long before = ThroughputBench.analysedByMetrics(metrics);
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int batch = mode.equals("batches") ? BATCH : 1;
        for (int i = 0; i < articles.size(); i += batch) {
            ArrayNode body = JSON.createArrayNode();
            for (Item a : articles.subList(i, Math.min(articles.size(), i + batch))) {
                body.add(submission(a, a.published() != null && (!mode.equals("mixed") || seen.add(a.event())),
                        mode));
            }
            JsonNode answer = batch == 1 ? JSON.createArrayNode().add(post(gateway + "/api/v1/articles", key,
                    body.get(0))) : post(gateway + "/api/v1/articles/batch", key, body);
            for (JsonNode receipt : answer) {
                String id = receipt.has("receipt") ? receipt.path("receipt").path("id").asText()
                        : receipt.path("id").asText();
                if (id.isEmpty()) {
                    throw new IllegalStateException("refused: " + receipt);
                }
                ids.add(id);
            }
        }
        while (ThroughputBench.analysedByMetrics(metrics) - before < articles.size()) {
            Thread.sleep(200);
            if ((System.nanoTime() - start) / 1e9 > 900) {
                throw new IllegalStateException("not all articles analysed after 15 minutes");
            }
        }
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        // The story each article's link leads to: a story merged into another answers with the survivor.
        Map<String, String> current = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode article = get(gateway + "/api/v1/articles/" + ids.get(i), key);
            gold.add(articles.get(i).event());
            String story = article.path("storyId").asText("");
            if (!story.isEmpty() && !current.containsKey(story)) {
                current.put(story, get(gateway + "/api/v1/stories/" + story, key).path("id").asText(story));
            }
            predicted.add(story.isEmpty() ? "none-" + i : current.get(story));
        }
        ClusterScores s = ClusterScores.of(gold, predicted);
        if (System.getenv("GROUPING_ERRORS") != null) {
            Map<String, Set<String>> storiesOfEvent = new TreeMap<>();
            Map<String, Set<String>> eventsOfStory = new HashMap<>();
            for (int i = 0; i < gold.size(); i++) {
                storiesOfEvent.computeIfAbsent(gold.get(i), k -> new TreeSet<>()).add(predicted.get(i));
                eventsOfStory.computeIfAbsent(predicted.get(i), k -> new TreeSet<>()).add(gold.get(i));
            }
            for (int i = 0; i < gold.size(); i++) {
                Item a = articles.get(i);
                boolean split = storiesOfEvent.get(gold.get(i)).size() > 1;
                boolean mixed = eventsOfStory.get(predicted.get(i)).size() > 1;
                if (split || mixed) {
                    System.out.printf("  %s%s event %s story %s %s %s: %s%n", split ? "SPLIT " : "",
                            mixed ? "MIXED " : "", gold.get(i).substring(0, Math.min(8, gold.get(i).length())),
                            predicted.get(i).substring(0, Math.min(8, predicted.get(i).length())), a.published(),
                            a.source(), a.title());
                }
            }
        }
        System.out.printf("%-9s pairwise P %.3f R %.3f F1 %.3f | B-cubed F1 %.3f | %d stories for %d events "
                + "[%.0f s]%n", mode, s.pairP(), s.pairR(), s.pairF(), s.b3F(), s.clusters(), s.goldClusters(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The local reports of a file, as written: event, source, title, publication time, text. */
    private static List<Item> local(Path file) throws IOException {
        List<Item> out = new ArrayList<>();
        int n = 0;
        for (JsonNode a : JSON.readTree(file.toFile())) {
            out.add(new Item("local-" + n++, a.path("event").asText(), a.path("source").asText(),
                    OffsetDateTime.parse(a.path("publishedAt").asText()), a.path("title").asText(),
                    a.path("text").asText()));
        }
        return out;
    }

    /** The articles of several fictional alignment sets ({@code fictional-a+fictional-c}), set after set. */
    private static List<Item> fictional(Path dir, String sets) throws IOException {
        List<Item> out = new ArrayList<>();
        for (String set : sets.split("\\+")) {
            out.addAll(fictional(dir.resolve(set + ".json")));
        }
        return out;
    }

    /**
     * The articles of one of our fictional alignment sets ({@code bench/alignment/fictional-*.json}), each event's
     * outlets as they were written: headline, paragraphs, and the date where the outlet gave one (the others are
     * submitted undated, as pasted text).
     */
    private static List<Item> fictional(Path file) throws IOException {
        List<Item> out = new ArrayList<>();
        for (JsonNode event : JSON.readTree(file.toFile()).path("events")) {
            String id = event.path("event").asText();
            for (JsonNode a : event.path("articles")) {
                List<String> paragraphs = new ArrayList<>();
                for (JsonNode paragraph : a.path("body-paragraphs")) {
                    List<String> sentences = new ArrayList<>();
                    paragraph.forEach(sentence -> sentences.add(sentence.asText().trim()));
                    paragraphs.add(String.join(" ", sentences));
                }
                String outlet = a.path("outlet").asText();
                out.add(new Item(id + "-" + outlet, id, outlet, published(a), a.path("title").asText(),
                        String.join("\n\n", paragraphs)));
            }
        }
        return out;
    }

    /** An annotated article's date, at noon UTC, where its outlet gave one; else null (submitted undated). */
    static OffsetDateTime published(JsonNode article) {
        String date = article.path("date").asText("");
        return date.matches("\\d{4}-\\d{2}-\\d{2}.*")
                ? LocalDate.parse(date.substring(0, 10)).atTime(12, 0).atOffset(ZoneOffset.UTC) : null;
    }

    private static ObjectNode submission(Item a, boolean dated, String mode) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", a.source());
        n.put("title", a.title());
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        String text = mode.equals("short") ? String.join("\n\n", paragraphs.subList(0, Math.min(3, paragraphs.size())))
                : a.text();
        n.put("text", mode.equals("headline") ? a.title() + "\n\n" + text : text);
        if (dated) {
            n.put("publishedAt", a.published().toString());
            n.put("url", "https://" + a.source().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example/"
                    + a.key());
        }
        return n;
    }

    static JsonNode post(String url, String key, JsonNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode get(String url, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
