package io.corroborate.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Claim;

/** The day an article's opening says its event happened, and how it keeps two like incidents apart. */
class EventDayTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<Claim> claims(String text) {
        UUID article = UUID.randomUUID();
        return EXTRACTOR.extract(text).stream().map((ClaimDraft d) -> d.toClaim(UUID.randomUUID(), article, "A"))
                .toList();
    }

    @ParameterizedTest(name = "{0} (published {1})")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Two men were wounded in a shooting late Tuesday in Eastmoor, police said.   | 2024-03-06T04:52:00Z | 2024-03-05
            A fire gutted a bakery early Friday on Pell Street, officials said.         | 2024-03-08T15:00:00Z | 2024-03-08
            Police identified the man killed in the March 9 shooting at the lounge.     | 2024-03-12T10:00:00Z | 2024-03-09
            The council will meet again to discuss the budget, its chair said.          | 2024-03-12T10:00:00Z | null
            The congestion charge will start on April 1, the council said on Tuesday.  | 2024-03-06T10:00:00Z | null
            Sales fell 4% in the six months to September 30, the chain said.           | 2024-11-20T10:00:00Z | null
            The crew set off from the Canaries on January 5 and landed on Monday.      | 2024-02-06T10:00:00Z | null
            The motorway is shut from Friday until Monday, engineers said.              | 2024-03-09T10:00:00Z | null
            """)
    void readsTheDayItsOpeningNames(String text, String published, String day) {
        assertEquals(Optional.ofNullable(day).map(LocalDate::parse),
                EventDay.of(claims(text), OffsetDateTime.parse(published)));
    }

    @Test
    void anUndatedArticleHasNoEventDay() {
        assertTrue(EventDay.of(claims("Two men were wounded late Tuesday, police said."), null).isEmpty());
    }

    @Test
    void twoIncidentsOfOnePlaceOnOtherDaysLoseTheOtherDayPenalty() {
        String tuesday = "Two men were wounded in a drive-by shooting late Tuesday on Calloway Street in Eastmoor, "
                + "police said. Both were taken to Valley Regional.";
        String friday = "Two men were wounded in a drive-by shooting late Friday on Calloway Street in Eastmoor, "
                + "police said. Both were taken to Valley Regional.";
        OffsetDateTime wednesday = OffsetDateTime.parse("2024-03-06T08:00:00Z");
        OffsetDateTime saturday = OffsetDateTime.parse("2024-03-09T08:00:00Z");
        StorySignature first = StorySignature.ofArticle("Two shot in Eastmoor", tuesday)
                .withDay(EventDay.of(claims(tuesday), wednesday));
        StorySignature second = StorySignature.ofArticle("Two shot in Eastmoor", friday)
                .withDay(EventDay.of(claims(friday), saturday));
        StorySignature followUp = StorySignature.ofArticle("Victims named in Eastmoor shooting", tuesday)
                .withDay(EventDay.of(claims(tuesday), saturday));
        assertEquals(2, second.daysApart(first, 1)); // Tuesday and Friday: three days, one of slack
        assertEquals(0, followUp.daysApart(first, 1));
        StoryMatcher.Candidate story = new StoryMatcher.Candidate(UUID.randomUUID(), first, wednesday, wednesday);
        StoryMatcher matcher = new StoryMatcher(0.24, 0.0, 0.05);
        // The same words told of another day (Friday, three days from Tuesday) score the penalty less for each day
        // beyond the one of slack.
        StorySignature sameWordsOtherDay = StorySignature.ofArticle("Victims named in Eastmoor shooting", tuesday)
                .withDay(EventDay.of(claims(friday), saturday));
        double same = matcher.score(followUp, saturday, story, TermStatistics.empty());
        double other = matcher.score(sameWordsOtherDay, saturday, story, TermStatistics.empty());
        assertEquals(0.05 * 2, same - other, 1e-9);
        // The days survive the story's stored form.
        assertEquals(2, second.daysApart(StorySignature.decode(first.encode()), 1));
    }
}
