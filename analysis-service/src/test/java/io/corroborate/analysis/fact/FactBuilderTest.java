package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.corroborate.analysis.claim.Drafts;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;
import io.corroborate.api.Verdict;

class FactBuilderTest {

    private static final UUID STORY = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private final FactBuilder builder = new FactBuilder();

    static Stream<Arguments> stories() {
        return Stream.of(
                Arguments.of("roundsAndHedgesAreCompatible", new StoryClaims()
                        .say("A", "Orbital's $14.3 billion investment in Kestrel Labs closed.")
                        .say("B", "Orbital has invested $14.3 billion in Kestrel Labs.")
                        .say("C", "Orbital will invest $14.3 billion in Kestrel Labs.")
                        .say("D", "Orbital's $14 billion investment in Kestrel Labs closed.")
                        .say("E", "Orbital is set to invest approximately $15 billion in Kestrel Labs."),
                        Verdict.COMPATIBLE, "14300000000", 5,
                        "3 sources: $14.3 billion; 1 rounds to $14 billion; 1 says approximately $15 billion",
                        "A=EXACT B=EXACT C=EXACT D=ROUNDED E=APPROXIMATE"),
                Arguments.of("coarserFigureRoundsToFinerOne", new StoryClaims()
                        .say("A", "Nordvik paid $1.4 billion for Pinecrest.")
                        .say("B", "Nordvik paid $1.375 billion for Pinecrest.")
                        .say("C", "Nordvik paid $1.375 billion for Pinecrest."),
                        Verdict.COMPATIBLE, "1375000000", 3,
                        "2 sources: $1.375 billion; 1 rounds to $1.4 billion", "A=ROUNDED B=EXACT C=EXACT"),
                Arguments.of("aRoundFigureTenPercentOffIsAConflictNotARounding", new StoryClaims()
                        .say("A", "Mensah signed a contract extension worth $18 million with the Kestrels.")
                        .say("B", "Mensah signed a contract extension worth $18 million with the Kestrels.")
                        .say("C", "Mensah signed a contract extension worth $20 million with the Kestrels."),
                        Verdict.CONFLICT, "18000000", 3, "2 sources: $18 million; 1 says $20 million",
                        "A=EXACT B=EXACT C=DIFFERENT"),
                Arguments.of("oneCountToldWithTwoNounsIsSummedUpOnce", new StoryClaims()
                        .say("A", "The warehouse fire on Route 9 killed three workers.")
                        .say("B", "Three people died in the warehouse fire on Route 9.")
                        .say("C", "The warehouse fire on Route 9 killed four people."),
                        Verdict.CONFLICT, "3", 3, "2 sources: 3 workers; 1 says 4 people",
                        "A=EXACT B=EXACT C=DIFFERENT"),
                Arguments.of("sameFigureEverywhereAgrees", new StoryClaims()
                        .say("A", "The deal gives Orbital a 49% stake in Kestrel Labs.")
                        .say("B", "Orbital takes a 49% stake in Kestrel Labs.")
                        .say("C", "Orbital bought a 49% stake in Kestrel Labs.")
                        .say("D", "Orbital now holds a 49% stake in Kestrel Labs."),
                        Verdict.AGREE, "49", 4, "4 sources agree: 49%", "A=EXACT B=EXACT C=EXACT D=EXACT"),
                Arguments.of("incompatibleFiguresConflict", new StoryClaims()
                        .say("A", "Senator Ana Ruiz won 56 percent of the primary vote.")
                        .say("B", "Senator Ana Ruiz won 56 percent of the primary vote.")
                        .say("C", "Senator Ana Ruiz won 58 percent of the primary vote."),
                        Verdict.CONFLICT, "56", 3, "2 sources: 56%; 1 says 58%", "A=EXACT B=EXACT C=DIFFERENT"),
                Arguments.of("oneSourceIsSingle", new StoryClaims()
                        .say("A", "Kestrel Labs's 28-year-old CEO, Dana Whitlock, joined Orbital."),
                        Verdict.SINGLE_SOURCE, "28", 1, "1 source: 28 years", "A=EXACT"),
                Arguments.of("lowerBoundContainingConsensusIsApproximate", new StoryClaims()
                        .say("A", "Kestrel Labs has a workforce of 9,200 contractors.")
                        .say("B", "Kestrel Labs has a workforce of over 9,000 contractors."),
                        Verdict.COMPATIBLE, "9200", 2,
                        "1 source: 9,200 contractors; 1 says at least 9,000 contractors", "A=EXACT B=APPROXIMATE"),
                Arguments.of("repeatedClaimCountsOnceAtItsMostPrecise", new StoryClaims()
                        .say("A", "Orbital Bets $14B On Kestrel Labs\n\nOrbital has invested $14.3 billion in "
                                + "Kestrel Labs.")
                        .say("B", "Orbital has invested $14.3 billion in Kestrel Labs."),
                        Verdict.AGREE, "14300000000", 2, "2 sources agree: $14.3 billion", "A=EXACT B=EXACT"),
                Arguments.of("transactionWordingsAlign", transactionStory(),
                        Verdict.COMPATIBLE, "905000000", 4,
                        "2 sources: $905 million; 1 rounds to $900 million; 1 says approximately $900 million",
                        "A=EXACT B=ROUNDED C=APPROXIMATE D=EXACT"),
                Arguments.of("headcountWordingsAlign", new StoryClaims()
                        .say("A", "Brightwater employs 640 people.")
                        .say("B", "Brightwater has 640 employees.")
                        .say("C", "Brightwater has a workforce of 640.")
                        .say("D", "Brightwater has 640 staff."),
                        Verdict.AGREE, "640", 4, "4 sources agree: 640 employees", "A=EXACT B=EXACT C=EXACT D=EXACT"),
                Arguments.of("aSourcesRoundedConversionOfItsOwnFigureMakesTheFactCompatible", new StoryClaims()
                        .say("A", "Water temperatures near the shore reached 26C (79F) during the heatwave.")
                        .say("B", "Surface water temperatures at the shore reached 26C during the heatwave."),
                        Verdict.COMPATIBLE, "26", 2, "2 sources: 26 celsius; 1 rounds to 79 fahrenheit",
                        "A=EXACT A=ROUNDED B=EXACT"),
                Arguments.of("anExactConversionInTheSameSentenceStillAgrees", new StoryClaims()
                        .say("A", "The Greyhollow station has a capacity of 1,200 megawatts (1.2 gigawatts).")
                        .say("B", "The Greyhollow station has a capacity of 1,200 megawatts."),
                        Verdict.AGREE, "1200", 2, "2 sources agree: 1.2 gigawatts", "A=EXACT A=EXACT B=EXACT"),
                Arguments.of("aSpanOfTimeRoundsToTheUnitItIsToldIn", new StoryClaims()
                        .say("A", "The county's emergency line was down for 190 minutes after the update.")
                        .say("B", "The county's emergency line was down for three hours after the update.")
                        .say("C", "The county's emergency line was down for 190 minutes after the update."),
                        Verdict.COMPATIBLE, "190", 3, "2 sources: 190 minutes; 1 rounds to 3 hours",
                        "A=EXACT B=ROUNDED C=EXACT"),
                Arguments.of("aHalfInWordsIsPreciseToAQuarter", new StoryClaims()
                        .say("A", "Kestrel Bay's runway was closed for 215 minutes after the drone sightings.")
                        .say("B", "Kestrel Bay's runway was closed for three and a half hours after the drone sightings.")
                        .say("C", "Kestrel Bay's runway was closed for 215 minutes after the drone sightings."),
                        Verdict.COMPATIBLE, "215", 3, "2 sources: 215 minutes; 1 rounds to 3.5 hours",
                        "A=EXACT B=ROUNDED C=EXACT"),
                Arguments.of("aSpanOfTimeTenPercentOffIsNoRounding", new StoryClaims()
                        .say("A", "The crossing by the new bridge takes 10 minutes, the ministry said.")
                        .say("B", "The crossing by the new bridge takes 8 minutes, the ministry said."),
                        Verdict.CONFLICT, "8", 2, "1 source: 8 minutes; 1 says 10 minutes", "A=DIFFERENT B=EXACT"),
                Arguments.of("aSpanInSeveralUnitsAgreesWithItsMinutes", new StoryClaims()
                        .say("A", "Dravik beat Ysmal in a final that lasted 4 hours 51 minutes.")
                        .say("B", "Dravik beat Ysmal in a final that lasted 291 minutes."),
                        Verdict.AGREE, "291", 2, "2 sources agree: 291 minutes", "A=EXACT B=EXACT"),
                Arguments.of("oneHedgeOnOneAmountAgreesHoweverItsDigitsAreWritten", new StoryClaims()
                        .say("A", "Death caps cause around 90 percent of fatal mushroom poisonings, the service said.")
                        .say("B", "Death caps cause about nine in ten fatal mushroom poisonings, the service said."),
                        Verdict.AGREE, "90", 2, "2 sources agree: approximately 90%", "A=APPROXIMATE B=APPROXIMATE"),
                Arguments.of("nearlyAndAboutAreDifferentHedges", new StoryClaims()
                        .say("A", "Firefighters fought the warehouse blaze for nearly four hours.")
                        .say("B", "Firefighters fought the warehouse blaze for about four hours."),
                        Verdict.COMPATIBLE, "4", 2, "1 source: nearly 4 hours; 1 says approximately 4 hours", "A=APPROXIMATE B=APPROXIMATE"),
                Arguments.of("aBandOfAgesIsOneFigureHoweverItIsWritten", new StoryClaims()
                        .say("A", "The Calvera trial enrolled adults aged 18 to 65 in eleven countries.")
                        .say("B", "The Calvera study randomised participants aged 18-65 in eleven countries."),
                        Verdict.AGREE, "41.5", 2, "2 sources agree: 18 to 65 years", "A=EXACT B=EXACT"),
                Arguments.of("aFloorAndACapThatLeaveRoomForBothAreCompatible", new StoryClaims()
                        .say("A", "The ward is expected to stay closed for at least 10 days while it is cleaned.")
                        .say("B", "The ward will stay closed for up to two weeks while it is cleaned."),
                        Verdict.COMPATIBLE, "10", 2, "1 source: at least 10 days; 1 says at most 2 weeks",
                        "A=APPROXIMATE B=APPROXIMATE"));
    }

