package io.corroborate.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeliveryTest extends IngestTestBase {

    @Test
    void deliversToAnalysisAndRecordsTheStory() throws InterruptedException {
        String id = submit(Map.of("source", "Harbor Times", "text", unique("Helio has 1,200 employees.")))
                .statusCode(201).extract().path("id");
        awaitStatus(id, "ANALYZED").body("status", equalTo("ANALYZED")).body("storyId", equalTo(STORY));
        analysis.verify(postRequestedFor(urlEqualTo(HAND_OFF))
                .withHeader("X-Corroborate-Internal", WireMock.equalTo("test-internal-token"))
                .withRequestBody(matchingJsonPath("$.articles[?(@.articleId == '" + id + "')]")));
    }

    @Test
    void deliveryContinuesTheSubmittersTrace() throws InterruptedException {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String id = internal().header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .contentType("application/json")
                .body(Map.of("source", "Harbor Times", "text", unique("Traced article with 4% growth.")))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        awaitStatus(id, "ANALYZED");
        analysis.verify(postRequestedFor(urlEqualTo(HAND_OFF)).withRequestBody(matchingJsonPath(
                "$.articles[?(@.articleId == '" + id + "')].traceParent",
                WireMock.matching("00-" + trace + "-[0-9a-f]{16}-01"))));
    }

    @Test
    void keepsTheArticleWhileAnalysisIsDownAndDeliversItLater() throws InterruptedException {
        analysis.resetAll();
        analysis.stubFor(post(urlEqualTo(HAND_OFF)).willReturn(aResponse().withStatus(503)));
        assertKeptUntilAnalysisAccepts("Analysis is down for this one.");
    }

    @Test
    void anArticleAnalysisRefusesIsMarkedFailedWithTheReason() throws InterruptedException {
        analysis.resetAll();
        analysisAnswersEach("\"refused\":\"text has no sentences\","
                + "\"refusedType\":\"urn:corroborate:problem:unprocessable-value\"");
        String id = submit(Map.of("source", "Metro Wire", "text", unique("Refused.")))
                .statusCode(201).extract().path("id");
        awaitStatus(id, "FAILED").body("status", equalTo("FAILED"))
                .body("failureReason", containsString("no sentences"))
                .body("failureType", equalTo("urn:corroborate:problem:unprocessable-value"));
    }

    @Test
    void aRefusalWithoutAProblemTypeIsStoredAsRefused() throws InterruptedException {
        analysis.resetAll();
        analysisAnswersEach("\"refused\":\"text has no sentences\"");
        String id = submit(Map.of("source", "Metro Wire", "text", unique("Refused without a type.")))
                .statusCode(201).extract().path("id");
        awaitStatus(id, "FAILED").body("failureType", equalTo("urn:corroborate:problem:refused"));
    }

    @Test
    void aWholeCallRefusedIsAFaultOfTheDeploymentAndKeepsTheArticles() throws InterruptedException {
        analysis.resetAll();
        analysis.stubFor(post(urlEqualTo(HAND_OFF)).willReturn(aResponse().withStatus(401)));
        assertKeptUntilAnalysisAccepts("Delivered with a wrong credential.");
    }

    @Test
    void anArticleLeftOutOfTheAnswerIsDeliveredAgain() throws InterruptedException {
        analysis.resetAll();
        analysis.stubFor(post(urlEqualTo(HAND_OFF)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"outcomes\":[]}")));
        assertKeptUntilAnalysisAccepts("Forgotten by analysis.");
    }

    /** Submitted while analysis answers as stubbed: still RECEIVED a second later, ANALYZED once it accepts. */
    private void assertKeptUntilAnalysisAccepts(String text) throws InterruptedException {
        String id = submit(Map.of("source", "Metro Wire", "text", unique(text))).statusCode(201).extract().path("id");
        Thread.sleep(1_000);
        internal().get("/api/v1/articles/" + id).then().body("status", equalTo("RECEIVED"));
        analysisAcceptsEverything();
        awaitStatus(id, "ANALYZED").body("status", equalTo("ANALYZED"));
    }
}
