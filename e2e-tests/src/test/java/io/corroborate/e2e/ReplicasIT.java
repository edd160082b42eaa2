package io.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.corroborate.testing.TestDatabases;

/**
 * Two analysis processes against one database, as two replicas behind the Kubernetes HPA: articles of twenty events
 * are streamed to both at once, each event's articles split between them. Every article must be placed once, each
 * event must end in one story (the assignment lock is shared by the replicas), and every stored comparison must
 * equal a rebuild from scratch (made by the service's own repair job after the test marks all comparisons due).
 */
class ReplicasIT {

    private static final int EVENTS = 20;
    private static final int PER_EVENT = 12;
    private static final int BATCH = 3;

    private static TestDatabases.TestDatabase database;
    private static final List<Process> replicas = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    static void startTwoReplicas() {
        database = TestDatabases.create();
        for (int i = 0; i < 2; i++) {
            int port = Suite.freePort();
            // The repair job looks every second and takes any story due, so that the rebuild check runs quickly.
            Process process = Suite.launch("analysis-service", port, database, Map.of(
                    "CORROBORATE_STORIES_REPAIR_EVERY", "1s", "CORROBORATE_STORIES_REPAIR_AFTER", "0s"),
                    "analysis-replica-" + i);
            replicas.add(process);
            ports.add(port);
        }
        for (int i = 0; i < 2; i++) {
            Suite.awaitReady("analysis-replica-" + i, ports.get(i), replicas.get(i));
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : replicas) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        TestDatabases.drop(database);
    }

