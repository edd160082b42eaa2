package io.corroborate.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StorySignatureTest {

    private static final String HEADLINE = "Pinecrest Labs Agrees To Be Bought By Orbital Systems";
    private static final String BODY = "Orbital Systems agreed on Monday to buy Pinecrest Labs for $1.2 billion. "
            + "The startup, founded by Mara Ellison in 2011, makes battery controllers.\n\nRegulators must approve "
            + "the deal, Orbital's chief executive Dan Reyes said.";

    @Test
    void aHeadlineRepeatedAtTheTopOfTheTextIsTheTitle() {
        StorySignature body = StorySignature.ofArticle(HEADLINE, BODY);
        assertEquals(1.0, StorySignature.ofArticle(HEADLINE, HEADLINE + "\n\n" + BODY).similarity(body), 1e-9);
        assertEquals(1.0, StorySignature.ofArticle(null, HEADLINE + "\n\n" + BODY).similarity(body), 1e-9);
        assertEquals(1.0, StorySignature.ofArticle("", HEADLINE + "\n" + BODY).similarity(body), 1e-9);
    }

    @Test
    void aFirstLineThatIsASentenceOrABylineStaysInTheLead() {
        String text = "Orbital Systems agreed on Monday to buy Pinecrest Labs.\n" + BODY;
        assertFalse(StorySignature.ofArticle(null, text).similarity(StorySignature.ofArticle(
                "Orbital Systems agreed on Monday to buy Pinecrest Labs.", BODY)) > 0.999);
        assertTrue(StorySignature.ofArticle(null, "By Jane Doe\n" + BODY).similarity(
                StorySignature.ofArticle("By Jane Doe", BODY)) < 0.999);
    }

    @Test
    void adjacentNamesInsideASentenceFormAPhrase() {
        StorySignature s = StorySignature.ofArticle("Harbor Board Votes",
                "The port board met on Tuesday. Chair Mina Okafor said the vote on dredging would wait.");
        assertTrue(s.terms().contains("mina okafor"));
        assertTrue(s.terms().contains("okafor"));
    }

    @Test
    void titleCaseWordsAreNotNamePhrases() {
        StorySignature s = StorySignature.ofArticle("Council Rejects Harbor Plan", "The council voted 7 to 2.");
        assertFalse(s.terms().contains("council rejects"));
        assertTrue(s.terms().contains("harbor"));
    }

    @Test
    void dottedAcronymsAndPluralsFoldTogether() {
        StorySignature dotted = StorySignature.ofArticle("", "Agents of the F.B.I. seized the ledgers.");
        StorySignature plain = StorySignature.ofArticle("", "FBI agents seized a ledger.");
        assertTrue(dotted.terms().contains("fbi"));
        assertTrue(plain.terms().contains("ledger") && dotted.terms().contains("ledger"));
    }

    @Test
    void aNameInEveryStoryCountsLessThanARareOne() {
        StorySignature vance = StorySignature.ofArticle("", "Governor Lena Vance signed the water bill in Tarrow.");
        StorySignature parade = StorySignature.ofArticle("", "Governor Lena Vance led the parade in Ostrel.");
        StorySignature budget = StorySignature.ofArticle("", "Governor Lena Vance cut the school budget.");
        StorySignature article = StorySignature.ofArticle("", "In Tarrow, Governor Lena Vance backed a water bill.");
        TermStatistics stats = TermStatistics.empty();
        for (StorySignature story : List.of(vance, parade, budget)) {
            stats.replace(StorySignature.empty(), StorySignature.empty().merge(story));
        }
        double plainGap = article.similarity(vance) - article.similarity(parade);
        double weightedGap = article.similarity(vance, stats) - article.similarity(parade, stats);
        assertTrue(weightedGap > plainGap, weightedGap + " vs " + plainGap);
    }

    @Test
    void withoutOtherStoriesWeightingIsPlainCosine() {
        StorySignature a = StorySignature.ofArticle("Kestrel sold", "Orbital bought Kestrel Labs.");
        StorySignature b = StorySignature.ofArticle("Orbital buys", "Kestrel Labs goes to Orbital.");
        assertEquals(a.similarity(b), a.similarity(b, TermStatistics.empty()), 1e-9);
    }

    @Test
    void statisticsSurviveTheirTextForm() {
        TermStatistics stats = TermStatistics.empty();
        StorySignature story = StorySignature.empty().merge(StorySignature.ofArticle("Flood", "The Amber River rose."));
        stats.replace(StorySignature.empty(), story);
        TermStatistics back = TermStatistics.decode(stats.encode());
        assertEquals(1, back.documents());
        assertEquals(stats.idf("amber", false), back.idf("amber", false), 1e-9);
    }

    @Test
    void eachArticleCountsOnceInItsStoryHoweverLong() {
        StorySignature shortOne = StorySignature.ofArticle("", "Orbital bought Kestrel.");
        StorySignature longOne = StorySignature.ofArticle("", "Flooding in Lowtown. ".repeat(40));
        StorySignature story = StorySignature.empty().merge(shortOne).merge(longOne);
        assertEquals(story.similarity(shortOne), story.similarity(longOne), 0.05);
    }

    @Test
    void matcherUsesTheStatistics() {
        UUID id = UUID.randomUUID();
        StorySignature story = StorySignature.empty().merge(StorySignature.ofArticle("", "Orbital bought Kestrel."));
        assertTrue(new StoryMatcher(0.3).match(StorySignature.ofArticle("", "Kestrel went to Orbital."),
                List.of(new StoryMatcher.Candidate(id, story)), TermStatistics.empty()).isPresent());
    }

    @Test
    void plainSimilarityIsSymmetric() {
        StorySignature story = StorySignature.empty().merge(StorySignature.ofArticle("Kestrel sold",
                "Orbital bought Kestrel Labs.")).merge(StorySignature.ofArticle("Orbital buys", "Kestrel goes to "
                        + "Orbital Systems, Ruiz said."));
        StorySignature article = StorySignature.ofArticle("Kestrel deal", "Orbital and Kestrel Labs agreed.");
        assertEquals(article.similarity(story), story.similarity(article), 1e-12);
        assertEquals(1.0, story.similarity(story), 1e-9);
    }

    @Test
    void weightedSimilarityIsTheCosineOfTheRarityWeightedTerms() {
        StorySignature vance = StorySignature.empty().merge(StorySignature.ofArticle("Water bill signed",
                "Governor Lena Vance signed the water bill in Tarrow."));
        StorySignature parade = StorySignature.empty().merge(StorySignature.ofArticle("",
                "Governor Lena Vance led the parade in Ostrel."));
        StorySignature article = StorySignature.ofArticle("Tarrow water", "In Tarrow, Governor Lena Vance backed a "
                + "water bill.");
        TermStatistics stats = TermStatistics.of(List.of(vance, parade));
        Map<String, Double> a = weights(article);
        Map<String, Double> s = weights(vance);
        double dot = 0;
        double na = 0;
        double ns = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double f = stats.idf(e.getKey(), s.containsKey(e.getKey()));
            na += Math.pow(e.getValue() * f, 2);
            dot += s.containsKey(e.getKey()) ? e.getValue() * s.get(e.getKey()) * f * f : 0;
        }
        for (Map.Entry<String, Double> e : s.entrySet()) {
            ns += Math.pow(e.getValue() * stats.idf(e.getKey(), true), 2);
        }
        assertEquals(dot / Math.sqrt(na * ns), article.similarity(StorySignature.decode(vance.encode()), stats),
                1e-3);
    }

    private static Map<String, Double> weights(StorySignature signature) {
        Map<String, Double> out = new HashMap<>();
        for (String line : signature.encode().split("\n")) {
            int space = line.lastIndexOf(' ');
            out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return out;
    }
}
