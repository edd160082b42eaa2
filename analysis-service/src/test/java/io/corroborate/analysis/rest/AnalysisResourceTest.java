package io.corroborate.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AnalysisResourceTest {

    static RequestSpecification internal() {
        return given().header("X-Corroborate-Internal", "test-internal-token").contentType("application/json");
    }

    /** Delivers one article as ingest does, in a batch of one; answers its result. */
    static JsonPath deliver(Map<String, Object> request) {
        JsonPath answer = deliverAll(List.of(request));
        assertEquals(null, answer.getString("outcomes[0].refused"));
        return new JsonPath(answer.prettify()).setRootPath("outcomes[0].result");
    }

    static JsonPath deliverAll(List<Map<String, Object>> requests) {
        return internal().body(Map.of("articles", requests)).post("/internal/v1/articles/batch").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void articlesOfOneEventShareAStoryAndTheirFiguresAreCompared() {
        String story = deliver(Samples.delivery("01-harbor-times.json", 1)).getString("storyId");
        assertEquals(story, deliver(Samples.delivery("02-daily-ledger.json", 1)).getString("storyId"));
        assertEquals(story, deliver(Samples.delivery("03-metro-wire.json", 1)).getString("storyId"));

        JsonPath comparison = internal().get("/api/v1/stories/" + story + "/comparison").then().statusCode(200)
                .extract().jsonPath();
        String deal = "facts.find { f -> f.claims.any { c -> c.quote.surface == '$2.4 billion' } }";
        assertEquals("MONEY", comparison.getString(deal + ".kind"));
        assertEquals("COMPATIBLE", comparison.getString(deal + ".verdict"));
        assertEquals(3, comparison.getInt(deal + ".sourceCount"));
        assertEquals(2350000000L, comparison.getLong(deal + ".consensus.amount"));
        List<String> agreements = comparison.getList(deal + ".claims.agreement");
        assertEquals(List.of("APPROXIMATE", "EXACT", "ROUNDED"), agreements.stream().sorted().toList());

        String premium = "facts.find { f -> f.kind == 'PERCENT' && f.claims.any { c -> c.quote.surface == '31%' } }";
        assertEquals("AGREE", comparison.getString(premium + ".verdict"));

        given().header("X-Corroborate-Internal", "test-internal-token").get("/api/v1/stories/" + story).then()
                .statusCode(200)
                .body("articleCount", equalTo(3))
                .body("sourceCount", equalTo(3))
                .body("factCount", greaterThan(1));
    }

    @Test
    void oneBatchPlacesEachArticleInOrderAndRefusesOnlyTheUnusableOne() {
        Map<String, Object> harbor = Samples.delivery("01-harbor-times.json", 7);
        Map<String, Object> broken = new java.util.HashMap<>(Samples.delivery("02-daily-ledger.json", 7));
        broken.remove("text");
        Map<String, Object> metro = Samples.delivery("03-metro-wire.json", 7);
        Map<String, Object> strike = Samples.delivery("05-harbor-times-strike.json", 7);
        JsonPath answer = deliverAll(List.of(harbor, broken, metro, harbor, strike));

        assertEquals(List.of(harbor.get("articleId"), broken.get("articleId"), metro.get("articleId"),
                harbor.get("articleId"), strike.get("articleId")).toString(),
                answer.getList("outcomes.articleId").toString());
        assertEquals("text is required", answer.getString("outcomes[1].refused"));
        assertEquals("urn:corroborate:problem:validation", answer.getString("outcomes[1].refusedType"));
        String story = answer.getString("outcomes[0].result.storyId");
        assertEquals(story, answer.getString("outcomes[2].result.storyId"));
        assertEquals(story, answer.getString("outcomes[3].result.storyId"));
        assertNotEquals(story, answer.getString("outcomes[4].result.storyId"));
        // The story was rebuilt once with both articles: counts and comparison see the whole batch.
        internal().get("/api/v1/stories/" + story).then().body("articleCount", equalTo(2))
                .body("sourceCount", equalTo(2));
        JsonPath comparison = internal().get("/api/v1/stories/" + story + "/comparison").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, comparison.getInt(
                "facts.find { f -> f.claims.any { c -> c.quote.surface == '$2.35 billion' } }.sourceCount"));
        // Delivered again: the same answers, nothing added.
        JsonPath again = deliverAll(List.of(metro, harbor));
        assertEquals(List.of(story, story), again.getList("outcomes.result.storyId"));
        internal().get("/api/v1/stories/" + story).then().body("articleCount", equalTo(2));
    }

    @Test
    void anEmptyOrOversizedBatchIsAProblem() {
        internal().body(Map.of("articles", List.of())).post("/internal/v1/articles/batch").then().statusCode(400)
                .contentType("application/problem+json");
        List<Map<String, Object>> many = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> Samples.delivery("01-harbor-times.json", 100 + i)).toList();
        internal().body(Map.of("articles", many)).post("/internal/v1/articles/batch").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void undatedArticlesJoinTheStoryOfTheirEventAndLeaveItsDatesAlone() {
        Map<String, Object> dated = article("Kessington Ledger", "Quillon Mining To Buy Ferrovale",
                "Quillon Mining agreed to buy the copper producer Ferrovale for $3.2 billion, the companies said. "
                        + "Ferrovale's Atacama mines employ 4,100 people.", "2003-05-06T09:00:00Z");
        String story = deliver(dated).getString("storyId");
        // Pasted texts: no date, no URL, the headline on the first line.
        for (String outlet : List.of("Borth Gazette", "Alder Wire")) {
            Map<String, Object> undated = article(outlet, null, "Quillon Mining Buys Ferrovale In $3.2 Billion "
                    + "Deal\n\nQuillon Mining will pay $3.2 billion for Ferrovale, whose Atacama copper mines employ "
                    + "4,100 people, in a deal announced by both companies.", null);
            assertEquals(story, deliver(undated).getString("storyId"));
        }
        Map<String, Object> other = article("Alder Wire", null, "Tram Drivers Strike In Velmont\n\nTram drivers in "
                + "Velmont walked out for 48 hours over pay, the drivers' union said.", null);
        assertNotEquals(story, deliver(other).getString("storyId"));
        internal().get("/api/v1/stories/" + story).then().statusCode(200).body("articleCount", is(3))
                .body("firstPublished", startsWith("2003-05-06")).body("lastPublished", startsWith("2003-05-06"));
    }

    static Map<String, Object> article(String source, String title, String text, String publishedAt) {
        Map<String, Object> request = new java.util.HashMap<>();
        request.put("articleId", java.util.UUID.randomUUID().toString());
        request.put("source", source);
        request.put("title", title);
        request.put("text", text);
        request.put("publishedAt", publishedAt);
        return request;
    }

    @Test
    void aRefusalSaysNothingOfTheDatabase() {
        Map<String, Object> request = new java.util.HashMap<>(Samples.delivery("01-harbor-times.json", 11));
        request.put("source", "Harbor\u0000Times");
        JsonPath answer = deliverAll(List.of(request));
        String reason = answer.getString("outcomes[0].refused");
        assertEquals("urn:corroborate:problem:unprocessable-value", answer.getString("outcomes[0].refusedType"));
        assertTrue(reason.contains("incident"), reason);
        assertFalse(reason.contains("ERROR") || reason.contains("byte sequence") || reason.contains("SQL"), reason);
    }

    @Test
    void aDifferentEventStartsAnotherStory() {
        String deal = deliver(Samples.delivery("01-harbor-times.json", 2)).getString("storyId");
        String strike = deliver(Samples.delivery("05-harbor-times-strike.json", 2)).getString("storyId");
        assertNotEquals(deal, strike);
        assertEquals(strike, deliver(Samples.delivery("06-daily-ledger-strike.json", 2)).getString("storyId"));
    }

    @Test
    void redeliveryAnswersTheFirstResultAndChangesNothing() {
        Map<String, Object> request = Samples.delivery("07-metro-wire-strike.json", 3);
        JsonPath first = deliver(request);
        int articles = internal().get("/api/v1/stories/" + first.getString("storyId")).then().extract()
                .path("articleCount");
        JsonPath again = deliver(request);
        assertEquals(first.getString("storyId"), again.getString("storyId"));
        assertEquals(first.getInt("claimCount"), again.getInt("claimCount"));
        internal().get("/api/v1/stories/" + first.getString("storyId")).then().body("articleCount",
                equalTo(articles));
    }

    @Test
    void claimsPointAtTheirExactPlaceInTheText() {
        Map<String, Object> request = Samples.delivery("02-daily-ledger.json", 4);
        deliver(request);
        String text = (String) request.get("text");
        List<Map<String, Object>> claims = internal().get("/api/v1/articles/" + request.get("articleId")
                + "/claims").then().statusCode(200).extract().jsonPath().getList("$");
        assertNotEquals(0, claims.size());
        for (Map<String, Object> claim : claims) {
            @SuppressWarnings("unchecked")
            Map<String, Object> quote = (Map<String, Object>) claim.get("quote");
            assertEquals(quote.get("surface"), text.substring((int) quote.get("start"), (int) quote.get("end")));
        }
    }

    @Test
    void analyzeFindsClaimsWithoutStoringAnything() {
        long before = internal().get("/api/v1/stories").then().extract().jsonPath().getLong("total");
        internal().body(Map.of("text", "Acme Corp. raised $45 million from investors, valuing it at about $1 billion."))
                .post("/api/v1/analyze").then()
                .statusCode(200)
                .body("claims.value.kind", hasItem("MONEY"))
                .body("claims.quote.surface", hasItem("$45 million"));
        assertEquals(before, internal().get("/api/v1/stories").then().extract().jsonPath().getLong("total"));
    }

    @Test
    void analyzeAlsoListsEveryQuantityAndWhetherAClaimStatesIt() {
        String text = "The storm left 40,000 homes without power on Friday and dumped 12 inches of rain.";
        JsonPath answer = internal().body(Map.of("text", text)).post("/api/v1/analyze").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("40,000", "12 inches"), answer.getList("quantities.quote.surface"));
        assertEquals(List.of(40000, 12), answer.getList("quantities.value.amount", Integer.class));
        assertEquals(List.of("COUNT", "QUANTITY"), answer.getList("quantities.value.kind"));
        assertTrue(answer.getList("claims.quote.surface").contains("Friday"), "a date is a claim, no quantity");
        List<Boolean> claimed = answer.getList("quantities.claimed");
        List<String> claims = answer.getList("claims.quote.surface");
        for (int i = 0; i < claimed.size(); i++) {
            String surface = answer.getString("quantities[" + i + "].quote.surface");
            assertEquals(claims.contains(surface), claimed.get(i), surface);
        }
        assertEquals(text.indexOf("12 inches"), answer.getInt("quantities[1].quote.start"));
        assertEquals(text.indexOf("12 inches") + "12 inches".length(), answer.getInt("quantities[1].quote.end"));
    }

    @Test
    void analyzeSaysWhatEachFigureMeasuresItsPeriodAndCondition() {
        internal().body(Map.of("text", "Helio's revenue was $410 million last year, up from $275 million a year "
                + "earlier. If regulators approve, the deal could reach $3 billion."))
                .post("/api/v1/analyze").then()
                .statusCode(200)
                .body("claims.find { it.quote.surface == '$410 million' }.measure", equalTo("revenue"))
                .body("claims.find { it.quote.surface == '$410 million' }.period", equalTo("last year"))
                .body("claims.find { it.quote.surface == '$275 million' }.measure", equalTo("revenue"))
                .body("claims.find { it.quote.surface == '$275 million' }.period", equalTo("a year earlier"))
                .body("claims.find { it.quote.surface == '$410 million' }.hypothetical", equalTo(false))
                .body("claims.find { it.quote.surface == '$3 billion' }.hypothetical", equalTo(true))
                // what only alignment needs stays inside the service
                .body("claims.find { it.quote.surface == '$410 million' }.context", equalTo(null))
                .body("claims.find { it.quote.surface == '$410 million' }.anchored", equalTo(null));
    }

    @Test
    void analyzeRecordsAttributionAndDenial() {
        internal().body(Map.of("text", "Orbital paid $2 billion for Kestrel Labs, according to Bloomberg. "
                + "Kestrel Labs denied that it took $3 billion."))
                .post("/api/v1/analyze").then()
                .statusCode(200)
                .body("claims.find { it.quote.surface == '$2 billion' }.attribution.cue", equalTo("according to"))
                .body("claims.find { it.quote.surface == '$2 billion' }.attribution.source", equalTo("Bloomberg"))
                .body("claims.find { it.quote.surface == '$2 billion' }.negated", equalTo(false))
                .body("claims.find { it.quote.surface == '$3 billion' }.negated", equalTo(true))
                .body("claims.find { it.quote.surface == '$3 billion' }.attribution", equalTo(null));
    }

    @Test
    void storedClaimsKeepTheirAttributionAndDeniedOnesStayOutOfFacts() {
        Map<String, Object> request = Samples.delivery("02-daily-ledger.json", 7);
        request.put("text", request.get("text") + "\n\nHarbor officials said the port moved 410,000 containers. "
                + "The port authority did not pay $75 million for the cranes.");
        String story = deliver(request).getString("storyId");
        JsonPath claims = internal().get("/api/v1/articles/" + request.get("articleId") + "/claims").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("said", claims.getString("find { it.quote.surface == '410,000' }.attribution.cue"));
        assertEquals("Harbor officials", claims.getString("find { it.quote.surface == '410,000' }.attribution.source"));
        assertEquals(true, claims.getBoolean("find { it.quote.surface == '$75 million' }.negated"));
        List<String> compared = internal().get("/api/v1/stories/" + story + "/comparison").then().statusCode(200)
                .extract().jsonPath().getList("facts.claims.flatten().quote.surface");
        assertEquals(true, compared.contains("410,000"), () -> "facts: " + compared);
        assertEquals(false, compared.contains("$75 million"), () -> "facts: " + compared);
    }

    /** An article in its own words, published on a day no other test uses. */
    static Map<String, Object> article(String source, String title, String text) {
        return Map.of("articleId", UUID.randomUUID().toString(), "source", source, "title", title,
                "publishedAt", "1999-03-0" + (1 + Math.abs(title.hashCode()) % 3) + "T10:00:00Z", "text", text);
    }

    @Test
    void anArticleThatBelongsToTwoStoriesMergesThem() {
        String quarry = deliver(article("Valley Courier", "Granite quarry flooded near Tillbury",
                "The Tillbury granite quarry flooded after the Wexe river burst its banks. Quarry owner Brannock "
                        + "Stone said pumps would run for 12 days. Granite shipments from Tillbury stopped."))
                .getString("storyId");
        String school = deliver(article("Hill Gazette", "Orchard school choir wins Marlow festival",
                "The Orchard school choir won the Marlow festival trophy with 48 singers. Choir director Ysolde "
                        + "Penhallow praised the singers. The Marlow festival drew choirs from nine counties."))
                .getString("storyId");
        assertNotEquals(quarry, school);

        JsonPath both = deliver(article("County Post", "Flooded Tillbury quarry and Orchard choir at Marlow festival",
                "The Tillbury granite quarry flooded after the Wexe river burst its banks; Brannock Stone pumps run "
                        + "for 12 days and granite shipments stopped. The Orchard school choir won the Marlow festival "
                        + "trophy with 48 singers under director Ysolde Penhallow, before choirs from nine counties."));
        String survivor = both.getString("storyId");
        String merged = survivor.equals(quarry) ? school : quarry;
        assertEquals(true, survivor.equals(quarry) || survivor.equals(school), "joins one of the two stories");

        JsonPath story = internal().get("/api/v1/stories/" + merged).then().statusCode(200).extract().jsonPath();
        assertEquals(survivor, story.getString("id"), "a merged story's id answers with the survivor");
        assertEquals(3, story.getInt("articleCount"));
        assertEquals(List.of(merged), story.getList("mergedFrom"));
        internal().get("/api/v1/stories/" + merged + "/comparison").then().statusCode(200)
                .body("storyId", equalTo(survivor));
        internal().get("/api/v1/stories/" + survivor).then().body("sourceCount", equalTo(3));
    }

    @Test
    void rejectsCallsWithoutTheInternalCredential() {
        given().get("/api/v1/stories").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("articles", List.of(Samples.delivery("01-harbor-times.json",
                6)))).post("/internal/v1/articles/batch").then().statusCode(401);
    }

    @Test
    void everyPageOfTheStoryListTellsTheSameTotal() {
        deliver(Samples.delivery("05-harbor-times-strike.json", 8));
        deliver(Samples.delivery("01-harbor-times.json", 9));
        long total = internal().get("/api/v1/stories?size=100").then().extract().jsonPath().getLong("total");
        assertEquals(total, internal().get("/api/v1/stories?size=1").then().extract().jsonPath().getLong("total"));
        assertEquals(total, internal().get("/api/v1/stories?size=1&page=" + (total - 1)).then().extract().jsonPath()
                .getLong("total"));
        assertEquals(total, internal().get("/api/v1/stories?size=100&page=3").then().extract().jsonPath()
                .getLong("total"));
        assertEquals(0, internal().get("/api/v1/stories?size=100&page=3").then().extract().jsonPath()
                .getList("items").size());
    }

    @Test
    void unknownStoryIsProblemNotFound() {
        internal().get("/api/v1/stories/" + UUID.randomUUID() + "/comparison").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(equalTo(null)));
    }

    @Test
    void analyzeRejectsBlankText() {
        internal().body(Map.of("text", " ")).post("/api/v1/analyze").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
    }
}
