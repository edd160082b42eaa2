package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimExtractor;

/**
 * A span of time is a claim of its own, also where it frames another figure: one outlet's raise "over three years"
 * and another's "four-year deal" differ on it.
 */
class SpansOfTimeTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | claimed surfaces, in order
        "The drivers want a 9% raise over four years. | 9%; four years",
        "Fares will rise by 6% within two weeks, the operator said. | 6%; two weeks",
        "Output grew 3.5% in the past five years. | 3.5%; five years",
        "The plant will hire 400 workers for the next three years. | 400; three years",
        "The court sentenced Ferro to four years in prison. | four years",
        "The dock strike lasted 12 days. | 12 days",
        "A typical home sold within 24 days. | 24 days",
        "The $250 million gift will be paid over 10 years. | $250 million; 10 years",
    })
    void aSpanOfTimeIsAClaimAlsoWhereItFramesAnotherFigure(String sentence, String surfaces) {
        List<String> found = EXTRACTOR.extract(sentence).stream().map(c -> c.quote().surface()).toList();
        assertEquals(List.of(surfaces.split(";")).stream().map(String::strip).toList(),
                found.stream().map(String::strip).toList());
    }

    /** Each row: a sentence and the bound of its span of time. "over" spans a span that frames another figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Members approved raises totalling 11 percent over three years. | EXACT",
        "The $250 million gift will be paid over 10 years. | EXACT",
        "More than 28,000 people had waited over a year for treatment, and 900 for over two years. | AT_LEAST",
        "The bridge has stood for over 80 years. | AT_LEAST",
        "Patients waited over 18 weeks. | AT_LEAST",
        "About 28,000 patients waited over 18 weeks. | AT_LEAST",
        "Some 420 of the 870 jobs will go over 18 months. | EXACT",
        "The money, to be paid over 10 years, will fund a laboratory. | EXACT",
        "If approved, it would be repaid over 20 years. | EXACT",
        "The repurchases would be spread over three years. | EXACT",
        "The survey, carried out over three weeks, recorded 312 pairs. | EXACT",
        "Some nurses have worked there over 20 years. | AT_LEAST",
        "He has over 20 years of experience. | AT_LEAST",
    })
    void overSpansASpanThatFramesAnotherFigure(String sentence, String bound) {
        List<String> found = EXTRACTOR.extract(sentence).stream()
                .filter(c -> c.value().unit() != null && c.value().unit().matches("year|month|week"))
                .map(c -> c.value().bound().name()).distinct().toList();
        assertEquals(List.of(bound), found);
    }

    /** Each row: a sentence and the one-unit figures found in it, as {@code surface=amount unit bound}, or "-". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ship struck the reef just over a mile from the harbour mouth. | a mile=1 mile AT_LEAST",
        "The ferry was only a mile and a quarter from port. | a mile and a quarter=1.25 mile EXACT",
        "The river rose by 13 feet in less than an hour. | an hour=1 hour AT_MOST",
        "The inquiry lasted more than a year and cost $2 million. | a year=1 year AT_LEAST",
        "The $250 million pledge, spread over a decade, funds 48 posts. | a decade=1 decade EXACT",
        "It adds roughly $96 a year to the bill. | -",
        "A year ago the company lost money. | -",
        "Nearly a year later, the plant reopened. | -",
        "She takes the pills twice a day. | -",
        "The engine burst into flames just half an hour into the flight. | half an hour=0.5 hour EXACT",
        "An inch of ice brought down power lines across the province. | An inch=1 inch EXACT",
        "It was a day of mourning. | -",
        "The factory closed nearly a decade ago. | -",
        "New-build properties are exempt for a decade after completion. | a decade=1 decade EXACT",
        "Rescuers arrived half a day after the crash. | -",
    })
    void readsOneUnitWrittenWithAnArticle(String sentence, String expected) {
        String found = FigureScanner.forClaims().scan(sentence).stream()
                .filter(f -> sentence.regionMatches(true, f.start(), "a", 0, 1)
                        || sentence.regionMatches(true, f.start(), "half", 0, 4))
                .map(f -> sentence.substring(f.start(), f.end()) + "=" + f.value().amount().stripTrailingZeros()
                        .toPlainString() + " " + f.value().unit() + " " + f.value().bound())
                .collect(java.util.stream.Collectors.joining("; "));
        assertEquals(expected.equals("-") ? "" : expected, found);
    }

    /**
     * Each row: a sentence and its figures as {@code surface=amount unit bound [low, high]}: a span told in several
     * units is one figure in the smallest, precise to half of it; a fraction in words is precise to its own step.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dravik won after 4 hours 51 minutes. | 4 hours 51 minutes=291 minute EXACT [290.5, 291.5]",
        "The tunnel cuts the journey from two hours and 10 minutes to 55 minutes. | two hours and 10 minutes=130 minute "
                + "EXACT [129.5, 130.5]; 55 minutes=55 minute EXACT [54.5, 55.5]",
        "The crew reached port after 29 days, 14 hours and 5 minutes. | 29 days, 14 hours and 5 minutes=42605 minute "
                + "EXACT [42604.5, 42605.5]",
        "He must serve at least four years and eight months. | four years and eight months=56 month AT_LEAST [56, null]",
        "Brenner leads by one minute 47 seconds. | one minute 47 seconds=107 second EXACT [106.5, 107.5]",
        "The runway was shut for three and a half hours. | three and a half hours=3.5 hour EXACT [3.25, 3.75]",
        "The trial covers a four-day, 32-hour week. | four-day=4 day EXACT [3.5, 4.5]; 32-hour=32 hour EXACT [31.5, 32.5]",
        "The search took 45 minutes and 3 hours of paperwork followed. | 45 minutes=45 minute EXACT [44.5, 45.5]; "
                + "3 hours=3 hour EXACT [2.5, 3.5]",
    })
    void aSpanToldInSeveralUnitsIsOneFigure(String sentence, String expected) {
        String found = FigureScanner.forClaims().scan(sentence).stream()
                .map(f -> sentence.substring(f.start(), f.end()) + "=" + f.value().amount().stripTrailingZeros()
                        .toPlainString() + " " + f.value().unit() + " " + f.value().bound() + " ["
                        + plain(f.value().low()) + ", " + plain(f.value().high()) + "]")
                .collect(java.util.stream.Collectors.joining("; "));
        assertEquals(expected, found);
    }

    private static String plain(java.math.BigDecimal x) {
        return x == null ? "null" : x.stripTrailingZeros().toPlainString();
    }
}