    @Test
    void twoReplicasPlaceEveryArticleOnceInOneStoryPerEventWithComparisonsAsRebuilt() throws Exception {
        Map<UUID, Integer> eventOf = new HashMap<>();
        List<String> articles = new ArrayList<>();
        Random random = new Random(20261202);
        for (int event = 0; event < EVENTS; event++) {
            for (int n = 0; n < PER_EVENT; n++) {
                UUID id = UUID.randomUUID();
                eventOf.put(id, event);
                articles.add(article(id, event, n, random));
            }
        }
        Collections.shuffle(articles, random);
        // Half the batches to each replica, at once: articles of one event reach both.
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            int port = ports.get(replica);
            int first = replica;
            sent.add(senders.submit(() -> {
                int accepted = 0;
                for (int from = first * BATCH; from < articles.size(); from += 2 * BATCH) {
                    accepted += post(port, articles.subList(from, Math.min(from + BATCH, articles.size())));
                }
                return accepted;
            }));
        }
        int accepted = 0;
        for (Future<Integer> f : sent) {
            accepted += f.get(5, TimeUnit.MINUTES);
        }
        senders.shutdown();
        assertEquals(EVENTS * PER_EVENT, accepted, "every article accepted");

        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            Map<UUID, UUID> storyOf = new HashMap<>();
            query(db, "SELECT article_id, story_id FROM analysis.analyzed_article",
                    rs -> storyOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
            assertEquals(eventOf.keySet(), storyOf.keySet(), "every article placed, once (article_id is the key)");
            Map<Integer, Set<UUID>> storiesOfEvent = eventOf.entrySet().stream().collect(Collectors.groupingBy(
                    Map.Entry::getValue, Collectors.mapping(e -> storyOf.get(e.getKey()), Collectors.toSet())));
            storiesOfEvent.forEach((event, stories) -> assertEquals(1, stories.size(),
                    () -> "event " + event + " split into " + stories.size() + " stories"));
            assertEquals(EVENTS, storiesOfEvent.values().stream().flatMap(Set::stream).distinct().count(),
                    "no two events in one story");
            List<UUID> rows = new ArrayList<>();
            query(db, "SELECT id FROM analysis.story", rs -> rows.add(rs.getObject(1, UUID.class)));
            assertEquals(EVENTS, rows.size(), "no story left behind by a merge or a race");

            Map<UUID, String> built = comparisons(db, Duration.ofSeconds(60));
            // Mark every comparison due: the replicas' repair jobs rebuild each from the stored claims alone.
            try (PreparedStatement due = db.prepareStatement("UPDATE analysis.story SET comparison_version = 0")) {
                due.executeUpdate();
            }
            Map<UUID, String> rebuilt = comparisons(db, Duration.ofSeconds(60));
            assertEquals(built.keySet(), rebuilt.keySet());
            built.forEach((story, comparison) -> assertEquals(comparison, rebuilt.get(story),
                    () -> "the stored comparison of story " + story + " differs from a rebuild from scratch"));
            assertTrue(built.values().stream().allMatch(c -> c.contains("\"facts\"")), "comparisons were built");
        }
    }

    /** The stored comparisons, once none is due; fails when some stay due longer than {@code within}. */
    private static Map<UUID, String> comparisons(Connection db, Duration within) throws SQLException {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            int[] due = new int[1];
            query(db, "SELECT count(*) FROM analysis.story WHERE comparison_version < version",
                    rs -> due[0] = rs.getInt(1));
            if (due[0] == 0) {
                Map<UUID, String> out = new HashMap<>();
                query(db, "SELECT id, comparison FROM analysis.story",
                        rs -> out.put(rs.getObject(1, UUID.class), rs.getString(2)));
                return out;
            }
            assertTrue(Instant.now().isBefore(deadline), due[0] + " comparisons still due after " + within);
            Suite.sleep(250);
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /** Posts a batch to one replica's hand-off endpoint, as ingest does; the number of articles accepted. */
    private static int post(int port, List<String> batch) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/internal/v1/articles/batch")).header("Content-Type", "application/json")
                .header("X-Corroborate-Internal", Suite.INTERNAL_TOKEN).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"articles\":[" + String.join(",", batch) + "]}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        int accepted = 0;
        for (int at = response.body().indexOf("\"result\":{"); at >= 0;
                at = response.body().indexOf("\"result\":{", at + 1)) {
            accepted++;
        }
        return accepted;
    }

    private static final String[] TOWNS = {"Varnholt", "Quessly", "Brindmoor", "Oskerby", "Tallowfen", "Merrowick",
        "Duskmere", "Halvering", "Corrisdale", "Pellmarsh", "Wendlecott", "Ashgrove Falls", "Kilbrannan", "Lorvik",
        "Saltreach", "Thornbury Cross", "Ulverstane", "Yarrowby", "Fennick", "Gildersome"};
    private static final String[] WORKS = {"footbridge", "reservoir", "stadium roof", "ferry terminal", "library",
        "water treatment plant", "tram depot", "harbour wall", "fire station", "bus garage", "sports hall",
        "flood barrier", "market hall", "swimming pool", "viaduct", "school campus", "clinic", "lighthouse",
        "concert hall", "ring road"};
    private static final String[] FIRMS = {"Brackwater", "Hollin", "Castermere", "Dunlevy", "Erskall", "Fairlow",
        "Greyhaven", "Hathersage", "Inchcape", "Jorvale", "Kestwick", "Lanyard", "Morcombe", "Norwold", "Orrin",
        "Penhallow", "Quantock", "Rushmere", "Stenbury", "Trevail"};
    private static final String[] LEADERS = {"Ilsa Marwood", "Tobin Achterberg", "Renata Kowalczyk", "Desmond Oyelaran",
        "Greta Halvorsen", "Marius Castellane", "Priya Venkataraman", "Anselm Drobny", "Yolanda Etxeberria",
        "Casimir Uwakwe", "Henrike Stolberg", "Fintan Moriarty", "Solveig Arnarsdottir", "Oluwaseun Adebayo",
        "Beatrix Lindqvist", "Leopold Vranješ", "Mireille Dufresne", "Tadeusz Wrobel", "Ingrid Sorensen",
        "Emeka Nwachukwu"};

    /** One outlet's article about an event: the event's names and figures in sentences drawn and ordered at random. */
    private static String article(UUID id, int event, int n, Random random) {
        String town = TOWNS[event];
        String work = WORKS[event];
        String firm = FIRMS[event] + " Construction";
        String leader = LEADERS[event];
        int millions = 20 + event * 7;
        List<String> sentences = new ArrayList<>(List.of(
                town + " councillors approved a $" + millions + " million plan to rebuild the " + work + ".",
                firm + " will lead the " + town + " " + work + " work, which is expected to take three years.",
                "The " + work + " in " + town + " has been closed since a storm damaged it, " + leader + " said.",
                leader + ", who leads the " + town + " council, said the " + firm + " contract covers 140 workers.",
                "Residents of " + town + " have waited years for the " + work + " to reopen.",
                firm + " employs " + (300 + event) + " people across the " + town + " district."));
        Collections.shuffle(sentences, random);
        String text = String.join(" ", sentences.subList(0, 4));
        String title = town + " approves $" + millions + " million " + work + " rebuild";
        String date = "2026-05-" + String.format("%02d", 10 + event % 5) + "T09:00:00Z";
        return "{\"articleId\":\"" + id + "\",\"source\":\"Outlet " + n + "\",\"url\":\"https://outlet" + n
                + ".example/" + id + "\",\"title\":\"" + title + "\",\"publishedAt\":\"" + date
                + "\",\"language\":\"en\",\"text\":\"" + text + "\"}";
    }
}
