package io.corroborate.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class ArticleResourceTest extends IngestTestBase {

    @Test
    void storesTextAndAnswersCreatedWithLocation() {
        String id = submit(Map.of("source", "Harbor Times", "title", "Deal agreed",
                "text", unique("Northwind agreed to buy Helio for $2.35 billion.")))
                .statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("status", notNullValue())
                .extract().path("id");
        internal().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("source", equalTo("Harbor Times"))
                .body("title", equalTo("Deal agreed"))
                .body("text", containsString("$2.35 billion"));
    }

    @Test
    void sameTextAgainAnswersTheExistingArticle() {
        String text = unique("The union is demanding a 14% raise over three years.");
        String id = submit(Map.of("source", "Metro Wire", "text", text)).statusCode(201).extract().path("id");
        submit(Map.of("source", "Metro Wire", "text", "  " + text.toUpperCase().replace(" ", "   ") + "  "))
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void sameUrlAnswersTheExistingArticle() {
        String url = "https://news.example/story/" + UUID.randomUUID();
        String id = submit(Map.of("source", "Metro Wire", "url", url, "text", unique("First version.")))
                .statusCode(201).extract().path("id");
        submit(Map.of("source", "Metro Wire", "url", url + "?utm_source=feed#top", "text", unique("Edited.")))
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void concurrentSubmissionsOfOneArticleCreateOneRecord() throws Exception {
        Map<String, Object> body = Map.of("source", "Harbor Times", "text", unique("Twelve copies at once."));
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 12; i++) {
            Thread thread = new Thread(() -> {
                ExtractableResponse<Response> response = submit(body).extract();
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one submission creates");
        assertEquals(11, statuses.stream().filter(s -> s == 200).count());
        assertEquals(1, ids.stream().distinct().count(), "every answer names the same article");
    }

    @Test
    void rejectsMissingSourceWithTheFieldNamed() {
        submit(Map.of("text", "Some text."))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItem("source"));
    }

    @Test
    void rejectsBothHtmlAndText() {
        submit(Map.of("source", "X", "text", "a", "html", "<p>b</p>"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("html"));
    }

    @Test
    void rejectsMalformedJsonWithoutLeakingInternals() {
        internal().contentType("application/json").body("{\"source\": \"X\", \"text\": ")
                .post("/api/v1/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("jackson")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void rejectsCallsWithoutTheInternalCredential() {
        given().contentType("application/json").body(Map.of("source", "X", "text", "y"))
                .post("/api/v1/articles").then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("X-Corroborate-Internal", "wrong").get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void extractsTheArticleFromHtml() {
        String html = "<html><head><title>Port expands | Harbor Times</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/sports'>Sports</a></nav><article>"
                + "<p>The port authority approved a $90 million crane upgrade on Tuesday, its largest in a decade.</p>"
                + "<p>Work starts in May and should finish within two years, officials said at the meeting.</p>"
                + "<p>" + UUID.randomUUID() + " is the reference of the decision published by the authority.</p>"
                + "</article><footer>Copyright Harbor Times</footer></body></html>";
        String id = submit(Map.of("source", "Harbor Times", "html", html)).statusCode(201).extract().path("id");
        internal().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("text", containsString("$90 million crane upgrade"))
                .body("text", not(containsString("Sports")))
                .body("text", not(containsString("Copyright")));
    }

    @Test
    void refusesToFetchPrivateAddresses() {
        submit(Map.of("source", "X", "url", "http://127.0.0.1:9/admin"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("forbidden-address"));
    }

    @Test
    void batchAnswersEachItemInOrder() {
        List<Map<String, Object>> batch = List.of(
                Map.of("source", "A", "text", unique("Batch item one.")),
                Map.of("text", "no source"),
                Map.of("source", "B", "text", unique("Batch item three.")));
        internal().contentType("application/json").body(batch).post("/api/v1/articles/batch").then()
                .statusCode(200)
                .body("[0].status", equalTo(201))
                .body("[1].status", equalTo(400))
                .body("[1].problem.errors.field", hasItem("source"))
                .body("[2].status", equalTo(201));
    }

    @Test
    void aBatchThatRepeatsAnArticleOrAStoredOneStoresItOnce() {
        String stored = unique("Stored before the batch.");
        String storedId = submit(Map.of("source", "A", "text", stored)).statusCode(201).extract().path("id");
        String repeated = unique("Twice in one batch.");
        List<Map<String, Object>> batch = List.of(
                Map.of("source", "A", "text", repeated),
                Map.of("source", "B", "text", stored),
                Map.of("source", "C", "text", repeated));
        List<Map<String, Object>> results = internal().contentType("application/json").body(batch)
                .post("/api/v1/articles/batch").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of(201, 200, 200), results.stream().map(r -> r.get("status")).toList());
        assertEquals(storedId, ((Map<?, ?>) results.get(1).get("receipt")).get("id"));
        assertEquals(((Map<?, ?>) results.get(0).get("receipt")).get("id"),
                ((Map<?, ?>) results.get(2).get("receipt")).get("id"));
    }

    @Test
    void aPlainTextStartingWithAHeadlineHasThatTitleUnlessTheCallerGaveOne() {
        String text = "Harbor Authority Approves New Terminal\n" + unique("The board voted on Tuesday.");
        String id = submit(Map.of("source", "Harbor Times", "text", text)).statusCode(201).extract().path("id");
        internal().get("/api/v1/articles/" + id).then().body("title", equalTo("Harbor Authority Approves New Terminal"));
        String given = "Dock Board Votes\n" + unique("The board voted on Wednesday.");
        String other = submit(Map.of("source", "Harbor Times", "title", "Terminal vote", "text", given))
                .statusCode(201).extract().path("id");
        internal().get("/api/v1/articles/" + other).then().body("title", equalTo("Terminal vote"));
    }

    @Test
    void listsArticlesBySourceWithoutText() {
        String source = "Source " + UUID.randomUUID();
        submit(Map.of("source", source, "text", unique("Listed article.")));
        internal().get("/api/v1/articles?source=" + source).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].source", equalTo(source))
                .body("items[0].text", equalTo(null));
    }

    @Test
    void unknownArticleIsProblemNotFound() {
        internal().get("/api/v1/articles/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