    private static StoryClaims transactionStory() {
        return new StoryClaims()
                .say("A", "Quayside Labs is acquiring Tarn Biotech for $905 million.")
                .say("B", "Quayside will pay $900 million for Tarn Biotech.")
                .say("C", "Tarn Biotech agreed to be sold to Quayside Labs in a deal worth roughly $900 million.")
                .say("D", "Quayside Labs agreed to buy Tarn Biotech for $905 million.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void judgesAgreement(String name, StoryClaims story, Verdict verdict, String consensus, int sources,
            String summary, String agreements) {
        Fact fact = builder.compare(STORY, story.claims()).get(0);
        assertAll(
                () -> assertEquals(verdict, fact.verdict()),
                () -> assertEquals(0, new BigDecimal(consensus).compareTo(fact.consensus().amount()), "consensus"),
                () -> assertEquals(sources, fact.sourceCount()),
                () -> assertEquals(summary, fact.summary()),
                () -> assertEquals(agreements, agreements(fact)));
    }

    @Test
    void aDateWithoutItsYearIsOfTheYearAnotherOutletWritesThatDayWith() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Colesby hit Maureen Ashdown on March 12 as she walked to the school.")
                .say("B", "Colesby hit Maureen Ashdown on March 12, 2025, as she walked to the school.")
                .claims();
        // Both reported the sentencing in February 2026: the nearest March 12 to A would be a month ahead.
        Map<UUID, LocalDate> published = new HashMap<>();
        claims.forEach(c -> published.put(c.articleId(), LocalDate.of(2026, 2, 20)));
        for (Map<UUID, LocalDate> days : List.of(published, Map.<UUID, LocalDate>of())) {
            List<Fact> facts = builder.compare(STORY, claims, days);
            assertEquals(1, facts.size(), () -> describe(facts));
            assertEquals(Verdict.AGREE, facts.get(0).verdict(), () -> describe(facts));
            assertEquals(2, facts.get(0).sourceCount(), () -> describe(facts));
        }
    }

    @Test
    void aBandOfAgesIsNoOnesAge() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The trial enrolled adults aged 18 to 65, its lead investigator Sarah Kelland, 38, said.")
                .say("B", "Sarah Kelland, 38, said the study took participants aged 18-65.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(2, facts.size(), () -> describe(facts));
        assertTrue(facts.stream().allMatch(f -> f.verdict() == Verdict.AGREE && f.sourceCount() == 2),
                () -> describe(facts));
    }

