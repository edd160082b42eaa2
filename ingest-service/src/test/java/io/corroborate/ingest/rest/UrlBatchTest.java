package io.corroborate.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Articles given by URL in one batch: fetched several at a time, and few enough to answer within budget. */
@QuarkusTest
class UrlBatchTest extends IngestTestBase {

    @Test
    void aBatchOfPagesIsFetchedSeveralAtATimeAndEachIsStored() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String path = "/page-" + UUID.randomUUID();
            // Each page takes a second to answer: one after another, six would take six seconds.
            analysis.stubFor(get(path).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withFixedDelay(1_000).withBody("<html><head><title>Harbour story " + n + "</title></head><body>"
                            + "<article><p>" + unique("The harbour authority approved a new quay number " + n
                                    + ". Work will start in spring and take two years to finish.") + "</p></article>"
                            + "</body></html>")));
            batch.add(Map.of("source", "Harbour Post", "url", "http://localhost:" + analysis.port() + path));
        }
        long start = System.nanoTime();
        internal().contentType("application/json").body(batch).post("/api/v1/articles/batch").then()
                .statusCode(200)
                .body("status", everyItem(equalTo(201)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 4, "six one-second pages took " + seconds + " s: they were not fetched together");
    }

    @Test
    void aBatchAskingToFetchTooManyPagesIsRefusedBeforeAnyFetch() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int n = 0; n < 41; n++) {
            batch.add(Map.of("source", "Wire", "url", "http://localhost:" + analysis.port() + "/never-" + n));
        }
        internal().contentType("application/json").body(batch).post("/api/v1/articles/batch").then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 40 articles by URL"));
        analysis.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/never-.*")));
    }
}
