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
 * A report that arrived before the rest of its event, alone in a story, joins the story the later reports build once
 * it would be placed there. Merging on a bridging article and joining a lone best story under the threshold are
 * switched off here, so that only this can join them ({@link LoneStoryTest} tests the lone best story).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(StoryHealingTest.NoBridgingMerges.class)
class StoryHealingTest {

    /** No article scores high enough with two stories to merge them, nor joins under the threshold. */
    public static class NoBridgingMerges implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corroborate.stories.merge-threshold", "2", "corroborate.stories.lone-threshold", "1");
        }
    }

    private static final String DAY = "1999-05-11T10:00:00Z";

    @Test
    void aLoneEarlyReportJoinsTheStoryTheLaterReportsBuild() {
        // Other news of the day, so that the words of this event are rare among stories, as in any real feed.
        List.of("Orchard school choir wins the Marlow festival trophy with 48 singers from nine counties",
                "Granite quarry at Tillbury floods after the Wexe river bursts its banks near Brannock",
                "Ashgrove council votes to freeze parking charges at the market square for two years",
                "Kestrels beat Rovers 3-1 in the league final before a record crowd at Harbourside Stadium",
                "Museum of Lanford reopens its fossil gallery after a two-year restoration of the whale skeleton",
                "Drought forces Corvale water board to ban hosepipes as reservoirs fall to record lows")
                .forEach(other -> deliver(article("Daily Round", other, other + ". Officials gave details.", DAY)));
        // The early report shares little with the first full one (crane, Pellmouth); the third tells both: whichever
        // of the two it joins, the other, alone, now scores high enough with the story it grew.
        String early = deliver(article("Quay Gossip", "Dock horror at Quay Nine",
                "A giant crane collapsed onto Quay Nine at Pellmouth and crane driver Tomas Vell was hurt, stunned "
                        + "onlookers said.", DAY))
                .getString("storyId");
        String wire = deliver(article("Harbour Wire", "Container crane collapses at Pellmouth port",
                "A container crane collapsed at Pellmouth port on Tuesday, closing berth four. The Pellmouth Port "
                        + "Authority suspended loading and opened an investigation into the collapse.", DAY))
                .getString("storyId");
        assertNotEquals(early, wire, "the early report alone is not like the first full one");
        String ledger = deliver(article("Port Ledger", "Crane collapse on Quay Nine hurts driver Tomas Vell, shuts "
                + "Pellmouth berth", "Crane driver Tomas Vell was hurt when a giant container crane collapsed onto "
                        + "Quay Nine at Pellmouth port on Tuesday, closing berth four, stunned onlookers said. The "
                        + "Pellmouth Port Authority suspended loading and opened an investigation into the collapse.",
                DAY))
                .getString("storyId");

        // Whichever of the two the third joins, the one left alone now joins it: one story of three articles.
        String survivor = internal().get("/api/v1/stories/" + ledger).then().statusCode(200).extract().path("id");
        for (String placed : List.of(early, wire)) {
            JsonPath story = internal().get("/api/v1/stories/" + placed).then().statusCode(200).extract().jsonPath();
            assertEquals(survivor, story.getString("id"), "every report of the event ends in one story");
            assertEquals(3, story.getInt("articleCount"));
        }
    }
}
