package io.corroborate.analysis.rest;

import static io.corroborate.analysis.rest.AnalysisResourceTest.article;
import static io.corroborate.analysis.rest.AnalysisResourceTest.deliver;
import static io.corroborate.analysis.rest.AnalysisResourceTest.internal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * An article whose best story stands alone and agrees in its days joins it under the threshold: a tabloid's take on
 * an event, worded its own way. The thresholds are set so that only this rule can join anything (no article reaches
 * the join threshold, none merges), with the lone threshold low enough for words this short.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(LoneStoryTest.OnlyLoneJoins.class)
class LoneStoryTest {

    /** Joining needs a near-identical article; a lone best story of agreeing days needs far less. */
    public static class OnlyLoneJoins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corroborate.stories.match-threshold", "0.95", "corroborate.stories.undated-threshold",
                    "0.95", "corroborate.stories.merge-threshold", "2", "corroborate.stories.lone-threshold", "0.10",
                    "corroborate.stories.lone-margin", "0.05");
        }
    }

    private static final String DAY = "1987-07-14T10:00:00Z";
    private static final String WIRE_TEXT = "A container crane collapsed at Pellmouth port on Tuesday, closing berth "
            + "four. The Pellmouth Port Authority suspended loading and opened an investigation into the collapse.";

    private static String storyOf(String source, String title, String text, String publishedAt) {
        return deliver(article(source, title, text, publishedAt)).getString("storyId");
    }

    @Test
    void aTabloidTakeOfTheSameDaysJoinsTheOneStoryItIsLikeAndNoOther() {
        List.of("Orchard school choir wins the Marlow festival trophy with 48 singers from nine counties",
                "Granite quarry at Tillbury floods after the Wexe river bursts its banks near Brannock",
                "Ashgrove council votes to freeze parking charges at the market square for two years")
                .forEach(other -> storyOf("Daily Round", other, other + ". Officials gave details.", DAY));
        String wire = storyOf("Harbour Wire", "Container crane collapses at Pellmouth port", WIRE_TEXT, DAY);

        String tabloid = storyOf("Quay Gossip", "DOCK HORROR!", "A giant crane came crashing down at Pellmouth port "
                + "on Tuesday and stunned dockers ran for their lives, witnesses said.", DAY);
        assertEquals(wire, tabloid, "its words point to the crane story and no other, on the same day");
    }

    @Test
    void aTabloidTakeThatCameFirstJoinsTheStoryOnceItHasGrown() {
        List.of("Orchard school choir wins the Marlow festival trophy with 48 singers from nine counties",
                "Granite quarry at Tillbury floods after the Wexe river bursts its banks near Brannock",
                "Ashgrove council votes to freeze parking charges at the market square for two years")
                .forEach(other -> storyOf("Daily Round", other, other + ". Officials gave details.",
                        "1987-08-19T10:00:00Z"));
        String tabloid = storyOf("Quay Gossip", "HARBOUR HORROR!", "A giant gantry crane came crashing down at "
                + "Selwick harbour on Tuesday and stunned dockers ran for their lives, witnesses said.",
                "1987-08-18T10:00:00Z");
        // Pasted without a date, the wire's report is never taken under the threshold: it starts a story of its
        // own, which a report of the tabloid's day, told in the wire's words, joins.
        String text = "A gantry crane toppled onto a moored feeder ship at Selwick harbour, shutting the north "
                + "basin. The Selwick Harbour Board halted unloading and called in marine surveyors.";
        String wire = storyOf("Harbour Wire", "Gantry crane topples at Selwick harbour", text, null);
        assertNotEquals(tabloid, wire, "an undated report joins no story under the threshold");
        String ledger = storyOf("Port Ledger", "Gantry crane topples at Selwick harbour", text,
                "1987-08-18T16:00:00Z");
        assertEquals(wire, ledger);

        // Placed afresh now, the tabloid's take would join the grown story: its one lone best, of agreeing days.
        JsonPath story = internal().get("/api/v1/stories/" + tabloid).then().statusCode(200).extract().jsonPath();
        assertEquals(wire, story.getString("id"), "the early take heals into the story the later reports built");
        assertEquals(3, story.getInt("articleCount"));
    }

    @Test
    void anUndatedTakeOrOneOfOtherDaysNeedsTheThreshold() {
        String wire = storyOf("Harbour Wire", "Container crane collapses at Harrowby port",
                WIRE_TEXT.replace("Pellmouth", "Harrowby"), "1987-03-10T10:00:00Z");
        String undated = storyOf("Quay Gossip", "DOCK HORROR!", "A giant crane came crashing down at Harrowby port "
                + "and stunned dockers ran for their lives, witnesses said.", null);
        assertNotEquals(wire, undated, "an undated take could be of any time: the threshold stands");
        String later = storyOf("Quay Gossip", "CRANE HORROR AGAIN!", "A giant crane came crashing down at Harrowby "
                + "port and stunned dockers ran for their lives, witnesses said.", "1987-03-15T10:00:00Z");
        assertNotEquals(wire, later, "five days after the story, the days disagree: the threshold stands");
    }
}