    @Test
    void differentThingsStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Orbital will invest $14.3 billion in Kestrel Labs.")
                .say("B", "Orbital recalled the $19 billion Pinecrest deal with pride.")
                .say("C", "Orbital acquired Pinecrest for $1 billion in 2012.")
                .say("D", "Nordvik will invest $14.3 billion in Kestrel Labs.")
                .say("E", "Kestrel Labs was valued at $14 billion in May.")
                .say("F", "Senator Ana Ruiz won 56 percent of the primary vote.")
                .say("G", "Senator Ana Ruiz won 58 percent of the vote in 2012.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(9, facts.size(), () -> describe(facts));
        assertTrue(facts.stream().allMatch(f -> f.verdict() == Verdict.SINGLE_SOURCE), () -> describe(facts));
    }

    @Test
    void ofTwoMentionsOfOneFigureTheFactShowsTheOneTheOtherOutletsState() {
        List<Claim> claims = new StoryClaims()
                .say("Ledger", "Roger Vance was arrested at his home in Fort Lauderdale on Friday. Hours later Vance "
                        + "appeared in federal court on Friday and vowed to fight the charges.")
                .say("Wire", "Vance appeared in federal court in Fort Lauderdale on Friday, vowing to fight the charges.")
                .say("Post", "Speaking outside federal court on Friday, Vance said he would fight the charges.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        Fact day = facts.stream().filter(f -> f.sourceCount() == 3).findFirst().orElseThrow(() ->
                new AssertionError(describe(facts)));
        Claim ledger = day.claims().stream().filter(c -> c.source().equals("Ledger")).findFirst().orElseThrow();
        assertTrue(ledger.quote().sentence().contains("appeared in federal court"), () -> describe(facts));
    }

    @Test
    void anOutletsEqualSmallCountsOfTwoThingsAreTwoStatements() {
        LocalDate sunday = LocalDate.of(2026, 11, 30);
        List<Claim> claims = new StoryClaims()
                .say("Gazette", "DUNMORE — A fire that tore through a furniture warehouse on Dunmore's east side "
                        + "early Sunday killed three workers and injured 11 others, fire officials said.\n\n"
                        + "The blaze broke out shortly after 2 a.m. at the 180,000-square-foot Halvorsen Home "
                        + "distribution center on Route 9, Fire Chief Dana Okoro said. About 90 firefighters from "
                        + "six departments battled the flames for nearly five hours.\n\n"
                        + "Of the injured, four were in critical condition at St. Brendan's Hospital on Sunday "
                        + "afternoon. Okoro said 42 employees were working the overnight shift when the fire "
                        + "started.\n\n"
                        + "Halvorsen, which employs roughly 2,300 people across the state, said in a statement that "
                        + "it was \"devastated\" and would cooperate fully with investigators. The company bought "
                        + "the warehouse in 2019 for $38 million.\n\n"
                        + "The cause of the fire remains under investigation. Damage was estimated at $60 million.",
                        sunday)
                .say("Courier", "Three people were killed and a dozen more hurt when fire swept through a Halvorsen "
                        + "Home warehouse in Dunmore on Sunday morning.\n\n"
                        + "Firefighters were called to the Route 9 site at 2:10 a.m. and needed almost five hours to "
                        + "bring the fire under control, according to Chief Dana Okoro. Nearly 100 firefighters "
                        + "responded.\n\n"
                        + "Okoro said 40 workers were inside the building, which covers 180,000 square feet. Four of "
                        + "the injured remain in critical condition.\n\n"
                        + "The retailer, which has about 2,300 employees statewide, bought the distribution center "
                        + "five years ago for $38 million. Insurance adjusters put the damage at more than $50 "
                        + "million.\n\n"
                        + "State fire marshals will lead the investigation, Okoro said.",
                        sunday)
                .say("Channel 7 News", "Four people died in a fire at a Dunmore warehouse early Sunday, Channel 7 "
                        + "has learned, though officials have confirmed three deaths.\n\n"
                        + "The fire at the Halvorsen Home distribution center started at about 2 a.m. Eleven people "
                        + "were taken to hospitals, four of them in critical condition.\n\n"
                        + "Fire Chief Dana Okoro told reporters that 42 employees were on the overnight shift. "
                        + "Around 90 firefighters fought the fire.\n\n"
                        + "The warehouse, roughly 16,700 square meters in size, was purchased by Halvorsen in 2019. "
                        + "The company employs 2,300 people in the state.\n\n"
                        + "Officials have not said what caused the fire.",
                        sunday)
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        // The outlet's own toll ("Four people died") is shown, never hidden as a second mention of its "four" in
        // critical condition: an outlet's equal small counts of two things are two statements.
        Claim died = claims.stream().filter(c -> c.quote().sentence().startsWith("Four people died")
                && c.value().amount().intValueExact() == 4).findFirst().orElseThrow();
        assertTrue(facts.stream().flatMap(f -> f.claims().stream()).anyMatch(c -> c.id().equals(died.id())),
                () -> describe(facts));
    }

