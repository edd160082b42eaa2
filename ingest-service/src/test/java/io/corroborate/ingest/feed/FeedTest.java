package io.corroborate.ingest.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.corroborate.ingest.rest.IngestTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FeedTest extends IngestTestBase {

    @Inject
    FeedPoller poller;

    private String rss(String prefix) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Harbor Times</title><link>%1$s</link><description>News</description>
                <item><title>Port approves crane upgrade</title><link>%1$s/pages/%2$s-a.html</link>
                  <guid>%2$s-a</guid><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate></item>
                <item><title>Ferry fares rise</title><link>%1$s/pages/%2$s-b.html</link><guid>%2$s-b</guid>
                  <content:encoded><![CDATA[<p>Ferry fares will rise by 6%% in April, the operator said on Monday, \
                the first increase since 2019.</p><p>The operator carries 41,000 passengers a day and blamed fuel \
                costs for the %2$s change.</p>]]></content:encoded></item>
                </channel></rss>""".formatted(analysis.baseUrl(), prefix);
    }

    private void servePage(String path, String paragraph) {
        analysis.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html lang='en'><body><nav>Home | Sports</nav><article><p>" + paragraph
                        + "</p><p>Officials said the work should finish within two years of the start.</p>"
                        + "</article></body></html>")));
    }

    private JsonPath subscribe(String path, int expectedStatus) {
        return internal().contentType("application/json")
                .body(Map.of("url", analysis.baseUrl() + path, "source", "Feed Times " + path, "pollSeconds", 60))
                .post("/api/v1/feeds").then().statusCode(expectedStatus).extract().jsonPath();
    }

    @Test
    void newEntriesAreIngestedOnceAndUnchangedFeedsAreNotReread() throws InterruptedException {
        String prefix = UUID.randomUUID().toString();
        analysis.stubFor(get(urlEqualTo("/feeds/" + prefix + ".xml")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withHeader("ETag", "\"v1\"")
                .withBody(rss(prefix))));
        analysis.stubFor(get(urlEqualTo("/feeds/" + prefix + ".xml")).withHeader("If-None-Match",
                WireMock.equalTo("\"v1\"")).willReturn(aResponse().withStatus(304)));
        servePage("/pages/" + prefix + "-a.html", "The port approved a $90 million crane upgrade " + prefix + ".");
        analysis.stubFor(get(urlEqualTo("/pages/" + prefix + "-b.html")).willReturn(aResponse().withStatus(404)));

        String feedId = subscribe("/feeds/" + prefix + ".xml", 201).getString("id");
        JsonPath feed = awaitEntries(feedId, 2);
        assertEquals("ACTIVE", feed.getString("status"));

        String source = "Feed Times /feeds/" + prefix + ".xml";
        internal().get("/api/v1/articles?source=" + source).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", hasItems("Port approves crane upgrade", "Ferry fares rise"));

        poller.poll(UUID.fromString(feedId));
        analysis.verify(getRequestedFor(urlEqualTo("/feeds/" + prefix + ".xml"))
                .withHeader("If-None-Match", WireMock.equalTo("\"v1\"")));
        internal().get("/api/v1/articles?source=" + source).then().body("total", equalTo(2));
        assertEquals(feedId, subscribe("/feeds/" + prefix + ".xml", 200).getString("id"),
                "subscribing again answers the existing feed");
    }

    @Test
    void aBrokenFeedIsMarkedAndPausedNotRetriedInALoop() throws InterruptedException {
        String path = "/feeds/" + UUID.randomUUID() + ".xml";
        analysis.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withBody("<html>not a feed</html>")));
        String feedId = subscribe(path, 201).getString("id");
        // A new feed is due at once: the scheduler polls it first, and its failure pauses the feed.
        int first = awaitFailures(feedId);
        assertEquals(1, first, "the scheduler polled the new feed once");
        poller.poll(UUID.fromString(feedId));
        poller.poll(UUID.fromString(feedId));
        JsonPath feed = internal().get("/api/v1/feeds/" + feedId).then().statusCode(200).extract().jsonPath();
        assertEquals("BROKEN", feed.getString("status"));
        assertEquals(3, feed.getInt("failures"));
        Duration pause = Duration.between(Instant.now(), OffsetDateTime.parse(feed.getString("nextPollAt")));
        assertEquals(true, pause.toSeconds() > 60 * 4, "paused longer than the poll interval: " + pause);
        internal().get("/api/v1/feeds/" + feedId).then().body("lastError", containsString("feed"));
        Thread.sleep(2500); // more than two check intervals of the test profile: a paused feed is not polled again
        internal().get("/api/v1/feeds/" + feedId).then().body("failures", equalTo(3));
    }

    @Test
    void refusesFeedsOnPrivateAddresses() {
        internal().contentType("application/json")
                .body(Map.of("url", "http://10.0.0.8/rss.xml", "source", "Intranet", "pollSeconds", 300))
                .post("/api/v1/feeds").then().statusCode(422).body("type", endsWith("forbidden-address"));
    }

    @Test
    void deletedFeedsAreGone() {
        String path = "/feeds/" + UUID.randomUUID() + ".xml";
        analysis.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(404)));
        String feedId = subscribe(path, 201).getString("id");
        internal().delete("/api/v1/feeds/" + feedId).then().statusCode(204);
        internal().get("/api/v1/feeds/" + feedId).then().statusCode(404);
        internal().delete("/api/v1/feeds/" + feedId).then().statusCode(404);
    }

    /** The failures of a feed once it has at least one, within 20 seconds. */
    private int awaitFailures(String feedId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            int failures = internal().get("/api/v1/feeds/" + feedId).then().statusCode(200).extract().jsonPath()
                    .getInt("failures");
            if (failures > 0 || Instant.now().isAfter(deadline)) {
                return failures;
            }
            Thread.sleep(100);
        }
    }

    private JsonPath awaitEntries(String feedId, int entries) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            JsonPath feed = internal().get("/api/v1/feeds/" + feedId).then().statusCode(200).extract().jsonPath();
            if (feed.getInt("entriesSeen") >= entries || Instant.now().isAfter(deadline)) {
                assertEquals(entries, feed.getInt("entriesSeen"), "entries taken; last error " + feed.get("lastError"));
                return feed;
            }
            Thread.sleep(200);
        }
    }
}
