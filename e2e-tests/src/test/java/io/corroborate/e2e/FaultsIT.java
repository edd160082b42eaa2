package io.corroborate.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.corroborate.testing.TestDatabases;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Crashes under load: a service killed with SIGKILL while articles stream in loses none and duplicates none;
 * concurrent submissions of one article make one record.
 */
class FaultsIT {

    private static Suite suite;

    @BeforeAll
    static void start() {
        suite = Suite.shared();
    }

    private static RequestSpecification writer() {
        return given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.WRITER_KEY);
    }

    /** A fictional article with its own figures, so that every one is a distinct article. */
    private static Map<String, Object> article(String run, int i) {
        String company = "Firm" + run.substring(0, 6) + i;
        return Map.of("source", "Outlet " + (i % 5), "title", company + " raises funds",
                "publishedAt", "2026-06-0" + (1 + i % 9) + "T10:00:00Z",
                "text", company + " Holdings raised $" + (10 + i) + " million from investors on Tuesday, valuing the "
                        + "company at about $" + (100 + 7 * i) + " million. It employs " + (40 + i)
                        + " people and was founded in " + (1990 + i % 30) + ". Run " + run + ".");
    }

    /** Submits like a patient client: retries each article until the gateway accepts it. */
    private static String submitUntilAccepted(Map<String, Object> body) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                ExtractableResponse<Response> response = writer().contentType("application/json").body(body)
                        .post("/api/v1/articles").then().extract();
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    return response.path("id");
                }
            } catch (RuntimeException connectionTrouble) {
                // The gateway itself stays up; anything else is a transient fault to retry.
            }
            assertTrue(Instant.now().isBefore(deadline), "an article was never accepted");
            Suite.sleep(200);
        }
    }

    private static long totalArticles() {
        return writer().get("/api/v1/articles?size=1").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    /**
     * Articles placed in stories, summed over the story list's pages. The pages are read one request at a time, so a
     * story whose place in the list moves between two requests could be read twice or not at all: the sum is taken
     * again until two consecutive reads agree.
     */
    private static long analysedArticles() {
        long previous = storyListSum();
        for (int attempt = 0; attempt < 20; attempt++) {
            Suite.sleep(250);
            long current = storyListSum();
            if (current == previous) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    private static long storyListSum() {
        long total = 0;
        for (int page = 0; ; page++) {
            var body = writer().get("/api/v1/stories?size=100&page=" + page).then().statusCode(200).extract()
                    .jsonPath();
            total += body.getList("items.articleCount", Integer.class).stream().mapToLong(Integer::longValue).sum();
            if ((page + 1) * 100L >= body.getLong("total")) {
                return total;
            }
        }
    }

    private void streamWhileKilling(String service) throws Exception {
        String run = UUID.randomUUID().toString();
        long articlesBefore = totalArticles();
        long analysedBefore = analysedArticles();
        int n = 120;
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = article(run, i);
            submissions.add(clients.submit(() -> ids.add(submitUntilAccepted(body))));
        }
        Suite.sleep(1_500);
        suite.kill(service);
        Suite.sleep(3_000);
        suite.start(service);
        suite.awaitReady(service);
        for (Future<?> submission : submissions) {
            submission.get(3, TimeUnit.MINUTES);
        }
        clients.shutdown();

        Set<String> distinct = new LinkedHashSet<>(ids);
        assertEquals(n, distinct.size(), "every article has its own record");
        awaitAllAnalysed(distinct);
        assertEquals(articlesBefore + n, totalArticles(), "ingest stored each article exactly once");
        assertEquals(analysedBefore + n, analysedArticles(), "analysis placed each article exactly once");
    }

    private static void awaitAllAnalysed(Set<String> ids) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (String id : ids) {
            while (!"ANALYZED".equals(writer().get("/api/v1/articles/" + id).then().extract().path("status"))) {
                assertTrue(Instant.now().isBefore(deadline), "article " + id + " was never analysed");
                Suite.sleep(200);
            }
        }
    }

    @Test
    void killingAnalysisMidStreamLosesAndDuplicatesNothing() throws Exception {
        streamWhileKilling("analysis-service");
    }

    @Test
    void killingIngestMidStreamLosesAndDuplicatesNothing() throws Exception {
        streamWhileKilling("ingest-service");
    }

    @Test
    void servicesReportNotReadyWhileTheDatabaseRestartsAndRecoverByThemselves() throws Exception {
        assumeTrue(TestDatabases.isEmbedded(), "the external test database cannot be restarted from here");
        String run = UUID.randomUUID().toString();
        String before = submitUntilAccepted(article(run, 1));
        ExecutorService restarter = Executors.newSingleThreadExecutor();
        Future<?> restart = restarter.submit(TestDatabases::restartServer);
        boolean sawNotReady = false;
        while (!restart.isDone()) {
            sawNotReady |= suite.readiness("ingest-service") != 200 || suite.readiness("analysis-service") != 200;
            Suite.sleep(50);
        }
        restart.get();
        restarter.shutdown();
        assertTrue(sawNotReady, "readiness must reflect the database being down");
        suite.awaitReady("ingest-service");
        suite.awaitReady("analysis-service");
        String after = submitUntilAccepted(article(run, 2));
        awaitAllAnalysed(new LinkedHashSet<>(List.of(before, after)));
    }

    @Test
    void fiftyConcurrentSubmissionsOfOneArticleMakeOneRecord() throws Exception {
        Map<String, Object> body = article(UUID.randomUUID().toString(), 0);
        long before = totalArticles();
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<Future<Integer>> answers = new ArrayList<>();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            answers.add(clients.submit(() -> {
                ExtractableResponse<Response> response = writer().contentType("application/json").body(body)
                        .post("/api/v1/articles").then().extract();
                ids.add(response.path("id"));
                return response.statusCode();
            }));
        }
        int created = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get(1, TimeUnit.MINUTES);
            assertTrue(status == 200 || status == 201, "status " + status);
            created += status == 201 ? 1 : 0;
        }
        clients.shutdown();
        assertEquals(1, created, "exactly one submission creates the article");
        assertEquals(1, new LinkedHashSet<>(ids).size());
        assertEquals(before + 1, totalArticles());
    }
}
