package io.corroborate.bench;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corroborate.api.Claim;
import io.corroborate.api.Fact;

/**
 * Cross-source alignment as a user gets it: the articles of annotated alignment sets (our fictional sets
 * {@code bench/alignment/fictional-*.json}, or the annotated BASIL events {@code basil-<name>.json}, real reporting)
 * submitted one by one through the gateway into a running suite, as a user pastes them (headline, blank line, body;
 * {@code title} set; dated where the outlet gave a date, undated otherwise),
 * then each article's claims and each story's comparison read back through the gateway and scored against the
 * annotators' facts exactly as {@link AlignmentBench} scores the comparison it computes itself. What this adds to
 * that bench: story grouping (an outlet that lands in another story can pair with nothing), ingest's cleaning of the
 * text, the service's own storage and its asynchronous rebuild of comparisons. Pairs that join claims of two different
 * events (a story mixing events) count as predicted and wrong.
 *
 * <p>Arguments: DATASETS GATEWAY KEY SETS METRICS [--shuffled]: SETS is {@code fictional-a+fictional-c} or
 * {@code heldout+heldout3} (one suite, all their events), METRICS the analysis service's Prometheus URL (to wait until
 * every article is placed and every comparison rebuilt). Run by {@code bench/grouping.sh facts-<sets>}.
 */
public final class FactsBench {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private FactsBench() {
    }

