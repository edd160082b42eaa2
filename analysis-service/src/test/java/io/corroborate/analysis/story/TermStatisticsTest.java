package io.corroborate.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermStatisticsTest {

    private static StorySignature story(String text) {
        return StorySignature.empty().merge(StorySignature.ofArticle("", text));
    }

    @Test
    void rebuiltFromStoredStoriesEqualsKeptOnline() {
        List<StorySignature> stories = List.of(story("Orbital bought Kestrel Labs."),
                story("The Amber River flooded Lowtown."), story("Kestrel radios sold out in Lowtown."));
        TermStatistics online = TermStatistics.empty();
        stories.forEach(s -> online.replace(StorySignature.empty(), s));
        TermStatistics rebuilt = TermStatistics.of(stories);
        assertEquals(3, rebuilt.documents());
        for (String term : List.of("kestrel", "lowtown", "amber", "radio", "absent")) {
            assertEquals(online.idf(term, false), rebuilt.idf(term, false), 1e-12, term);
            assertEquals(online.idf(term, true), rebuilt.idf(term, true), 1e-12, term);
        }
    }

    @Test
    void idfIsTheSmoothedLogarithmAtAnyCollectionSize() {
        List<StorySignature> stories = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            stories.add(story(i % 3 == 0 ? "Lowtown flooded again." : "Orbital bought part " + i + " of Kestrel."));
        }
        TermStatistics stats = TermStatistics.of(stories);
        int lowtown = (5_000 + 2) / 3;
        assertEquals(Math.log(5_000.0 / (1 + lowtown)) + 1, stats.idf("lowtown", false), 1e-12);
        assertEquals(Math.log(5_000.0 / lowtown) + 1, stats.idf("lowtown", true), 1e-12);
        assertEquals(Math.log(5_000.0) + 1, stats.idf("unseen", false), 1e-12);
        assertTrue(stats.idf("kestrel", false) < stats.idf("lowtown", false));
    }

    @Test
    void aStoryLeavingATermLowersItsCount() {
        StorySignature before = story("Orbital bought Kestrel.");
        TermStatistics stats = TermStatistics.of(List.of(before, story("Kestrel radios.")));
        double shared = stats.idf("orbital", false);
        stats.replace(before, StorySignature.decode("kestrel 10.000\n"));
        assertEquals(2, stats.documents());
        assertTrue(stats.idf("orbital", false) > shared);
    }
}