    @Test
    void aBareFigureInASentenceThatToldDegreesIsReadOnTheStorysScale() {
        List<Claim> claims = new StoryClaims()
                .say("Tribune", "The temperature at Port Ansel airport hit 109 degrees Fahrenheit on Monday, breaking the "
                        + "city's all-time record of 106 set in 1998. Officials warned demand could reach 10,200 "
                        + "megawatts on Tuesday if temperatures stay above 105.")
                .say("Post", "Port Ansel reached 43 degrees Celsius (109F) on Monday, beating the previous mark of 106F "
                        + "from 1998.")
                .say("Radio", "The mercury climbed to 109 degrees at the Port Ansel airport on Monday, beating a record "
                        + "of 106 degrees that had stood since 1998.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        Fact record = facts.stream().filter(f -> f.claims().stream().anyMatch(c -> c.quote().surface().equals("106F")))
                .findFirst().orElseThrow(() -> new AssertionError(describe(facts)));
        assertEquals(3, record.sourceCount(), () -> describe(facts));
        assertEquals(Verdict.AGREE, record.verdict(), () -> describe(facts));
    }

    @Test
    void twoCountsOfOneSentenceAreTwoFactsThoughAHedgeAllowsBoth() {
        List<Claim> claims = new StoryClaims()
                .say("Statehouse", "Marlow, 61, received about 1.42 million votes to Hutchins' 1.30 million.")
                .say("Register", "With nearly all precincts counted, Marlow collected 1,419,000 votes, Hutchins "
                        + "1,302,000.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(List.of("COMPATIBLE 1,302,000+1.30 million", "COMPATIBLE 1,419,000+1.42 million"), facts.stream()
                .filter(f -> f.kind() == Kind.COUNT)
                .map(f -> f.verdict() + " " + f.claims().stream().map(c -> c.quote().surface()).sorted()
                        .collect(Collectors.joining("+")))
                .sorted().toList(), () -> describe(facts));
    }

    @Test
    void transactionShowsItsMostFrequentWordingBuyerFirst() {
        List<Fact> facts = builder.compare(STORY, transactionStory().claims());
        assertEquals("Quayside/acquisition/Tarn Biotech MONEY COMPATIBLE", facts.stream()
                .map(f -> f.subject() + "/" + f.predicate() + "/" + f.object() + " " + f.kind() + " " + f.verdict())
                .collect(Collectors.joining("\n")), () -> describe(facts));
    }

    @Test
    void transactionsBetweenOtherPartiesStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Quayside Labs will pay $900 million for Tarn Biotech.")
                .say("B", "Quayside Labs recalled its $300 million Ferro deal.")
                .say("C", "Harlan Group will pay $900 million for Tarn Biotech.")
                .say("D", "Tarn Biotech was valued at $900 million in March.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(4, facts.size(), () -> describe(facts));
        assertTrue(facts.stream().allMatch(f -> f.verdict() == Verdict.SINGLE_SOURCE), () -> describe(facts));
    }

    @Test
    void tollsWithoutTheirNounJoinAndOtherCountsStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The storm killed seven and injured 40 across the region.")
                .say("B", "Seven people were killed, officials said. Flooding hit seven counties.")
                .say("C", "The death toll stood at seven on Sunday. Four crew members were rescued.")
                .say("D", "Rescuers found four people alive in the rubble.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        Fact deaths = facts.stream().filter(f -> f.claims().size() == 3).findFirst().orElse(null);
        assertTrue(deaths != null && deaths.verdict() == Verdict.AGREE, () -> described);
        assertTrue(deaths.claims().stream().noneMatch(c -> c.quote().sentence().contains("counties")), () -> described);
        assertTrue(facts.stream().noneMatch(f -> f.claims().stream().anyMatch(c -> c.quote().surface().equals("Four"))
                && f.claims().stream().anyMatch(c -> c.quote().surface().equals("four"))), () -> described);
    }

    @Test
    void aRevisedTollIsAConflictInTheSameFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Three killed in blast at paint plant. The explosion killed three workers on Tuesday.")
                .say("B", "Explosion at paint plant kills 3, injures 6")
                .say("C", "A contractor injured in the explosion has died, bringing the death toll to four.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.verdict() == Verdict.CONFLICT && f.sourceCount() == 3
                && f.claims().stream().anyMatch(c -> c.quote().surface().equals("four"))), () -> described);
        assertTrue(facts.stream().noneMatch(f -> f.claims().stream().anyMatch(c -> c.quote().surface().equals("6"))
                && f.claims().stream().anyMatch(c -> c.quote().surface().equals("four"))), () -> described);
    }

    @Test
    void eachSideOfAScoreIsAFactOfItsOwn() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The Kestrels beat Ashby Rovers 3-1 in the league final on Saturday.")
                .say("B", "Ashby Rovers lost 3-1 to the Kestrels in Saturday's final.")
                .say("C", "The Kestrels won the final, beating Rovers three goals to one.")
                .say("D", "The Kestrels won the final 3-2 after extra time.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.predicate().equals("higher score") && f.verdict() == Verdict.AGREE
                && sources(f).equals("A B C D")), () -> described);
        assertTrue(facts.stream().anyMatch(f -> f.predicate().equals("lower score") && f.verdict() == Verdict.CONFLICT
                && sources(f).equals("A B C D")), () -> described);
    }

    @Test
    void oneSideOfAVoteMisreportedIsAConflictWhenTheOtherSideAgrees() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Councillors approved the 100% premium by 31 votes to 12, with three abstentions.")
                .say("B", "Only 12 councillors voted against the plan.")
                .say("C", "Members voted 31-12, with 3 abstentions.")
                .say("D", "The decision, passed by 31 to 14 at a packed meeting in the Guildhall, means higher bills.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.verdict() == Verdict.CONFLICT && sources(f).equals("A B C D")),
                () -> described);
    }

    @Test
    void figuresFarApartAreNoConflictOfOneFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Vohl received 412,806 votes, the most for any candidate in a governor's race.")
                .say("B", "Irena Vohl defeated the governor by a margin of more than 65,000 votes.")
                .say("C", "Vohl won by roughly 65,000 votes out of nearly 790,000 valid votes.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().noneMatch(f -> f.verdict() == Verdict.CONFLICT), () -> described);
        assertTrue(facts.stream().anyMatch(f -> sources(f).equals("A") && f.verdict() == Verdict.SINGLE_SOURCE),
                () -> described);
    }

    @Test
    void aCapFarAboveAFigureIsNoHedgeOfIt() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Brat unseated the House majority leader with 56 percent of the vote.")
                .say("B", "Cantor had won primaries in his district with as much as 79 percent of the vote.")
                .say("C", "The fine could reach up to $5 billion, regulators said.")
                .say("D", "Regulators said the fine could reach $4.8 billion.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().noneMatch(f -> sources(f).equals("A B")), () -> described);
        assertTrue(facts.stream().anyMatch(f -> sources(f).equals("C D") && f.verdict() == Verdict.COMPATIBLE),
                () -> described);
    }

    @Test
    void transposedDigitsAreOneFactInConflict() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Turnout reached 61.3 percent of registered voters, the election commission said.")
                .say("B", "Turnout was 61.3 percent, the highest since 2006.")
                .say("C", "Officials put turnout at 63.1 percent.")
                .say("D", "Vohl won 54.2 percent of the vote.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.verdict() == Verdict.CONFLICT && sources(f).equals("A B C")),
                () -> described);
        assertTrue(facts.stream().anyMatch(f -> sources(f).equals("D")), () -> described);
    }

    @Test
    void aCountWithTwoDigitsSwappedIsOneFactInConflict() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Twenty-three people were injured when the bridge collapsed.")
                .say("B", "Thirty-two people were hurt when the bridge collapsed into the river.")
                .say("C", "The collapse injured 23 people, officials said.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.CONFLICT, facts.get(0).verdict(), () -> describe(facts));
        assertEquals(3, facts.get(0).sourceCount(), () -> describe(facts));
    }

    @Test
    void aPreciseAmountEachOutletStatesOnceIsOneFactWhateverWordsStandNear() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Quarterly revenue topped what analysts had expected, $1.21 billion, the company said.")
                .say("B", "Sales beat the $1.21 billion forecast as orders rose.")
                .say("C", "Corvane posted revenue of $1.26 billion for the quarter.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().anyMatch(f -> f.claims().size() == 2 && f.claims().stream()
                .allMatch(c -> c.quote().surface().equals("$1.21 billion"))), () -> describe(facts));
    }

    @Test
    void aWeekdayAndTheCalendarDateOfThatDayAreOneFactWhenTheArticlesAreDated() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The plant exploded on Tuesday afternoon, killing three workers.")
                .say("B", "An explosion at the plant on March 10 killed three workers.")
                .say("C", "The plant exploded Tuesday, killing three workers.")
                .say("D", "Inspectors will return to the plant on March 17, a week after the blast.")
                .claims();
        // A and B were published on Thursday 12 March 2026; C is undated.
        Map<UUID, LocalDate> published = new HashMap<>();
        claims.stream().filter(c -> !c.source().equals("C"))
                .forEach(c -> published.put(c.articleId(), LocalDate.of(2026, 3, 12)));
        List<Fact> facts = builder.compare(STORY, claims, published);
        String described = describe(facts);
        Fact day = facts.stream().filter(f -> f.kind() == Kind.DATE && f.sourceCount() == 3).findFirst().orElse(null);
        assertTrue(day != null && day.verdict() == Verdict.AGREE, () -> described);
        assertTrue(day.claims().stream().noneMatch(c -> c.quote().surface().equals("March 17")), () -> described);
        // Without the articles' days, "March 10" is a date and "Tuesday" a weekday: they cannot be compared.
        assertTrue(builder.compare(STORY, claims).stream().noneMatch(f -> f.kind() == Kind.DATE
                && f.sourceCount() == 3), () -> describe(builder.compare(STORY, claims)));
    }

    @Test
    void relativeDatesStateTheDaysTheyNameInTheirArticles() {
        LocalDate monday = LocalDate.of(2018, 8, 13);
        LocalDate wednesday = LocalDate.of(2018, 8, 15);
        List<Claim> claims = new StoryClaims()
                .say("A", "Strzok testified at a congressional hearing last month.", monday)
                .say("B", "Strzok testified at a congressional hearing in July.", wednesday)
                .say("C", "The suspect was arrested yesterday in Aventura.", wednesday)
                .say("D", "The suspect was arrested on Tuesday in Aventura.", wednesday)
                .say("E", "The suspect, 56, was arrested last week in Aventura.")
                .claims();
        Map<UUID, LocalDate> published = new HashMap<>();
        claims.stream().filter(c -> !c.source().equals("E"))
                .forEach(c -> published.put(c.articleId(), "A".equals(c.source()) ? monday : wednesday));
        List<Fact> facts = builder.compare(STORY, claims, published);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2 && f.summary().contains("July 2018")
                && f.verdict() == Verdict.COMPATIBLE), () -> described);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2 && f.verdict() == Verdict.AGREE
                && sources(f).equals("C D")), () -> described);
        // An undated article's "last week" names no day: it is no claim at all.
        assertTrue(claims.stream().noneMatch(c -> c.source().equals("E") && c.value().kind() == Kind.DATE),
                () -> described);
    }

    @Test
    void strikersAndRidersAreNotStaff() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Brightwater employs 640 people.")
                .say("B", "About 600 workers at Brightwater went on strike.")
                .say("C", "The line carries 45,000 people a day.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(3, facts.size(), () -> describe(facts));
    }

    @Test
    void commonNounSubjectsAlign() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The guild is demanding a 6% raise; the board has offered 4%.")
                .say("B", "The guild wants a 5% raise, while the hospital board has offered 4%.")
                .say("C", "The guild is seeking a 6% raise. The Ferro hospital board offered 4%.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals("guild/raise/null PERCENT CONFLICT 2 sources: 6%; 1 says 5%\n"
                + "board/offer/null PERCENT AGREE 3 sources agree: 4%", describe(facts));
    }

    @Test
    void bareYearsDateThingsAndNeverConflict() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Orbital struggled in 2024 with costs.")
                .say("B", "Orbital struggled in 2025 with costs.")
                .say("C", "Orbital struggled in 2025 with prices.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals("2 sources agree: 2025 | 1 source: 2024", facts.stream().map(Fact::summary)
                .collect(Collectors.joining(" | ")));
    }

    @Test
    void mergesShortAndLegalNamesOfTheSameCompany() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Orbital Platforms Inc. will invest $3 billion in Kestrel Labs.")
                .say("B", "Orbital will invest $3 billion in Kestrel Labs.")
                .say("C", "ORBITAL will invest $3 billion in Kestrel Labs.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals("Orbital", facts.get(0).subject());
        assertEquals(Verdict.AGREE, facts.get(0).verdict());
    }

    @Test
    void aNameWithItsOwnersNameBeforeItIsTheShortNameAnotherOutletUses() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The Calloway State University Board of Regents voted nine to three on Thursday.")
                .say("B", "The Board of Regents voted nine to three to approve the increase on Thursday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream()
                .filter(f -> f.kind() == Kind.COUNT && f.sourceCount() == 2).toList();
        assertEquals(2, facts.size(), () -> describe(facts));
    }

    @Test
    void countsOfAThingAndOfItsKindAreOneFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Velmont is recalling 1.27 million vehicles worldwide over faulty brake hoses.")
                .say("B", "Velmont is recalling 1.3 million cars over faulty brake hoses.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.COMPATIBLE, facts.get(0).verdict(), () -> describe(facts));
    }

    @Test
    void oneFigureToldAsWhatCouldAndWhatWillHappenIsOneFactButAnotherFigureIsNot() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Pennick's could close up to 150 more stores if no buyer emerges.")
                .say("B", "Pennick's will close 150 more stores, bosses warned.")
                .say("C", "Pennick's closed 90 stores last year.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2
                && f.claims().stream().allMatch(c -> c.value().amount().intValue() == 150)), () -> described);
        assertTrue(facts.stream().noneMatch(f -> f.claims().stream().anyMatch(c -> c.value().amount().intValue() == 90)
                && f.sourceCount() > 1), () -> described);
    }

    @Test
    void headlineWithoutSubjectJoinsTheOnlyMatchingFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Orbital will invest $3 billion in Kestrel Labs.")
                .add("B", null, "investment", "Kestrel Labs", Drafts.at("It put $3 billion in.", "$3 billion").value())
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(2, facts.get(0).sourceCount());
    }

    @Test
    void aPairsMeasureToldFromEitherSideIsOneFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Orbital is paying a 27% premium for Kestrel, the companies said.")
                .say("B", "The offer values Kestrel at a 27% premium to its last closing price.")
                .say("C", "The bid represents a 27% premium over the closing price.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream()
                .filter(f -> f.predicate().equals("premium")).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.AGREE, facts.get(0).verdict(), () -> describe(facts));
        assertEquals(3, facts.get(0).sourceCount(), () -> describe(facts));
    }

    @Test
    void aCountOfTheActAndTheThingsItBefellAreOneFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The airline said 312 flights were cancelled in July.")
                .say("B", "There were 312 cancellations, the airline said.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(2, facts.get(0).sourceCount(), () -> describe(facts));
    }

    @Test
    void nearCountsOfOneNamedThingAreOneFactInConflict() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Nineteen miners were rescued from the Kessel shaft on Friday.")
                .say("B", "Rescuers brought seventeen miners out of the Kessel shaft.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream().filter(f -> f.kind() == Kind.COUNT).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.CONFLICT, facts.get(0).verdict(), () -> describe(facts));
    }

    @Test
    void onePreciseCountNamedWithDifferentNounsIsOneFactButSmallCountsStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Linnet plans to build 140 apartments on the site. Seven councillors backed the plan.")
                .say("B", "The developer will put up 140 flats beside the river. Seven streets will close.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2
                && f.claims().stream().allMatch(c -> c.value().amount().intValue() == 140)), () -> described);
        assertTrue(facts.stream().noneMatch(f -> f.sourceCount() == 2
                && f.claims().stream().allMatch(c -> c.value().amount().intValue() == 7)), () -> described);
    }

    @Test
    void durationsCompareAcrossUnits() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Customers will be offered free credit monitoring for 24 months, the company said.")
                .say("B", "The company is offering two years of free credit monitoring to those affected.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2 && f.verdict() != Verdict.CONFLICT),
                () -> described);
    }

    @Test
    void aYearAndADateWithinItOfOneOccasionAreOneFactAtTwoPrecisions() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Halden Foods bought the Pinecrest dairy in 2012. The plant employs 300 people.")
                .say("B", "Halden Foods bought the Pinecrest dairy in March 2012, and it opened a depot in 2015.")
                .say("C", "The depot opened in June 2016, two years after work began.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2 && f.verdict() == Verdict.COMPATIBLE
                && f.summary().contains("March 2012") && f.summary().contains("says 2012")), () -> described);
        // another year, and a year of another occasion, stay apart
        assertTrue(facts.stream().noneMatch(f -> f.sourceCount() == 2 && f.summary().contains("2015")), () -> described);
    }

    @Test
    void aPreciseFigureRepeatedIsOneFactWhicheverPartyEachOutletWritesBesideIt() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Harwick Rovers drew 61,432 spectators to the final at Calder Park.")
                .say("B", "Dunmore Athletic played before 61,432 fans.")
                .say("C", "Harwick Rovers raised $2 billion. Dunmore Athletic raised $2 billion too.")
                .say("D", "Dunmore Athletic raised $2 billion last year.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2 && f.verdict() == Verdict.AGREE
                && f.summary().contains("61,432")), () -> described);
        // a round amount is no evidence by itself: each party's "$2 billion" stays its own
        assertTrue(facts.stream().noneMatch(f -> f.claims().stream().map(c -> c.subject()).distinct().count() > 1
                && f.summary().contains("$2 billion")), () -> described);
    }

    @Test
    void anOutletNamingItselfIsNoPartyOfTheFigure() {
        List<Claim> claims = new StoryClaims()
                .say("The Evening Rocket", "The Rocket can reveal the district asked the state for $3.2 million.")
                .say("Maple Ferry Courier", "The Maple Ferry school district asked the state for $3.2 million.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        String described = describe(facts);
        assertTrue(facts.stream().anyMatch(f -> f.sourceCount() == 2 && !"Rocket".equals(f.subject())),
                () -> described);
    }

    @Test
    void homesDestroyedAndHomesDamagedStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The fire destroyed 37 homes in Cedar Hollow.")
                .say("B", "The fire damaged 40 homes in Cedar Hollow.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(2, facts.size(), () -> describe(facts));
    }

    @Test
    void aTimeWrittenToTheHourRoundsTheMinute() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The quake struck the valley at 3:12 a.m. on Sunday.")
                .say("B", "The quake struck the valley at 3 a.m. on Sunday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream().filter(f -> f.kind() == Kind.TIME).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.COMPATIBLE, facts.get(0).verdict(), () -> describe(facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            last year                | a year earlier
            a year ago               | a year earlier
            the year-earlier quarter | a year earlier
            year-ago                 | a year earlier
            this year                | this year
            first quarter            | first quarter
            2024                     | 2024
            null                     | null
            """)
    void comparesTheWordsOfOneRelativePeriodAsOne(String written, String key) {
        assertEquals(key, Aligned.periodKey(written));
    }

    @Test
    void oneBoundOnOneAmountInTwoUnitsAgrees() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Anyone exposed should be vaccinated within 21 days, the health agency said.")
                .say("B", "Anyone exposed should be vaccinated within three weeks, the health agency said.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream().filter(f -> f.kind() == Kind.QUANTITY).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.AGREE, facts.get(0).verdict(), () -> describe(facts));
    }

    @Test
    void lastYearAndAYearAgoAreOnePeriod() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Northcrest Air carried 2.61 million passengers in July last year.")
                .say("B", "Northcrest Air flew 2.84 million passengers in July, up from 2.61 million a year ago.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream()
                .filter(f -> f.consensus().amount().compareTo(new BigDecimal("2610000")) == 0)
                .toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(2, facts.get(0).sourceCount(), () -> describe(facts));
    }

    @Test
    void aTimeAtAQuarterHourRoundsTheMinutesAroundIt() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The gunmen stormed the bank at 10:42 a.m. on Tuesday.")
                .say("B", "The gunmen stormed the bank at 10:45 a.m. on Tuesday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream().filter(f -> f.kind() == Kind.TIME).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.COMPATIBLE, facts.get(0).verdict(), () -> describe(facts));
    }

    @Test
    void timesTenMinutesApartConflict() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The gunmen stormed the bank at 10:30 a.m. on Tuesday.")
                .say("B", "The gunmen stormed the bank at 10:40 a.m. on Tuesday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream().filter(f -> f.kind() == Kind.TIME).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.CONFLICT, facts.get(0).verdict(), () -> describe(facts));
    }

    @Test
    void aYearEachOutletWritesOnceForTheStorysOwnProjectIsOneFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The new bridge is due to open in 2031, officials said.")
                .say("B", "Crews expect to finish the replacement span in 2031.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims).stream().filter(f -> f.kind() == Kind.YEAR).toList();
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(2, facts.get(0).sourceCount(), () -> describe(facts));
    }

    @Test
    void oneYearOfTwoOccasionsStaysApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Orbital acquired Pinecrest in 2012.")
                .say("B", "Senator Ana Ruiz won the vote in 2012.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(2, facts.size(), () -> describe(facts));
    }

    @Test
    void aSurnameIsOnePersonHoweverTheFullNameIsTitled() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Texas Rep. Blake Farenthold was sued by a former aide in 2014.")
                .say("B", "Blake Farenthold was sued by a former aide in 2014, records show.")
                .say("C", "Farenthold was sued by a former aide in 2014.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().anyMatch(f -> sources(f).equals("A B C")), () -> describe(facts));
    }

    @Test
    void surnameAloneAndFullNameAreOnePerson() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Mara Quill secured $1.375 billion in funding for the bridge.")
                .say("B", "Quill secured $1.4 billion in funding for the bridge.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(1, facts.size(), () -> describe(facts));
        assertEquals(Verdict.COMPATIBLE, facts.get(0).verdict(), () -> describe(facts));
    }

    @Test
    void sharedSurnameOfTwoPeopleStaysApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Mara Quill secured $2 billion in funding for the bridge.")
                .say("B", "Tomas Quill secured $2 billion in funding for the bridge.")
                .say("C", "Quill secured $2 billion in funding for the bridge.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(3, facts.size(), () -> describe(facts));
    }


    @Test
    void twoFormsOfOneGivenNameAreOnePerson() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Defense Secretary James Mattis, 68, resigned on Thursday.")
                .say("B", "Jim Mattis, 68, resigned on Thursday.")
                .say("C", "Mattis, 68, resigned on Thursday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().anyMatch(f -> f.kind() == Kind.AGE && sources(f).equals("A B C")),
                () -> describe(facts));
    }

    /**
     * Issue 18's first example: four short reports of one shooting, with a dateline, a caption, a photo credit and a
     * police chief quoted. The wounded are one fact (5, 5, 5 and 6: a conflict) about no one named near the figure.
     */
    @Test
    void aShootingToldByFourOutletsIsOneFactOfWoundedNamedAfterNoCaption() {
        List<Claim> claims = new StoryClaims()
                .say("A", "BRIDGEPORT — Five people were wounded and one man was killed in a shooting outside a Park "
                        + "Avenue bar early Sunday, police said. Photo: Police tape surrounds the scene on Sunday. "
                        + "(Brian Lopez / Bridgeport Post)")
                .say("B", "One person was killed and five others injured when gunfire erupted outside a Bridgeport "
                        + "bar around 2 a.m. Sunday. The five wounded were taken to St. Vincent's Medical Center. "
                        + "Image: Officers investigate the shooting.")
                .say("C", "Police Chief Roderick Sweet said six people were injured in the shooting, which happened "
                        + "shortly before 2 a.m. Sunday.")
                .say("D", "The gunman killed one and wounded five others outside the Park Avenue bar, police said "
                        + "Sunday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        Fact wounded = facts.stream().filter(f -> f.predicate().equals("injuries")).findFirst().orElseThrow();
        assertAll(() -> assertEquals("A B C D", sources(wounded), () -> describe(facts)),
                () -> assertEquals(Verdict.CONFLICT, wounded.verdict(), () -> describe(facts)),
                () -> assertEquals(null, wounded.subject(), () -> describe(facts)),
                () -> assertTrue(facts.stream().noneMatch(f -> "Photo".equals(f.subject())
                        || "Image".equals(f.subject())), () -> describe(facts)));
    }

    @Test
    void aTellerOfItsOwnFigureLabelsTheFact() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Tesla said it delivered 384,122 vehicles in the first quarter.")
                .say("B", "Deliveries fell 8.5% to 384,122 vehicles in the quarter.")
                .say("C", "The quarter's 384,122 vehicles delivered missed forecasts.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().anyMatch(f -> "Tesla".equals(f.subject()) && sources(f).equals("A B C")),
                () -> describe(facts));
    }

    @Test
    void twoPeopleOfOneSurnameAndInitialStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "Joe Biden, 68, spoke at the rally on Sunday.")
                .say("B", "Jill Biden, 68, spoke at the rally on Sunday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().noneMatch(f -> f.kind() == Kind.AGE && sources(f).equals("A B")),
                () -> describe(facts));
    }

    @Test
    void institutionsOfOnePlaceStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "The Bank of England raised $2 billion in 2024.")
                .say("B", "The Church of England raised $2 billion in 2024.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().noneMatch(f -> f.kind() == Kind.MONEY && sources(f).equals("A B")),
                () -> describe(facts));
    }

    @Test
    void aShortFormJoinsOnlyThePersonItCanName() {
        List<Claim> claims = new StoryClaims()
                .say("A", "James Hale, 68, was rescued from the ridge on Sunday.")
                .say("A", "His brother John Hale, 71, was unhurt.")
                .say("B", "Jim Hale, 68, was rescued from the ridge on Sunday.")
                .say("C", "John Hale, 71, was unhurt.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().anyMatch(f -> f.kind() == Kind.AGE && sources(f).equals("A B")
                && f.verdict() == Verdict.AGREE), () -> describe(facts));
        assertTrue(facts.stream().anyMatch(f -> f.kind() == Kind.AGE && sources(f).equals("A C")
                && f.verdict() == Verdict.AGREE), () -> describe(facts));
    }

    @Test
    void relativesOneOutletNamesBothStayApart() {
        List<Claim> claims = new StoryClaims()
                .say("A", "James Hale, 68, was rescued from the ridge on Sunday.")
                .say("A", "John Hale, his brother, is 71.")
                .say("B", "John Hale, 68, was rescued from the ridge on Sunday.")
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertTrue(facts.stream().noneMatch(f -> f.kind() == Kind.AGE && sources(f).equals("A B")
                && f.verdict() == Verdict.AGREE), () -> describe(facts));
    }
    @Test
    void figureWithoutSubjectOrMeasureJoinsTheFactItFits() {
        List<Claim> claims = new StoryClaims()
                .add("A", "Quill", "funding", null, money("1375000000", "500000"))
                .add("B", null, "amount", null, money("1400000000", "50000000"))
                .add("B", null, "amount", null, money("3000000000", "500000000"))
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals("Quill/funding/null MONEY COMPATIBLE 1 source: $1.375 billion; 1 rounds to $1.4 billion\n"
                + "null/amount/null MONEY SINGLE_SOURCE 1 source: $3 billion", describe(facts));
    }

    @Test
    void figuresWithoutSubjectNeverConflict() {
        List<Claim> claims = new StoryClaims()
                .add("A", null, "amount", null, money("500000000", "500000"))
                .add("B", null, "amount", null, money("4000000000", "500000000"))
                .add("C", null, "funding", null, money("490000000", "5000000"))
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(3, facts.size(), () -> describe(facts));
        assertTrue(facts.stream().noneMatch(f -> f.verdict() == Verdict.CONFLICT), () -> describe(facts));
    }

    @Test
    void distantFiguresUnderGenericMeasureAreDifferentFacts() {
        List<Claim> claims = new StoryClaims()
                .add("A", "Nordvik", "share", null, StoryClaims.exactPercent("12", "0.5"))
                .add("B", "Nordvik", "share", null, StoryClaims.exactPercent("40", "0.5"))
                .add("A", "Alder", "count", null, StoryClaims.exactCount("198", "people"))
                .add("B", "Alder", "count", null, StoryClaims.exactCount("45000", "people"))
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(4, facts.size(), () -> describe(facts));
        assertTrue(facts.stream().allMatch(f -> f.verdict() == Verdict.SINGLE_SOURCE), () -> describe(facts));
    }

    @Test
    void aSourceGivingBothFiguresMeansTwoThings() {
        List<Claim> claims = new StoryClaims()
                .add("A", "Ana Ruiz", "votes", null, StoryClaims.exactPercent("56", "0.5"))
                .add("A", "Ana Ruiz", "votes", null, StoryClaims.exactPercent("58", "0.5"))
                .add("B", "Ana Ruiz", "votes", null, StoryClaims.exactPercent("58", "0.5"))
                .claims();
        List<Fact> facts = builder.compare(STORY, claims);
        assertEquals(List.of(Verdict.AGREE, Verdict.SINGLE_SOURCE),
                facts.stream().map(Fact::verdict).collect(Collectors.toList()), () -> describe(facts));
        assertNotEquals(facts.get(0).id(), facts.get(1).id());
    }

    @Test
    void factIdsAndOrderAreDeterministic() {
        StoryClaims story = new StoryClaims()
                .add("A", "Nordvik", "share", null, StoryClaims.exactPercent("56", "0.5"))
                .add("B", "Nordvik", "share", null, StoryClaims.exactPercent("58", "0.5"))
                .add("A", "Orbital", "stake", "Kestrel Labs", StoryClaims.exactPercent("49", "0.5"))
                .add("B", "Orbital", "stake", "Kestrel Labs", StoryClaims.exactPercent("49", "0.5"))
                .add("C", "Alder", "stake", null, StoryClaims.exactPercent("10", "0.5"));
        List<Claim> shuffled = new ArrayList<>(story.claims());
        Collections.reverse(shuffled);
        List<Fact> first = builder.compare(STORY, story.claims());
        List<Fact> second = builder.compare(STORY, shuffled);
        assertEquals(ids(first), ids(second));
        assertEquals(List.of(Verdict.CONFLICT, Verdict.AGREE, Verdict.SINGLE_SOURCE),
                first.stream().map(Fact::verdict).collect(Collectors.toList()));
        assertNotEquals(ids(first), ids(builder.compare(UUID.randomUUID(), story.claims())));
    }

    @Test
    void scalesLinearlyWithManyClaims() {
        // Four times the claims of four times the parties must cost about four times as much, not sixteen: timed
        // against the same machine's own smaller run, so a slow or busy machine does not decide.
        storyOf(10_000); // warm-up
        long small = timed(storyOf(10_000), 100);
        long large = timed(storyOf(40_000), 400);
        assertTrue(large < 8 * small + 500, "10,000 claims took " + small + " ms, 40,000 took " + large + " ms");
    }

    private static List<Claim> storyOf(int claims) {
        StoryClaims story = new StoryClaims();
        for (int i = 0; i < claims; i++) {
            story.add("S" + (i % 50), "Company" + (i % (claims / 100)), "stake", null,
                    StoryClaims.exactPercent("49", "0.5"));
        }
        return story.claims();
    }

    /** Milliseconds to compare the claims, which must come out as {@code facts} facts. */
    private long timed(List<Claim> claims, int facts) {
        long start = System.nanoTime();
        List<Fact> built = builder.compare(STORY, claims);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(facts, built.size());
        return millis;
    }

    private static Value money(String amount, String halfUnit) {
        BigDecimal a = new BigDecimal(amount);
        BigDecimal h = new BigDecimal(halfUnit);
        return new Value(Kind.MONEY, a, "USD", null, Bound.EXACT, a.subtract(h), a.add(h));
    }

    private static String agreements(Fact fact) {
        return fact.claims().stream().sorted((a, b) -> a.source().compareTo(b.source()))
                .map(c -> c.source() + "=" + c.agreement()).collect(Collectors.joining(" "));
    }

    private static String sources(Fact fact) {
        return fact.claims().stream().map(Claim::source).sorted().collect(Collectors.joining(" "));
    }

    private static List<UUID> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).collect(Collectors.toList());
    }

    private static String describe(List<Fact> facts) {
        Function<Fact, String> line = f -> f.subject() + "/" + f.predicate() + "/" + f.object() + " " + f.kind()
                + " " + f.verdict() + " " + f.summary();
        return facts.stream().map(line).collect(Collectors.joining("\n"));
    }
}
