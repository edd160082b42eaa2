package io.corroborate.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
    void anArticleStrongWithTwoStoriesNamesTheOtherForMerging() {
        UUID deal = UUID.randomUUID();
        UUID again = UUID.randomUUID();
        UUID flood = UUID.randomUUID();
        List<StoryMatcher.Candidate> stories = List.of(
                new StoryMatcher.Candidate(deal, StorySignature.empty().merge(DEAL)),
                new StoryMatcher.Candidate(again, StorySignature.empty().merge(SAME_DEAL)),
                new StoryMatcher.Candidate(flood, StorySignature.empty().merge(FLOOD)));
        StorySignature both = StorySignature.empty().merge(DEAL).merge(SAME_DEAL);
        StoryMatcher.Match match = new StoryMatcher(0.3).place(both, null, stories, TermStatistics.empty(), 0.3)
                .orElseThrow();
        assertTrue(match.story().equals(deal) || match.story().equals(again));
        assertEquals(List.of(match.story().equals(deal) ? again : deal), match.merged());
        assertTrue(new StoryMatcher(0.3).place(both, null, stories, TermStatistics.empty(), 2.0).orElseThrow()
                .merged().isEmpty(), "no merge below the merge threshold");
    }

    @Test
    void storiesCombineTheirWeights() {
        StorySignature deal = StorySignature.empty().merge(DEAL);
        StorySignature flood = StorySignature.empty().merge(FLOOD);
        StorySignature combined = deal.combine(flood);
        assertTrue(combined.similarity(deal) > 0.5 && combined.similarity(flood) > 0.5);
        TermStatistics statistics = TermStatistics.of(List.of(deal, flood));
        statistics.remove(flood);
        assertEquals(1, statistics.documents());
    }

    @Test
    void signaturesSurviveTheirTextForm() {
        StorySignature merged = StorySignature.empty().merge(DEAL);
        assertEquals(1.0, StorySignature.decode(merged.encode()).similarity(merged), 1e-3);
    }

    private static final StorySignature SOLAR_FARM = StorySignature.ofArticle(
            "Councillors approve 280MW solar farm at Tarrow Fen", "Councillors in East Morland on Tuesday night approved "
                    + "plans for a 280-megawatt solar farm covering 1,150 acres of farmland at Tarrow Fen. More than "
                    + "1,200 objections had been lodged. Developer Sunvale Renewables says the £310 million project "
                    + "would power 95,000 homes. The scheme includes about 600,000 solar panels.");
    private static final StorySignature SOLAR_TABLOID = StorySignature.ofArticle(
            "SOLAR SPRAWL: 600,000 panels to swallow farmland",
            "Furious villagers have lost their fight against a mammoth solar farm that will blanket prime "
                    + "countryside. Councillors waved through the £310m scheme by just two votes last night — after "
                    + "locals lodged more than 1,200 objections. Developers claim it will power up to 95,000 homes.");

    @Test
    void preciseFiguresTheArticleSharesWithAStoryAddToItsScore() {
        UUID farm = UUID.randomUUID();
        StoryMatcher.Candidate story = new StoryMatcher.Candidate(farm, StorySignature.empty().merge(SOLAR_FARM));
        // "600,000", "£310m" (= "£310 million"), "1,200" and "95,000": three beyond the first, capped
        assertEquals(4, SOLAR_TABLOID.sharedFigures(story.signature()));
        assertEquals(StoryMatcher.FIGURE_CAP, StoryMatcher.figures(SOLAR_TABLOID, story), 1e-9);
        double words = SOLAR_TABLOID.similarity(story.signature());
        assertEquals(words + StoryMatcher.FIGURE_CAP, new StoryMatcher(0.3).score(SOLAR_TABLOID, null, story,
                TermStatistics.empty()), 1e-9);
        // one figure in common is no evidence: many events share one; the figures survive the stored form
        assertEquals(0, StoryMatcher.figures(FLOOD, story));
        assertEquals(4, SOLAR_TABLOID.sharedFigures(StorySignature.decode(story.signature().encode())));
    }

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2024, 3, 4, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final StorySignature POLICE_SHOOTING = StorySignature.ofArticle(
            "Officer shoots armed man in Riverbend", "A Corvale police officer shot a man who pointed a rifle at "
                    + "officers Tuesday night in the 700 block of Lockhart Street in Riverbend, police said.");
    private static final StorySignature STABBING = StorySignature.ofArticle("Woman hurt in Riverbend stabbing",
            "A woman was seriously hurt in a stabbing at an apartment in the 700 block of Lockhart Street in "
                    + "Corvale's Riverbend neighborhood, police said.");
    private static final StorySignature SAME_SHOOTING = StorySignature.ofArticle(
            "State investigating after police shoot man on Lockhart Street", "The man shot by a Corvale police officer "
                    + "in Riverbend underwent surgery, police said. He had raised a rifle toward officers.");
    private static final StorySignature OTHER_STREET = StorySignature.ofArticle("Man shot on Garber Street",
            "A man was shot in the 800 block of Garber Street in Riverbend on Tuesday night, Corvale police said.");

    @Test
    void reportsNamingOnlyOtherKindsOfIncidentOrOtherStreetsLoseScore() {
        StorySignature story = StorySignature.empty().merge(POLICE_SHOOTING);
        assertTrue(STABBING.otherIncident(story), "a stabbing is no shooting");
        assertTrue(!SAME_SHOOTING.otherIncident(story) && !SAME_SHOOTING.otherStreet(story));
        assertTrue(OTHER_STREET.otherStreet(story) && !OTHER_STREET.otherIncident(story));
        assertTrue(!FLOOD.otherIncident(story) && !FLOOD.otherStreet(story), "naming none is no evidence");
        StoryMatcher matcher = new StoryMatcher(0.2);
        StoryMatcher.Candidate candidate = new StoryMatcher.Candidate(UUID.randomUUID(), story);
        double plain = STABBING.similarity(story);
        assertEquals(plain - StoryMatcher.OTHER_INCIDENT_PENALTY,
                matcher.score(STABBING, null, candidate, TermStatistics.empty()), 1e-9);
        StorySignature stored = StorySignature.decode(story.encode());
        assertTrue(STABBING.otherIncident(stored) && OTHER_STREET.otherStreet(stored), "kept in the text form");
        assertEquals(java.util.Set.of("blaze"), Incidents.of("Kitchen fire displaces seven in Mariposa Flats"));
        assertEquals(java.util.Set.of(), Incidents.of("Officers opened fire; the mayor came under fire"),
                "'opened fire' and 'under fire' name no fire");
        assertEquals(java.util.Set.of("shooting"), Incidents.of("Four wounded after gunman fires into Corliss Street "
                + "party; he fires several shots, then fires a round"), "a gun fired into, or firing shots, is no fire");
        assertEquals(java.util.Set.of("blaze"), Incidents.of("Fire on Corliss Street; fires at two homes"),
                "a fire on a street, fires at homes");
        StorySignature headline = StorySignature.ofArticle("Coroner IDs Lockhart Street shooting victim", "");
        assertTrue(!headline.otherStreet(story), "a headline's capitals glued onto the street still name it");
        assertTrue(!StorySignature.sameStreet("garber street", "lockhart street") && StorySignature.sameStreet(
                "coroner ids lockhart street", "lockhart street"));
        assertEquals(java.util.Set.of("garber street", "hulett avenue"),
                Incidents.streets("On Garber Street, then north to the 900 block of Hulett Avenue."));
    }

    @Test
    void daysOutsideCountFromTheNearerEndOfTheStorysRange() {
        OffsetDateTime friday = MONDAY.plusDays(4);
        assertEquals(0, StoryMatcher.daysOutside(MONDAY.plusDays(2), MONDAY, friday), 1e-9);
        assertEquals(1.5, StoryMatcher.daysOutside(MONDAY.minusHours(36), MONDAY, friday), 1e-9);
        assertEquals(3, StoryMatcher.daysOutside(friday.plusDays(3), MONDAY, friday), 1e-9);
        assertEquals(0, StoryMatcher.daysOutside(null, MONDAY, friday), 1e-9);
        assertEquals(0, StoryMatcher.daysOutside(MONDAY, null, null), 1e-9);
    }

    @Test
    void theScoreLosesThePenaltyForEachDayOutsideTheStory() {
        StoryMatcher.Candidate story = new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY, MONDAY);
        StoryMatcher matcher = new StoryMatcher(0.3, 0.04);
        double similarity = SAME_DEAL.similarity(DEAL);
        assertEquals(similarity, matcher.score(SAME_DEAL, MONDAY, story, TermStatistics.empty()), 1e-9);
        assertEquals(similarity - 0.12, matcher.score(SAME_DEAL, MONDAY.plusDays(3), story, TermStatistics.empty()),
                1e-9);
    }

    @Test
    void aFollowUpNamingTheStorysEventDayLosesNothingForComingLate() {
        LocalDate friday = MONDAY.toLocalDate().minusDays(3);
        StorySignature story = StorySignature.empty().merge(DEAL.withDay(Optional.of(friday)));
        StoryMatcher.Candidate candidate = new StoryMatcher.Candidate(UUID.randomUUID(), story, MONDAY, MONDAY);
        StoryMatcher matcher = new StoryMatcher(0.3, 0.04);
        double similarity = SAME_DEAL.similarity(story);
        OffsetDateTime thursday = MONDAY.plusDays(3);
        // Published three days after the story, naming the story's day: no day is lost.
        assertEquals(similarity, matcher.score(SAME_DEAL.withDay(Optional.of(friday)), thursday, candidate,
                TermStatistics.empty()), 1e-9);
        // Naming no day, it loses the three days it came late; naming a day of its own, those and the other day.
        assertEquals(similarity - 0.12, matcher.score(SAME_DEAL, thursday, candidate, TermStatistics.empty()), 1e-9);
        assertEquals(similarity - 0.12 - 3 * StoryMatcher.OTHER_DAY_PENALTY, matcher.score(
                SAME_DEAL.withDay(Optional.of(friday.plusDays(4))), thursday, candidate,
                TermStatistics.empty()), 1e-9);
    }

    @Test
    void aSimilarStoryDaysAwayIsNotJoinedWhenTheDatesAreKnown() {
        double similarity = SAME_DEAL.similarity(DEAL);
        StoryMatcher matcher = new StoryMatcher(similarity - 0.05, 0.04);
        List<StoryMatcher.Candidate> dated = List.of(new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY,
                MONDAY.plusDays(1)));
        assertTrue(matcher.match(SAME_DEAL, MONDAY.plusDays(1), dated, TermStatistics.empty()).isPresent());
        assertTrue(matcher.match(SAME_DEAL, MONDAY.plusDays(3), dated, TermStatistics.empty()).isEmpty());
        assertTrue(matcher.match(SAME_DEAL, MONDAY.minusDays(2), dated, TermStatistics.empty()).isEmpty());
    }

    @Test
    void ofTwoEquallySimilarStoriesTheNearerInTimeWins() {
        UUID lastWeek = UUID.randomUUID();
        UUID today = UUID.randomUUID();
        List<StoryMatcher.Candidate> stories = List.of(
                new StoryMatcher.Candidate(lastWeek, DEAL, MONDAY.minusDays(6), MONDAY.minusDays(5)),
                new StoryMatcher.Candidate(today, DEAL, MONDAY, MONDAY));
        assertEquals(today, new StoryMatcher(0.2).match(SAME_DEAL, MONDAY, stories, TermStatistics.empty())
                .orElseThrow());
    }

    @Test
    void aBestStoryStandingAloneIsTakenAtTheLoneThreshold() {
        double similarity = SAME_DEAL.similarity(DEAL);
        StoryMatcher strict = new StoryMatcher(similarity + 0.02, 0.04);
        StoryMatcher lone = strict.alone(similarity - 0.02, 0.05);
        UUID deal = UUID.randomUUID();
        List<StoryMatcher.Candidate> stories = List.of(new StoryMatcher.Candidate(deal, DEAL, MONDAY, MONDAY),
                new StoryMatcher.Candidate(UUID.randomUUID(), FLOOD, MONDAY, MONDAY));
        assertTrue(strict.match(SAME_DEAL, MONDAY, stories, TermStatistics.empty()).isEmpty());
        assertEquals(deal, lone.match(SAME_DEAL, MONDAY, stories, TermStatistics.empty()).orElseThrow());
        // Under the lone threshold: nothing.
        assertTrue(strict.alone(similarity + 0.01, 0.05).match(SAME_DEAL, MONDAY, stories, TermStatistics.empty())
                .isEmpty());
    }

    @Test
    void aBestStoryWithARivalNearItOrWithoutDatesNeedsTheThreshold() {
        double similarity = SAME_DEAL.similarity(DEAL);
        StoryMatcher lone = new StoryMatcher(similarity + 0.02, 0.04).alone(similarity - 0.02, 0.05);
        // A second story nearly as like the article (the same deal told a day earlier): the best does not stand alone.
        List<StoryMatcher.Candidate> rivals = List.of(new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY,
                MONDAY), new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY, MONDAY));
        assertTrue(lone.match(SAME_DEAL, MONDAY, rivals, TermStatistics.empty()).isEmpty());
        // Either date unknown: the story may be a related one of any time, the threshold stands.
        List<StoryMatcher.Candidate> undated = List.of(new StoryMatcher.Candidate(UUID.randomUUID(), DEAL));
        assertTrue(lone.match(SAME_DEAL, MONDAY, undated, TermStatistics.empty()).isEmpty());
        List<StoryMatcher.Candidate> dated = List.of(new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY,
                MONDAY));
        assertTrue(lone.match(SAME_DEAL, null, dated, TermStatistics.empty()).isEmpty());
        assertTrue(lone.match(SAME_DEAL, MONDAY, dated, TermStatistics.empty()).isPresent());
    }

    @Test
    void aBestStoryOfOtherDaysNeedsTheThresholdHoweverAloneItStands() {
        double similarity = SAME_DEAL.similarity(DEAL);
        StoryMatcher lone = new StoryMatcher(similarity + 0.02, 0.04).alone(similarity - 0.15, 0.05);
        List<StoryMatcher.Candidate> story = List.of(new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY,
                MONDAY));
        // A day after the story's range: its days agree, the lone threshold applies.
        assertTrue(lone.match(SAME_DEAL, MONDAY.plusDays(1), story, TermStatistics.empty()).isPresent());
        // Three days after it, the score (similarity - 0.12) still clears the lone threshold, but the days disagree:
        // a like event of the same place days later (a second shooting of one neighbourhood) is not let in.
        assertTrue(lone.score(SAME_DEAL, MONDAY.plusDays(3), story.get(0), TermStatistics.empty())
                >= similarity - 0.15);
        assertTrue(lone.match(SAME_DEAL, MONDAY.plusDays(3), story, TermStatistics.empty()).isEmpty());
    }

    @Test
    void anUndatedArticleAlikeWithTwoStoriesStartsItsOwnUnlessSure() {
        double similarity = SAME_DEAL.similarity(DEAL);
        UUID deal = UUID.randomUUID();
        // Two stories the undated article scores alike with (one event of a saga and another), both over the threshold.
        List<StoryMatcher.Candidate> alike = List.of(new StoryMatcher.Candidate(deal, DEAL, MONDAY, MONDAY),
                new StoryMatcher.Candidate(UUID.randomUUID(), DEAL, MONDAY.plusDays(40), MONDAY.plusDays(40)));
        StoryMatcher plain = new StoryMatcher(similarity - 0.05);
        assertTrue(plain.match(SAME_DEAL, null, alike, TermStatistics.empty()).isPresent());
        assertTrue(plain.undated(similarity + 0.01, 0.03).match(SAME_DEAL, null, alike, TermStatistics.empty())
                .isEmpty(), "alike with two stories and under the sure score: a story of its own");
        assertTrue(plain.undated(similarity - 0.01, 0.03).match(SAME_DEAL, null, alike, TermStatistics.empty())
                .isPresent(), "at the sure score it joins the best");
        // Standing alone by the margin, it joins; a dated article is never held back this way.
        List<StoryMatcher.Candidate> alone = List.of(new StoryMatcher.Candidate(deal, DEAL, MONDAY, MONDAY),
                new StoryMatcher.Candidate(UUID.randomUUID(), FLOOD, MONDAY, MONDAY));
        assertEquals(deal, plain.undated(similarity + 0.01, 0.03).match(SAME_DEAL, null, alone, TermStatistics.empty())
                .orElseThrow());
        assertTrue(plain.undated(similarity + 0.01, 0.03).match(SAME_DEAL, MONDAY, alike, TermStatistics.empty())
                .isPresent());
    }

    @Test
    void withoutDatesNothingIsPenalized() {
        StoryMatcher.Candidate undated = new StoryMatcher.Candidate(UUID.randomUUID(), DEAL);
        StoryMatcher matcher = new StoryMatcher(0.3);
        assertEquals(SAME_DEAL.similarity(DEAL), matcher.score(SAME_DEAL, MONDAY.plusDays(6), undated,
                TermStatistics.empty()), 1e-9);
        assertEquals(matcher.match(SAME_DEAL, List.of(undated)), matcher.match(SAME_DEAL, MONDAY.plusDays(6),
                List.of(undated), TermStatistics.empty()));
    }

    @Test
    void withStatisticsANameInEveryStoryNoLongerDecides() {
        StorySignature governor = StorySignature.empty().merge(StorySignature.ofArticle("", "Governor Lena Vance "
                + "spoke. Vance said Vance would act. Governor Lena Vance praised the budget."));
        StorySignature dam = StorySignature.empty().merge(StorySignature.ofArticle("",
                "The Tarrow dam failed and flooded the valley near Tarrow."));
        StorySignature fair = StorySignature.empty().merge(StorySignature.ofArticle("",
                "Governor Lena Vance opened the fair. Vance waved."));
        StorySignature farms = StorySignature.empty().merge(StorySignature.ofArticle("",
                "Governor Lena Vance met farmers. Vance listened."));
        StorySignature article = StorySignature.ofArticle("", "Governor Lena Vance visited Tarrow after the dam "
                + "failed.");
        UUID governorId = UUID.randomUUID();
        UUID damId = UUID.randomUUID();
        List<StoryMatcher.Candidate> candidates = List.of(new StoryMatcher.Candidate(governorId, governor),
                new StoryMatcher.Candidate(damId, dam));
        StoryMatcher matcher = new StoryMatcher(0.3);
        assertEquals(governorId, matcher.match(article, candidates).orElseThrow());
        TermStatistics statistics = TermStatistics.of(List.of(governor, dam, fair, farms));
        assertEquals(damId, matcher.match(article, MONDAY, candidates, statistics).orElseThrow());
    }

    @Test
    void withStatisticsACandidateSharingLittleByRawWeightIsNotWeighted() {
        // The article shares one rare word with the story among words common to every other story: weighting
        // would lift it far, but its raw similarity is under half the threshold, so it is skipped (the cost bound).
        String common = "The council budget meeting vote plan report debate ";
        List<StorySignature> stories = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            stories.add(StorySignature.empty().merge(StorySignature.ofArticle("", common + "item" + (char) ('a' + i)
                    + "x.")));
        }
        StorySignature quarry = StorySignature.empty().merge(StorySignature.ofArticle("",
                "Zephyr quarry blast shook Zephyr."));
        stories.add(quarry);
        TermStatistics statistics = TermStatistics.of(stories);
        StorySignature article = StorySignature.ofArticle("", common + "zephyr.");
        StoryMatcher.Candidate candidate = new StoryMatcher.Candidate(UUID.randomUUID(), quarry);
        double threshold = 0.6;
        StoryMatcher matcher = new StoryMatcher(threshold, 0);
        assertTrue(article.similarity(quarry) < threshold * StoryMatcher.PREFILTER);
        assertTrue(matcher.score(article, null, candidate, statistics) >= threshold);
        assertTrue(matcher.match(article, null, List.of(candidate), statistics).isEmpty());
        // Above the prefilter the weighted score decides.
        assertEquals(candidate.storyId(), new StoryMatcher(0.5, 0).match(article, null, List.of(candidate),
                statistics).orElseThrow());
    }
}
