package io.corroborate.ingest.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest extends IngestTestBase {

    @Test
    void controlCharactersAndNulBytesNeverReachTheDatabase() {
        String id = submit(Map.of("source", "Junk", "text", unique("Prices rose\u0000 by 4% \u0007in May\u001b.")))
                .statusCode(201).extract().path("id");
        internal().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("text", not(containsString("\u0000")))
                .body("text", containsString("4%"));
    }

    @Test
    void oversizedBodiesAreProblemsWhetherDeclaredOrChunked() throws java.io.IOException {
        String base = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        for (String answer : java.util.List.of(
                io.corroborate.testing.DeclaredBody.post(base, "/api/v1/articles", "-", 40_000_000),
                io.corroborate.testing.DeclaredBody.postChunked(base, "/api/v1/articles", "-", 40_000_000))) {
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("application/problem+json"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("bytes"), answer);
        }
    }

    @Test
    void noSpellingOfAnApiPathPassesWithoutTheInternalCredential() throws java.io.IOException {
        submit(Map.of("source", "Spelling", "text", unique("The council approved 12 new homes."))).statusCode(201);
        String base = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        for (String target : java.util.List.of("/api/v1/articles", "//api/v1/articles", "///api/v1/articles",
                "/api/v1/../api/v1/articles", "/./api/v1/articles", "/x/../api/v1/articles", "/%61pi/v1/articles",
                "/api%2Fv1%2Farticles", "/api/v1/articles;", "/api/v1/articles;x=1", "/api/v1/articles/",
                "/api//v1/articles", "/API/v1/articles", "/internal/v1/articles/batch", "//internal/v1/articles/batch",
                "/q/../api/v1/articles", "/q/health/../../api/v1/articles")) {
            int status = io.corroborate.testing.RawRequest.status(base, target);
            org.junit.jupiter.api.Assertions.assertTrue(status == 401 || status == 404 || status == 400
                    || status == 405, target + " answered " + status + " without the internal credential");
        }
    }

    @Test
    void binaryBytesSentAsPlainTextAreNotText() {
        byte[] junk = new byte[16 * 1024];
        new Random(3).nextBytes(junk);
        String source = "Binary " + java.util.UUID.randomUUID();
        internal().contentType("text/plain").queryParam("source", source).body(junk).post("/api/v1/articles").then()
                .statusCode(415).contentType("application/problem+json");
        // The same bytes decoded by a client and sent as JSON text.
        internal().contentType("application/json").body(Map.of("source", source, "text",
                new String(junk, java.nio.charset.StandardCharsets.UTF_8))).post("/api/v1/articles").then()
                .statusCode(422).contentType("application/problem+json").body("type", containsString("not-text"));
        internal().get("/api/v1/articles?source=" + source).then().body("total", equalTo(0));
    }

    @Test
    void aControlCharacterInAnyFieldSpoilsOnlyItsItem() {
        String good = unique("The port ordered four cranes worth $31 million from a Finnish maker.");
        internal().contentType("application/json")
                .body(java.util.List.of(Map.of("source", "Nul\u0000Source", "text", "A deal worth $5 million."),
                        Map.of("source", "Tidy", "title", "Bell\u0007", "text", "A deal worth $6 million."),
                        Map.of("source", "Good", "text", good)))
                .post("/api/v1/articles/batch").then().statusCode(200)
                .body("[0].status", equalTo(422)).body("[0].problem.errors[0].field", equalTo("source"))
                .body("[1].status", equalTo(422)).body("[1].problem.errors[0].field", equalTo("title"))
                .body("[2].status", equalTo(201));
    }

    @Test
    void aDateNoStoreKeepsIsTheItemsProblemAndNothingIsStored() {
        long before = internal().get("/api/v1/articles?size=1").then().extract().jsonPath().getLong("total");
        String good = unique("The county approved a $12 million levee repair on Monday after a long debate.");
        internal().contentType("application/json")
                .body(java.util.List.of(Map.of("source", "Far", "publishedAt", "+300000-01-01T00:00:00Z",
                        "text", unique("A deal worth $7 million was signed by the two firms.")),
                        Map.of("source", "Good", "text", good)))
                .post("/api/v1/articles/batch").then().statusCode(200)
                .body("[0].status", equalTo(400)).body("[0].problem.errors[0].field", equalTo("publishedAt"))
                .body("[1].status", equalTo(201));
        internal().get("/api/v1/articles?size=1").then().body("total", equalTo((int) before + 1));
    }

    @Test
    void aPageBeyondAnyListIsAProblem() {
        internal().get("/api/v1/articles?page=30000000&size=100").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aCanonicalUrlLongerThanAUrlMayBeIsIgnored() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://ledger.example/" + "a".repeat(3000)
                + "\"></head><body><article><p>" + unique("The harbor board approved a budget of $84 million for "
                + "dredging on Tuesday, its largest in a decade, after a vote of five to two.") + "</p></article>"
                + "</body></html>";
        String id = submit(Map.of("source", "Long Url", "html", html)).statusCode(201).extract().path("id");
        internal().get("/api/v1/articles/" + id).then().statusCode(200).body("url", equalTo(null));
    }

    @Test
    void aPageThatDripsSlowerThanTheBudgetIsRefusedInTime() {
        analysis.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/slow-page").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body><article><p>" + "A slow page. ".repeat(200) + "</p></article></body>"
                                + "</html>")
                        .withChunkedDribbleDelay(20, 30_000)));
        long start = System.nanoTime();
        submit(Map.of("source", "Slow", "url", "http://localhost:" + analysis.port() + "/slow-page"))
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("within"));
        double seconds = (System.nanoTime() - start) / 1e9;
        org.junit.jupiter.api.Assertions.assertTrue(seconds < 12, "took " + seconds + " s");
    }

    @Test
    void scriptOnlyHtmlIsUnprocessable() {
        submit(Map.of("source", "Junk", "html", "<html><script>var x = 1;</script><style>p{}</style></html>"))
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void binaryJunkBodiesAreRefusedCleanly() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        internal().contentType("application/json").body(junk).post("/api/v1/articles").then()
                .statusCode(400)
                .contentType("application/problem+json");
        internal().contentType("application/octet-stream").body(junk).post("/api/v1/articles").then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        internal().contentType("application/json").body("{\"source\":\"X\",\"text\":\"y\",\"extra\":" + deep + "}")
                .post("/api/v1/articles").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void oversizedTextIsRefusedAndNothingIsStored() {
        String source = "Huge " + java.util.UUID.randomUUID();
        submit(Map.of("source", source, "text", "word ".repeat(210_000)))
                .statusCode(400)
                .contentType("application/problem+json");
        internal().get("/api/v1/articles?source=" + source).then().body("total", equalTo(0));
    }

    @Test
    void overlongFieldsAreRefusedWithTheFieldNamed() {
        submit(Map.of("source", "S".repeat(201), "text", "Some text."))
                .statusCode(400)
                .body("errors[0].field", equalTo("source"))
                .body("errors.size()", lessThan(3));
    }

    @Test
    void nearDuplicatesAreStoredAndMarked() {
        String body = unique("Ferry operator Blue Sound will raise fares by 6% in April, its first increase since "
                + "2019. The company carries 41,000 passengers a day between the islands and the mainland, and "
                + "blamed the rise on fuel costs that have climbed for three years. Passenger groups said they "
                + "would ask the regional council to block the change before it takes effect next month.");
        String original = submit(Map.of("source", "Island News", "text", body)).statusCode(201).extract().path("id");
        submit(Map.of("source", "Coast Wire", "text", "By Coast Wire staff. " + body))
                .statusCode(201)
                .body("duplicateOf", equalTo(original));
    }

    @Test
    void languageIsDetectedWhenNotGiven() {
        String id = submit(Map.of("source", "Le Quotidien", "text", unique("Le conseil municipal a voté mardi un "
                + "budget de 12 millions d'euros pour rénover les écoles de la ville, une hausse de 8 % par "
                + "rapport à l'an dernier."))).statusCode(201).extract().path("id");
        internal().get("/api/v1/articles/" + id).then().body("language", equalTo("fr"));
    }
}
