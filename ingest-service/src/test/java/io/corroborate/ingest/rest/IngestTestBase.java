package io.corroborate.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.corroborate.testing.InjectWireMock;
import io.corroborate.testing.PostgresResource;
import io.corroborate.testing.WireMockResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Shared set-up of ingest tests: a real PostgreSQL, WireMock standing in for analysis, the internal credential. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockResource.class, initArgs = @ResourceArg(name = "clients", value = "analysis"))
public abstract class IngestTestBase {

    public static final String STORY = "7f3c1a52-5d0e-4c36-9a4e-2b1f0c9d8e71";

    @InjectWireMock
    protected WireMockServer analysis;

    /** Analysis' hand-off endpoint, as WireMock serves it. */
    public static final String HAND_OFF = "/internal/v1/articles/batch";

    @BeforeEach
    protected void analysisAcceptsEverything() {
        analysis.resetAll();
        analysisAnswersEach("\"result\":{\"articleId\":\"{{a.articleId}}\",\"storyId\":\"" + STORY
                + "\",\"claimCount\":2}");
    }

    /** Stubs the hand-off to answer every delivered article {@code a} with the given outcome fields. */
    protected void analysisAnswersEach(String outcomeFields) {
        analysis.stubFor(post(urlEqualTo(HAND_OFF)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"outcomes\":[{{#each (jsonPath request.body '$.articles') as |a|}}"
                        + "{{#unless @first}},{{/unless}}{\"articleId\":\"{{a.articleId}}\"," + outcomeFields + "}"
                        + "{{/each}}]}")
                .withTransformers("response-template")));
    }

    public static RequestSpecification internal() {
        return given().header("X-Corroborate-Internal", "test-internal-token");
    }

    public static ValidatableResponse submit(Map<String, Object> body) {
        return internal().contentType("application/json").body(body).post("/api/v1/articles").then();
    }

    public static String unique(String text) {
        return text + " Reference " + UUID.randomUUID() + ".";
    }

    /** Polls the article until its status is the one wanted, or fails after a few seconds. */
    public static ValidatableResponse awaitStatus(String id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            ValidatableResponse response = internal().get("/api/v1/articles/" + id).then().statusCode(200);
            String current = response.extract().path("status");
            if (status.equals(current) || Instant.now().isAfter(deadline)) {
                return response;
            }
            Thread.sleep(100);
        }
    }
}
