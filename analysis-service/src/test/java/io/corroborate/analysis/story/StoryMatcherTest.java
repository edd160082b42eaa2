package io.corroborate.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    private static final StorySignature DEAL = StorySignature.ofArticle("Orbital agrees to buy Kestrel Labs",
            "Orbital Systems agreed to acquire Kestrel Labs for $3.1 billion. Kestrel, founded in 2011, makes "
                    + "satellite radios. Orbital chief executive Ana Ruiz said the Kestrel deal closes in June.");
    private static final StorySignature SAME_DEAL = StorySignature.ofArticle("Kestrel Labs sold to Orbital",
            "Kestrel Labs will be sold to Orbital Systems for about $3 billion, the companies said. Ruiz called "
                    + "Kestrel's radios the missing piece of Orbital's network.");
    private static final StorySignature FLOOD = StorySignature.ofArticle("River floods Lowtown",
            "The Amber River burst its banks in Lowtown on Sunday, flooding 400 homes. Mayor Eli Park opened "
                    + "shelters in the Lowtown schools.");

    @Test
    void anArticleJoinsTheStoryOfItsEvent() {
        UUID deal = UUID.randomUUID();
        UUID flood = UUID.randomUUID();
        List<StoryMatcher.Candidate> stories = List.of(new StoryMatcher.Candidate(deal, DEAL),
                new StoryMatcher.Candidate(flood, FLOOD));
        assertEquals(deal, new StoryMatcher(0.3).match(SAME_DEAL, stories).orElseThrow());
    }

    @Test
    void anUnrelatedArticleStartsANewStory() {
        assertTrue(new StoryMatcher(0.3).match(FLOOD, List.of(new StoryMatcher.Candidate(UUID.randomUUID(), DEAL)))
                .isEmpty());
    }

    @Test
    void signaturesSurviveTheirTextForm() {
        StorySignature merged = StorySignature.empty().merge(DEAL);
        assertEquals(1.0, StorySignature.decode(merged.encode()).similarity(merged), 1e-3);
    }
}
