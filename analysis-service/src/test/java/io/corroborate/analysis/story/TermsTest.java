package io.corroborate.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    private static Set<String> figures(String lead) {
        return Terms.of("", lead).keySet().stream().filter(t -> t.startsWith("#")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} and {1} are one figure")
    @CsvSource(delimiter = '|', value = {
            "a record $1.46 billion jackpot | WHO'S THE $1.46BN MYSTERY WINNER?",
            "a deal worth $1,460 million | a $1.46bn deal",
            "adds £310 million to the wage bill | adds £310mn to the wage bill",
            "a £58m fee | a £58 million fee",
            "hackers seek $4.5 mln | hackers demanded $4.5 million",
            "a $381K bribe racket | $381,000 in bribes",
            "containment reaches 35 per cent | containment at 35%",
            "up 31 percent | up 31%",
            "a 6.50% rise | a 6.5 percent rise",
            "about 3,000 residents fled | 3000 residents fled" })
    void aFigureIsOneTermHoweverItIsWritten(String one, String other) {
        assertEquals(figures(other), figures(one));
        assertEquals(1, figures(one).size());
    }

    @Test
    void aLoneLetterAfterDigitsIsAScaleOnlyAfterACurrencySign() {
        assertEquals(Set.of("#21"), figures("A new 21m-long dinosaur species"));
        assertEquals(Set.of("#$21000000"), figures("a $21m stadium"));
        assertTrue(figures("won 3 games").isEmpty(), "a single digit alone tells no event");
        assertEquals(Set.of("#$3"), figures("a $3 ticket"));
    }

    @Test
    void preciseFiguresAreMoneyAndThousandsThatAreNoYearAddressOrCode() {
        assertEquals(Set.of("£310000000", "600000", "1200", "$14000"),
                Terms.preciseFigures("The £310m scheme has 600,000 panels; 1,200 objections; $14,000 raised."));
        assertEquals(Set.of("£310000000"), Terms.preciseFigures("a £310 million project"));
        assertTrue(Terms.preciseFigures("a $5 fee and a $1 million grant").isEmpty(),
                "money of one significant digit is stated by many events");
        assertEquals(Set.of("2000", "1850"), Terms.preciseFigures("2,000 homes and 1,850 objections"),
                "a number written with a comma is no year");
        assertEquals(Set.of("1200", "$1500000", "£310000000"), Terms.preciseFigures(
                "1,200 Sue In Supreme Court, $1.5 Million Settlement In High Court, £310m Deal Paves Way"),
                "a headline's capitals after a figure are no address");
        assertTrue(Terms.preciseFigures("In 2019, 14 people and 35% of 300 homes").isEmpty(),
                "years, small counts and shares tell no event");
        assertTrue(Terms.preciseFigures("shot in the 1800 block of Dorsey Avenue near 2400 Elm Street").isEmpty(),
                "street addresses are shared by unrelated incidents");
        assertTrue(Terms.preciseFigures("call 555-1234 or 1-800-2000").isEmpty(), "numbers joined by hyphens are codes");
    }

    @Test
    void wordsAfterAFigureAreNoScale() {
        assertEquals(Set.of("#12", "#40"), figures("12 knots and 40 kilometres"));
        assertEquals(Set.of("#$5"), figures("$5 bonus"));
    }
}