    /** One outlet's article of an annotated event: its lines as the annotators located them ("T", "P0.S1", …). */
    private record Article(String set, JsonNode event, String outlet, String title, Map<String, String> lines,
            OffsetDateTime published) {

        String eventId() {
            return set + "/" + event.path("event").asText();
        }

        /** As a user pastes it: the headline, a blank line, the paragraphs. */
        String text() {
            StringBuilder text = new StringBuilder(title);
            String paragraph = null;
            for (Map.Entry<String, String> line : lines.entrySet()) {
                if (line.getKey().equals("T")) {
                    continue;
                }
                String p = line.getKey().substring(0, line.getKey().indexOf('.'));
                text.append(p.equals(paragraph) ? " " : "\n\n").append(line.getValue());
                paragraph = p;
            }
            return text.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[1];
        String key = args[2];
        String sets = args[3];
        String metrics = args[4];
        boolean shuffled = List.of(args).contains("--shuffled");
        Path dir = Path.of(System.getProperty("corroborate.alignment", "bench/alignment"));
        List<Article> articles = new ArrayList<>();
        Map<String, Path> basil = AlignmentBench.basilFiles(Path.of(args[0]).resolve("basil/articles"));
        for (String set : sets.split("\\+")) {
            for (JsonNode event : JSON.readTree(AlignmentBench.dataset(dir, set).toFile()).path("events")) {
                for (JsonNode a : articlesOf(event, basil)) {
                    Map<String, String> lines = new LinkedHashMap<>();
                    String title = a.path("title").asText("").trim();
                    lines.put("T", title);
                    int p = 0;
                    for (JsonNode paragraph : a.path("body-paragraphs")) {
                        int s = 0;
                        for (JsonNode sentence : paragraph) {
                            lines.put("P" + p + ".S" + s++, sentence.asText().trim());
                        }
                        p++;
                    }
                    String outlet = a.has("outlet") ? a.path("outlet").asText()
                            : a.path("source").asText().toLowerCase(Locale.ROOT);
                    articles.add(new Article(set, event, outlet, title, lines, GroupingBench.published(a)));
                }
            }
        }
        if (shuffled) {
            Collections.shuffle(articles, new Random(7));
        }
        long before = ThroughputBench.analysedByMetrics(metrics);
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (Article a : articles) {
            ObjectNode body = JSON.createObjectNode();
            body.put("source", a.outlet());
            body.put("title", a.title());
            body.put("text", a.text());
            if (a.published() != null) {
                body.put("publishedAt", a.published().toString());
                body.put("url", "https://" + a.outlet().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        + ".example/" + a.eventId().replaceAll("[^a-z0-9-]+", "-"));
            }
            JsonNode receipt = GroupingBench.post(gateway + "/api/v1/articles", key, body);
            if (receipt.path("id").asText().isEmpty()) {
                throw new IllegalStateException("refused: " + receipt);
            }
            ids.add(receipt.path("id").asText());
        }
        // Every new article placed and no comparison left to rebuild, seen twice a second apart (a placement counts
        // before its stories are queued for rebuilding); a duplicate receipt names an article already counted.
        long expected = new HashSet<>(ids).size();
        for (int settled = 0; settled < 2; ) {
            Thread.sleep(settled == 0 ? 200 : 1000);
            boolean done = ThroughputBench.analysedByMetrics(metrics) - before >= expected
                    && ThroughputBench.pendingComparisons(metrics) == 0;
            settled = done ? settled + 1 : 0;
            if ((System.nanoTime() - start) / 1e9 > 900) {
                throw new IllegalStateException("not all " + expected + " articles analysed after 15 minutes");
            }
        }
        // Each article's text, claims and story as the gateway gives them; each story's comparison.
        Map<String, List<Integer>> byEvent = new LinkedHashMap<>();
        Map<Integer, String> storyOf = new HashMap<>();
        Map<Integer, String> textOf = new HashMap<>();
        Map<Integer, List<Claim>> claimsOf = new HashMap<>();
        Map<String, String> survivor = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode article = GroupingBench.get(gateway + "/api/v1/articles/" + ids.get(i), key);
            String story = article.path("storyId").asText("");
            if (!story.isEmpty() && !survivor.containsKey(story)) {
                survivor.put(story, GroupingBench.get(gateway + "/api/v1/stories/" + story, key).path("id")
                        .asText(story));
            }
            storyOf.put(i, story.isEmpty() ? "none-" + i : survivor.get(story));
            textOf.put(i, article.path("text").asText());
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : GroupingBench.get(gateway + "/api/v1/articles/" + ids.get(i) + "/claims", key)) {
                claims.add(JSON.treeToValue(c, Claim.class));
            }
            claimsOf.put(i, claims);
            byEvent.computeIfAbsent(articles.get(i).eventId(), k -> new ArrayList<>()).add(i);
        }
        List<Fact> facts = new ArrayList<>();
        for (String story : new HashSet<>(survivor.values())) {
            JsonNode comparison = GroupingBench.get(gateway + "/api/v1/stories/" + story + "/comparison", key);
            for (JsonNode f : comparison.path("facts")) {
                facts.add(JSON.treeToValue(f, Fact.class));
            }
        }
        Map<UUID, String> eventOfClaim = new HashMap<>();
        claimsOf.forEach((i, claims) -> claims.forEach(c -> eventOfClaim.put(c.id(), articles.get(i).eventId())));
        // pairs of claims of two events in one fact, counted against the set of the first claim's event
        Map<String, Integer> crossBySet = new HashMap<>();
        int crossEvent = 0;
        for (Fact f : facts) {
            for (int x = 0; x < f.claims().size(); x++) {
                for (int y = x + 1; y < f.claims().size(); y++) {
                    String one = eventOfClaim.get(f.claims().get(x).id());
                    String other = eventOfClaim.get(f.claims().get(y).id());
                    if (one != null && other != null && !one.equals(other)) {
                        crossBySet.merge(one.substring(0, one.indexOf('/')), 1, Integer::sum);
                        crossEvent++;
                    }
                }
            }
        }
        Map<String, AlignmentBench.Score> bySet = new LinkedHashMap<>();
        int splitPairs = 0;
        for (List<Integer> members : byEvent.values()) {
            Article first = articles.get(members.get(0));
            List<Claim> claims = new ArrayList<>();
            Map<String, String> texts = new HashMap<>();
            Map<String, Map<String, Integer>> starts = new HashMap<>();
            Map<String, String> storyOfOutlet = new HashMap<>();
            for (int i : members) {
                Article a = articles.get(i);
                claims.addAll(claimsOf.get(i));
                texts.put(a.outlet(), textOf.get(i));
                starts.put(a.outlet(), locate(a, textOf.get(i)));
                storyOfOutlet.put(a.outlet(), storyOf.get(i));
            }
            Set<UUID> mine = new HashSet<>();
            claims.forEach(c -> mine.add(c.id()));
            List<Fact> own = new ArrayList<>();
            for (Fact f : facts) {
                List<Claim> kept = f.claims().stream().filter(c -> mine.contains(c.id())).toList();
                if (!kept.isEmpty()) {
                    own.add(new Fact(f.id(), f.subject(), f.predicate(), f.object(), f.kind(), f.verdict(),
                            f.consensus(), f.sourceCount(), f.summary(), kept));
                }
            }
            Map<UUID, Integer> gold = AlignmentBench.gold(first.event(), claims, texts, starts);
            AlignmentBench.Story story = new AlignmentBench.Story(first.event().path("event").asText(),
                    first.event(), claims, Map.of(), texts, starts, gold);
            bySet.computeIfAbsent(first.set(), k -> new AlignmentBench.Score())
                    .add(AlignmentBench.score(story, own, null, AlignmentBench.Report.SCORES));
            // gold pairs, both claims extracted, whose two outlets landed in different stories: lost before any
            // comparison
            Map<Integer, Set<String>> extracted = new HashMap<>();
            claims.stream().filter(c -> gold.containsKey(c.id()))
                    .forEach(c -> extracted.computeIfAbsent(gold.get(c.id()), k -> new HashSet<>()).add(c.source()));
            for (Set<String> outlets : extracted.values()) {
                for (String x : outlets) {
                    for (String y : outlets) {
                        if (x.compareTo(y) < 0 && storyOfOutlet.containsKey(x) && storyOfOutlet.containsKey(y)
                                && !storyOfOutlet.get(x).equals(storyOfOutlet.get(y))) {
                            splitPairs++;
                        }
                    }
                }
            }
        }
        AlignmentBench.Score total = new AlignmentBench.Score();
        bySet.forEach((set, score) -> {
            score.predicted += crossBySet.getOrDefault(set, 0);
            System.out.printf("%s (through the gateway): %s%n", set, score);
            total.add(score);
        });
        System.out.printf("all (through the gateway%s): %s%n  %d stories for %d events; %d predicted pairs join two "
                + "events; %d gold pairs lost because their outlets landed in different stories  [%.0f s]%n",
                shuffled ? ", shuffled" : "", total, new HashSet<>(storyOf.values()).size(), byEvent.size(),
                crossEvent, splitPairs, (System.nanoTime() - start) / 1e9);
    }

    /**
     * An event's articles: those it carries (our fictional sets) or BASIL's files of its id, whose outlets the
     * annotators named in either case ("fox", "FOX"): one name per outlet, lower case.
     */
    private static List<JsonNode> articlesOf(JsonNode event, Map<String, Path> basil) throws java.io.IOException {
        List<JsonNode> out = new ArrayList<>();
        if (event.has("articles")) {
            event.path("articles").forEach(out::add);
            return out;
        }
        String id = event.path("event").asText();
        for (Path file : basil.values().stream().filter(p -> p.getFileName().toString().startsWith(id)).sorted()
                .toList()) {
            out.add(JSON.readTree(file.toFile()));
        }
        for (JsonNode fact : event.path("facts")) {
            for (JsonNode c : fact.path("claims")) {
                ((ObjectNode) c).put("outlet", c.path("outlet").asText().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Where each annotated line starts in the text the service stored (ingest cleans what it is given, so offsets are
     * found, not assumed): each line searched from the end of the one before, by its opening words when ingest changed
     * it; a line not found is not located and its claims count as not extracted.
     */
    private static Map<String, Integer> locate(Article a, String text) {
        Map<String, Integer> starts = new HashMap<>();
        int from = 0;
        for (Map.Entry<String, String> line : a.lines().entrySet()) {
            String found = line.getValue();
            int at = text.indexOf(found, from);
            if (at < 0) {
                found = found.substring(0, Math.min(24, found.length()));
                at = text.indexOf(found, from);
            }
            if (at >= 0) {
                starts.put(line.getKey(), at);
                from = at + found.length();
            }
        }
        return starts;
    }
}
