package io.corroborate.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Drives the whole product through the gateway, with each service a real process and a real PostgreSQL. */
class SliceIT {

    private static Suite suite;

    @BeforeAll
    static void start() {
        suite = Suite.shared();
    }

    static RequestSpecification writer() {
        return writer(suite);
    }

    static RequestSpecification writer(Suite suite) {
        return given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.WRITER_KEY);
    }

    static String submitSample(String file) throws IOException {
        return submit(suite, Files.readString(Suite.samples().resolve(file)));
    }

    /** Submits a JSON article and expects it to be new. */
    static String submit(Suite suite, String json) {
        return writer(suite).contentType("application/json").body(json)
                .post("/api/v1/articles").then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .extract().path("id");
    }

    static JsonPath awaitAnalyzed(String id) {
        return awaitAnalyzed(suite, id);
    }

    static JsonPath awaitAnalyzed(Suite suite, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath article = writer(suite).get("/api/v1/articles/" + id).then().statusCode(200).extract()
                    .jsonPath();
            if ("ANALYZED".equals(article.getString("status")) || Instant.now().isAfter(deadline)) {
                assertEquals("ANALYZED", article.getString("status"), "article " + id + " was not analysed in time");
                return article;
            }
            Suite.sleep(200);
        }
    }

    @Test
    void twoOutletsWithADifferingFigureAreComparedWithVerdictAndQuotes() throws IOException {
        JsonPath first = awaitAnalyzed(submitSample("01-harbor-times.json"));
        JsonPath second = awaitAnalyzed(submitSample("02-daily-ledger.json"));
        String story = first.getString("storyId");
        assertEquals(story, second.getString("storyId"), "both articles report one event");

        JsonPath comparison = writer().get("/api/v1/stories/" + story + "/comparison").then().statusCode(200)
                .extract().jsonPath();
        String deal = "facts.find { f -> f.claims.any { c -> c.quote.surface == '$2.4 billion' } }";
        assertEquals("COMPATIBLE", comparison.getString(deal + ".verdict"));
        assertEquals(2, comparison.getInt(deal + ".sourceCount"));
        List<Map<String, Object>> claims = comparison.getList(deal + ".claims");
        for (Map<String, Object> claim : claims) {
            @SuppressWarnings("unchecked")
            Map<String, Object> quote = (Map<String, Object>) claim.get("quote");
            assertTrue(((String) quote.get("sentence")).contains((String) quote.get("surface")));
        }
        assertTrue(comparison.getString(deal + ".summary").contains("$2.35 billion"));
        // Worded differently by each outlet, aligned into one fact each: "would add about 1,200 employees" and
        // "employs 1,200 people"; "a 31% premium to its closing share price" and "the offer represents a 31%
        // premium"; "founded in 2014" and "built the company ... in 2014".
        for (String surface : List.of("31%", "2014")) {
            String fact = "facts.find { f -> f.claims.any { c -> c.quote.surface == '" + surface + "' } }";
            assertEquals(2, comparison.getInt(fact + ".sourceCount"), surface + " stated by both outlets");
        }
        String staff = "facts.find { f -> f.claims.any { c -> c.quote.surface == '1,200' } }";
        assertEquals(2, comparison.getInt(staff + ".sourceCount"), "the headcount stated by both outlets");

        writer().get("/api/v1/articles?storyId=" + story).then().statusCode(200)
                .body("items.id", hasItems(first.getString("id"), second.getString("id")));
        writer().get("/api/v1/stories").then().statusCode(200).body("items.find { it.id == '" + story
                + "' }.sourceCount", equalTo(2));
        writer().accept("text/html").get("/api/v1/stories/" + story + "/report").then().statusCode(200)
                .body(containsString("$2.4 billion"));
    }

    @Test
    void anAnalysisOutageLosesNoArticle() throws Exception {
        suite.kill("analysis-service");
        String id = submitSample("05-harbor-times-strike.json");
        writer().get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        writer().get("/api/v1/stories").then().statusCode(503).contentType(containsString("problem+json"));
        suite.start("analysis-service");
        suite.awaitReady("analysis-service");
        awaitAnalyzed(id);
    }

    @Test
    void keysAreRequiredAndSwaggerUiIsPublic() {
        given().baseUri(suite.gatewayUrl()).get("/api/v1/stories").then().statusCode(401);
        given().baseUri(suite.gatewayUrl()).get("/q/swagger-ui/").then().statusCode(200);
        given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.READER_KEY).contentType("application/json")
                .body(Map.of("source", "X", "text", "y")).post("/api/v1/articles").then().statusCode(403);
    }

    @Test
    void analyzeThroughTheGatewayListsClaimsAndEveryQuantity() {
        String text = "The storm left 40,000 homes without power and dumped 12 inches of rain.";
        given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.READER_KEY).contentType("application/json")
                .body(Map.of("text", text)).post("/api/v1/analyze").then().statusCode(200)
                .body("quantities.quote.surface", contains("40,000", "12 inches"))
                .body("quantities.value.kind", contains("COUNT", "QUANTITY"))
                .body("quantities[1].quote.start", equalTo(text.indexOf("12 inches")))
                .body("claims.quote.surface", hasItem("40,000"));
    }

    @Test
    void analyzeReadsRelativeDatesAgainstThePublicationDay() {
        String text = "Governor Brewer vetoed the bill yesterday, a week after the legislature passed it.";
        given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.READER_KEY).contentType("application/json")
                .body(Map.of("text", text, "publishedAt", "2014-02-27T09:00:00-07:00")).post("/api/v1/analyze")
                .then().statusCode(200)
                .body("claims.find { it.quote.surface == 'yesterday' }.value.amount", equalTo(226))
                .body("claims.find { it.quote.surface == 'yesterday' }.value.unit", equalTo("2014"));
        given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.READER_KEY).contentType("application/json")
                .body(Map.of("text", text)).post("/api/v1/analyze").then().statusCode(200)
                .body("claims.quote.surface", not(hasItem("yesterday")));
    }
}
