package io.corroborate.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.corroborate.testing.DeclaredBody;
import io.restassured.specification.RequestSpecification;

/**
 * Hostile requests through the gateway to the real services: each gets a clear problem+json, and one bad item of a
 * batch spoils nothing.
 */
class HostileIT {

    private static Suite suite;

    @BeforeAll
    static void start() {
        suite = Suite.shared();
    }

    private static RequestSpecification writer() {
        return given().baseUri(suite.gatewayUrl()).header("X-API-Key", Suite.WRITER_KEY);
    }

    @Test
    void aDateThatIsNoDateIsAProblemNamingTheField() {
        writer().contentType("application/json")
                .body(Map.of("source", "Hostile", "text", "A deal worth $5 million.", "publishedAt", "yesterday-ish"))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("publishedAt"));
    }

    @Test
    void jsonNestedAHundredThousandDeepIsAProblem() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        // Not pretty-printed if it fails: indenting a body nested 100,000 deep would exhaust the test's memory.
        writer().config(io.restassured.RestAssured.config().logConfig(io.restassured.config.LogConfig.logConfig()
                .enablePrettyPrinting(false))).contentType("application/json").body(deep)
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBatchThatIsAnObjectIsAProblem() {
        writer().contentType("application/json").body(Map.of("source", "Hostile", "text", "x"))
                .post("/api/v1/articles/batch").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("array"));
    }

    @Test
    void aFortyMegabyteBodyIsAProblemWithTheLimit() throws java.io.IOException {
        String answer = DeclaredBody.post(suite.gatewayUrl(), "/api/v1/articles", Suite.WRITER_KEY, 40_000_000);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json") && answer.contains("bytes"), answer);
    }

    @Test
    void binaryBytesSentAsTextAreNotText() {
        byte[] junk = new byte[16 * 1024];
        new Random(11).nextBytes(junk);
        writer().contentType("text/plain").queryParam("source", "Hostile " + UUID.randomUUID()).body(junk)
                .post("/api/v1/articles").then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("not-text"));
    }

    @Test
    void aNulInOneItemsSourceSpoilsOnlyThatItem() {
        String good = "Harbor cranes worth $" + new Random().nextInt(1_000_000) + " were ordered by the port.";
        writer().contentType("application/json")
                .body(List.of(Map.of("source", "Bad\u0000Source", "text", "A deal worth $5 million."),
                        Map.of("source", "Good Source", "text", good)))
                .post("/api/v1/articles/batch").then().statusCode(200)
                .body("[0].status", equalTo(422)).body("[0].problem.detail", containsString("source"))
                .body("[1].status", equalTo(201)).body("[1].receipt.id", notNullValue());
    }

    @Test
    void aPageFarBeyondTheEndIsAProblemNotAnOutage() {
        writer().queryParam("page", 30_000_000).queryParam("size", 100).get("/api/v1/articles").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
