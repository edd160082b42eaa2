package io.corroborate.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.corroborate.testing.DeclaredBody;
import io.corroborate.testing.InjectWireMock;
import io.corroborate.testing.WireMockResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(value = WireMockResource.class, initArgs = @ResourceArg(name = "clients",
        value = "ingest,analysis"))
class GatewayTest {

    static final String STORY = "2b8e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

    @InjectWireMock
    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    static RequestSpecification writer() {
        return given().header("X-API-Key", "test-writer-key");
    }

    static RequestSpecification reader() {
        return given().header("Authorization", "Bearer test-reader-key");
    }

    void stubJson(String path, int status, String body) {
        services.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status < 400 ? "application/json" : "application/problem+json")
                .withBody(body)));
    }

    @Test
    void malformedBodiesAreProblemsBeforeAnyServiceIsCalled() throws java.io.IOException {
        writer().contentType("application/json")
                .body(Map.of("source", "X", "text", "y", "publishedAt", "yesterday-ish"))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("publishedAt"));
        // Not pretty-printed if it fails: indenting a body nested 100,000 deep would exhaust the test's memory.
        writer().config(io.restassured.RestAssured.config().logConfig(io.restassured.config.LogConfig.logConfig()
                .enablePrettyPrinting(false))).contentType("application/json")
                .body("[".repeat(100_000) + "]".repeat(100_000))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
        writer().contentType("application/json").body(Map.of("source", "X", "text", "y"))
                .post("/api/v1/articles/batch").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("array"));
        String tooLarge = DeclaredBody.post(RestAssured.baseURI + ":" + RestAssured.port, "/api/v1/articles",
                "test-writer-key", 40_000_000);
        org.junit.jupiter.api.Assertions.assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        org.junit.jupiter.api.Assertions.assertTrue(tooLarge.contains("application/problem+json"), tooLarge);
        org.junit.jupiter.api.Assertions.assertTrue(tooLarge.contains("bytes"), tooLarge);
        String chunked = DeclaredBody.postChunked(RestAssured.baseURI + ":" + RestAssured.port, "/api/v1/articles",
                "test-writer-key", 40_000_000);
        org.junit.jupiter.api.Assertions.assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        org.junit.jupiter.api.Assertions.assertTrue(chunked.contains("application/problem+json"), chunked);
        org.junit.jupiter.api.Assertions.assertTrue(chunked.contains("bytes"), chunked);
        writer().queryParam("page", 30_000_000).get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json");
        services.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/articles")));
        services.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/articles")));
    }

    @Test
    void docsAndHealthNeedNoKey() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/stories/{id}/comparison"))
                .body(containsString("apiKey"))
                .body(containsString("COMPATIBLE"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void answersUnauthorizedWithoutAKnownKey() {
        given().get("/api/v1/stories").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().header("X-API-Key", "not-a-key").get("/api/v1/stories").then().statusCode(401)
                .body("detail", not(containsString("not-a-key")));
    }

    @TestHTTPResource("/")
    java.net.URL base;

    /** Spellings of a protected path that a router might resolve to it while a string check does not see it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"//api/v1/stories", "/api//v1/stories",
        "/./api/v1/stories", "/api/v1/../v1/stories", "/x/../api/v1/stories", "/api/v1/stories;", "/api/v1/stories;x=1",
        "/api%2Fv1%2Fstories", "/%61pi/v1/stories", "/API/v1/stories", "/api/v1/stories/", "/api/v1/stories%00"})
    void noSpellingOfAProtectedPathBypassesTheKey(String path) throws Exception {
        stubJson("/api/v1/stories", 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString().replaceAll("/$", "") + path))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                () -> path + " answered " + response.statusCode() + ": " + response.body());
        assertFalse(response.body().contains("\"items\""), () -> path + " reached the stories: " + response.body());
    }

    @Test
    void readersReadButDoNotWrite() {
        stubJson("/api/v1/stories", 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
        reader().get("/api/v1/stories").then().statusCode(200).body("total", equalTo(0));
        reader().contentType("application/json").body(Map.of("source", "X", "text", "y"))
                .post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void submissionIsForwardedAndAnsweredWithTheGatewaysLocation() {
        String id = UUID.randomUUID().toString();
        services.stubFor(post(urlEqualTo("/api/v1/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + id + "\",\"status\":\"RECEIVED\"}")));
        writer().contentType("application/json").body(Map.of("source", "Harbor Times", "text", "Deal at $2.35 billion."))
                .post("/api/v1/articles").then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/" + id))
                .body("id", equalTo(id));
        services.verify(postRequestedFor(urlEqualTo("/api/v1/articles"))
                .withHeader("X-Corroborate-Internal", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "test-internal-token")));
    }

    @Test
    void aChunkedSubmissionWithinTheLimitIsForwardedWhole() throws java.io.IOException {
        String id = UUID.randomUUID().toString();
        services.stubFor(post(urlEqualTo("/api/v1/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + id + "\",\"status\":\"RECEIVED\"}")));
        String text = "The bridge reopened on Monday after repairs costing $2.35 billion. ".repeat(200);
        String answer = DeclaredBody.postChunked(RestAssured.baseURI + ":" + RestAssured.port, "/api/v1/articles",
                "test-writer-key", "{\"source\":\"Harbor Times\",\"text\":\"" + text + "\"}");
        org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        services.verify(postRequestedFor(urlEqualTo("/api/v1/articles"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(text.strip())));
    }

    @Test
    void plainTextBodiesBecomeSubmissions() {
        services.stubFor(post(urlEqualTo("/api/v1/articles")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"ANALYZED\"}")));
        writer().contentType("text/plain").body("Strike: 8,500 workers walked out.")
                .queryParam("source", "Metro Wire").queryParam("title", "Strike")
                .post("/api/v1/articles").then().statusCode(200);
        services.verify(postRequestedFor(urlEqualTo("/api/v1/articles")).withRequestBody(equalToJson(
                "{\"source\":\"Metro Wire\",\"title\":\"Strike\",\"text\":\"Strike: 8,500 workers walked out.\"}",
                true, true)));
    }

    @Test
    void invalidSubmissionsAreRefusedAtTheDoor() {
        writer().contentType("application/json").body(Map.of("text", "no source")).post("/api/v1/articles").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("source"));
    }

    @Test
    void malformedParametersAreBadRequestsNotMissingResources() {
        for (String path : List.of("/api/v1/stories?size=abc", "/api/v1/articles?page=1.5",
                "/api/v1/stories?page=99999999999", "/api/v1/articles/not-a-uuid")) {
            reader().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", is("urn:corroborate:problem:malformed-parameter"))
                    .body("detail", containsString("malformed value"));
        }
        reader().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void problemsOfTheServicesBehindAreReissuedNotPassedThrough() {
        stubJson("/api/v1/stories/" + STORY, 404,
                "{\"type\":\"urn:corroborate:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"No story " + STORY + "\",\"instance\":\"/internal/path\"}");
        reader().get("/api/v1/stories/" + STORY).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No story " + STORY))
                .body("instance", equalTo("/api/v1/stories/" + STORY));
    }

    @Test
    void aFailingServiceIsServiceUnavailable() {
        stubJson("/api/v1/stories", 500, "boom");
        reader().get("/api/v1/stories").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("title", equalTo("Service unavailable"))
                .body("detail", not(containsString("boom")));
        services.stubFor(get(urlPathEqualTo("/api/v1/stories/" + STORY)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        reader().get("/api/v1/stories/" + STORY).then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void reportShowsFactsAsRowsAndEscapesWhatSourcesWrote() {
        stubStoryOfTwoSources("<script>alert(1)</script>", "\"subject\":\"Northwind\",\"predicate\":\"acquisition\","
                + "\"kind\":\"MONEY\",\"verdict\":\"COMPATIBLE\",\"sourceCount\":2,"
                + "\"summary\":\"1 source: $2.35 billion; 1 rounds to $2.4 billion\",\"claims\":["
                + claim("Harbor Times", "$2.35 billion", "EXACT", ",\"attribution\":{\"cue\":\"according to\","
                        + "\"source\":\"Bloomberg <i>News</i>\"}") + ","
                + claim("Metro Wire", "$2.4 billion", "ROUNDED", "") + "]");
        reader().accept("text/html").get("/api/v1/stories/" + STORY + "/report").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("COMPATIBLE"))
                .body(containsString("$2.4 billion"))
                .body(containsString("Metro Wire"))
                .body(containsString("according to Bloomberg &lt;i&gt;News&lt;/i&gt;"));
    }

    @Test
    void reportNamesAFactAboutNoOneByWhatItMeasures() {
        stubStoryOfTwoSources("Shooting", "\"predicate\":\"injuries\",\"kind\":\"COUNT\",\"verdict\":\"CONFLICT\","
                + "\"sourceCount\":2,\"summary\":\"1 source: 5 people; 1 says 6 people\",\"claims\":["
                + claim("Harbor Times", "5", "EXACT", "") + "," + claim("Metro Wire", "6", "DIFFERENT", "") + "]");
        reader().accept("text/html").get("/api/v1/stories/" + STORY + "/report").then().statusCode(200)
                .body(containsString("<td>injuries"))
                .body(not(containsString("<strong>—</strong>")));
    }

    /** A story of one fact told by Harbor Times and Metro Wire; {@code fact} is the fact's JSON after its id. */
    private void stubStoryOfTwoSources(String title, String fact) {
        stubJson("/api/v1/stories/" + STORY, 200, "{\"id\":\"" + STORY + "\",\"title\":\"" + title + "\","
                + "\"articleCount\":2,\"sourceCount\":2,\"factCount\":1,\"conflictCount\":0,\"articles\":["
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"Harbor Times\"},"
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"Metro Wire\"}]}");
        stubJson("/api/v1/stories/" + STORY + "/comparison", 200, "{\"storyId\":\"" + STORY + "\",\"facts\":[{"
                + "\"id\":\"" + UUID.randomUUID() + "\"," + fact + "}]}");
    }

    @Test
    void articlesOfAStoryIncludeThoseOfStoriesMergedIntoIt() {
        UUID merged = UUID.randomUUID();
        stubJson("/api/v1/stories/" + merged, 200, "{\"id\":\"" + STORY + "\",\"title\":\"Bridge\",\"articleCount\":2,"
                + "\"sourceCount\":2,\"factCount\":0,\"conflictCount\":0,\"articles\":[],"
                + "\"mergedFrom\":[\"" + merged + "\"]}");
        services.stubFor(get(urlPathEqualTo("/api/v1/articles")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));
        reader().get("/api/v1/articles?storyId=" + merged).then().statusCode(200);
        for (String id : List.of(STORY, merged.toString())) {
            services.verify(getRequestedFor(urlPathEqualTo("/api/v1/articles"))
                    .withQueryParam("storyId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)));
        }
    }

    @Test
    void anArticleNamesTheStoryItsStoryWasMergedInto() {
        UUID merged = UUID.randomUUID();
        UUID article = UUID.randomUUID();
        stubJson("/api/v1/stories/" + merged, 200, "{\"id\":\"" + STORY + "\",\"title\":\"Bridge\",\"articleCount\":2,"
                + "\"sourceCount\":2,\"factCount\":0,\"conflictCount\":0,\"articles\":[],"
                + "\"mergedFrom\":[\"" + merged + "\"]}");
        String placed = "{\"id\":\"" + article + "\",\"source\":\"Metro Wire\",\"status\":\"ANALYZED\","
                + "\"storyId\":\"" + merged + "\",\"text\":\"Bridge reopens.\"}";
        stubJson("/api/v1/articles/" + article, 200, placed);
        reader().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("storyId", equalTo(STORY))
                .body("text", equalTo("Bridge reopens."))
                .body("source", equalTo("Metro Wire"));
        services.stubFor(get(urlPathEqualTo("/api/v1/articles")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[" + placed.replace(",\"text\":\"Bridge reopens.\"", "")
                        + "],\"page\":0,\"size\":20,\"total\":1}")));
        reader().get("/api/v1/articles?storyId=" + merged).then().statusCode(200)
                .body("items[0].storyId", equalTo(STORY))
                .body("total", equalTo(1));
        // Analysis down: the article is still readable, with the story it was placed in.
        stubJson("/api/v1/stories/" + merged, 503, "{\"type\":\"about:blank\",\"title\":\"Unavailable\","
                + "\"status\":503}");
        reader().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("storyId", equalTo(merged.toString()));
        // Analysis slow: the article is served as placed within the lookup's one second, not the client's budget.
        services.stubFor(get(urlPathEqualTo("/api/v1/stories/" + merged)).willReturn(aResponse().withStatus(200)
                .withFixedDelay(4_000).withHeader("Content-Type", "application/json").withBody("{}")));
        long start = System.nanoTime();
        reader().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("storyId", equalTo(merged.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(millis < 3_000, "took " + millis + " ms");
    }

    @Test
    void indexPageListsStoriesWithLinksToTheirReports() {
        stubJson("/api/v1/stories", 200, "{\"items\":[{\"id\":\"" + STORY + "\",\"title\":\"Bridge <b>reopens</b>\","
                + "\"articleCount\":3,\"sourceCount\":3,\"factCount\":4,\"conflictCount\":1}],"
                + "\"page\":0,\"size\":50,\"total\":1}");
        given().accept("text/html").queryParam("api_key", "test-reader-key").get("/api/v1/stories/report").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("href=\"" + STORY + "/report?api_key=test-reader-key\""))
                .body(containsString("Bridge &lt;b&gt;reopens&lt;/b&gt;"));
    }

    @Test
    void aKeyInTheQueryIsOnlyTakenOnReportPages() {
        stubJson("/api/v1/stories", 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
        given().queryParam("api_key", "test-reader-key").get("/api/v1/stories").then().statusCode(401);
        given().queryParam("api_key", "test-writer-key").contentType("application/json")
                .body(Map.of("source", "X", "text", "y")).post("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void theOpenApiDocumentShowsTheRoleOfEachOperation() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("writer", doc.getString("paths.'/api/v1/articles'.post.x-corroborate-role"));
        assertEquals("reader", doc.getString("paths.'/api/v1/stories'.get.x-corroborate-role"));
        assertEquals("reader", doc.getString("paths.'/api/v1/analyze'.post.x-corroborate-role"));
        assertTrue(doc.getString("paths.'/api/v1/articles'.post.description").endsWith("Role: writer."));
    }

    @Test
    void aWriterKeyIsNeverTakenFromAUrl() {
        stubJson("/api/v1/stories", 200, "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
        given().accept("text/html").queryParam("api_key", "test-writer-key").get("/api/v1/stories/report").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("reader key"))
                .body("detail", not(containsString("test-writer-key")));
        writer().accept("text/html").get("/api/v1/stories/report").then().statusCode(200)
                .body(not(containsString("api_key")));
        // A writer's key beside a header key is never checked, so it is never written into the page's links.
        stubJson("/api/v1/stories", 200, "{\"items\":[{\"id\":\"" + STORY + "\",\"title\":\"Bridge reopens\","
                + "\"articleCount\":3,\"sourceCount\":3,\"factCount\":4,\"conflictCount\":1}],"
                + "\"page\":0,\"size\":50,\"total\":1}");
        reader().accept("text/html").queryParam("api_key", "test-writer-key").get("/api/v1/stories/report").then()
                .statusCode(200).body(containsString(STORY + "/report")).body(not(containsString("test-writer-key")));
    }

    @Test
    void declaredBodiesOverTheLimitAreRefusedAsProblems() {
        writer().contentType("application/json").body(new byte[13 * 1024 * 1024 - 512])
                .post("/api/v1/articles").then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    private static String claim(String source, String surface, String agreement, String more) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + source + "\",\"subject\":\"Northwind\","
                + "\"predicate\":\"acquisition\",\"value\":{\"kind\":\"MONEY\",\"amount\":2350000000},"
                + "\"quote\":{\"sentence\":\"It paid " + surface + " <b>now</b>.\",\"start\":8,\"end\":20,"
                + "\"surface\":\"" + surface + "\"},\"agreement\":\"" + agreement + "\"" + more + "}";
    }
}
