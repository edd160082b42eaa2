package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Kind;

/**
 * Dates written relative to the article's day, read as the days they name. Each row: the day the article was
 * published, a sentence, and its date and year figures as {@code kind low–high unit} ("DATE 806-812 2018" is 6 to 12
 * August 2018) joined by "; ".
 */
class RelativeDatesTest {

    private static final FigureScanner SCANNER = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = "|", emptyValue = "", textBlock = """
            2018-08-13 | Strzok testified at a congressional hearing last month.               | DATE 701-731 2018
            2018-08-13 | He was removed from the special counsel's staff last summer.           | DATE 601-831 2017
            2018-10-13 | He was removed from the special counsel's staff last summer.           | DATE 601-831 2018
            2018-08-13 | The bill was signed into law last week.                                | DATE 806-812 2018
            2018-08-15 | The package was found yesterday at a post office in Florida.          | DATE 814 2018
            2018-08-15 | Officials said last night that a second package had been found.      | DATE 814 2018
            2018-08-15 | The hearing will resume tomorrow.                                      | DATE 816 2018
            2018-08-15 | The motorway is shut for 56 hours from tonight.                        | DATE 815 2018
            2018-08-15 | Rain has fallen since yesterday.                                       | DATE 814 2018
            2018-08-15 | Lisa Page left the bureau earlier this month.                          | DATE 801-815 2018
            2018-08-15 | The committee will vote later this week.                               | DATE 815-819 2018
            2018-08-13 | Bloomberg considered a third-party run for president this year.       | YEAR 2018
            2018-08-13 | The Super Bowl comes to Arizona next year.                             | YEAR 2019
            2018-08-13 | He was arrested three days ago in Aventura.                            | DATE 810 2018
            2018-08-13 | Protesters gathered over the weekend outside the courthouse.          | DATE 811-812 2018
            2018-08-11 | Protesters gathered over the weekend outside the courthouse.          | DATE 811-812 2018
            2018-08-13 | The company earned $410 million last year, up from $275 million.      |
            2018-08-15 | Four men raided the jeweller just after 10am yesterday.               | TIME 570-659; DATE 814 2018
            2018-08-15 | Ebbe fired Harwick to the cup with two goals yesterday.                | DATE 814 2018
            2018-08-15 | Police want footage from between 10:00 and 11:00 that morning.        |
            2018-08-15 | Officers detained the man at around 6:15 this morning.                  | TIME 345-405; DATE 815 2018
            2018-08-13 | Output rose 4% last month, the agency said.                             |
            2018-08-13 | He told ABC's This Week that he would run.                             |
            2018-08-13 | The figures were worse than those of the week before last week.       |
            2018-08-13 | The trial has run since last month.                                    |
            2019-01-02 | Sales rose this week.                                                  |
            2018-08-15 | The council approved the plan today, officials said.                  | DATE 815 2018
            2018-08-15 | Today the council approved the plan.                                   | DATE 815 2018
            2018-08-15 | He told NBC's Today show that he would run.                            |
            """)
    void readsRelativeDates(LocalDate written, String sentence, String expected) {
        String found = SCANNER.scan(sentence, null, written).stream()
                .filter(f -> f.value().kind() == Kind.DATE || f.value().kind() == Kind.YEAR
                        || f.value().kind() == Kind.TIME)
                .map(f -> (f.value().kind() + " " + range(f) + " " + (f.value().unit() == null ? ""
                        : f.value().unit())).trim())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }

    @Test
    void anUndatedArticleHasNoRelativeDates() {
        assertTrue(SCANNER.scan("The bill was signed into law last week.", null, null).isEmpty());
        assertTrue(new ClaimExtractor().extract("The bill was signed into law last week.").isEmpty());
    }

    @Test
    void aDatedArticleStatesTheDayItsWordsName() {
        var claims = new ClaimExtractor().extract("Gov. Brewer vetoed the bill yesterday.", LocalDate.of(2014, 2, 27));
        assertEquals(1, claims.size());
        assertEquals("yesterday", claims.get(0).quote().surface());
        assertEquals("226", claims.get(0).value().amount().toPlainString());
        assertEquals("2014", claims.get(0).value().unit());
    }

    private static String range(Figure f) {
        String low = f.value().low().stripTrailingZeros().toPlainString();
        String high = f.value().high().stripTrailingZeros().toPlainString();
        return low.equals(high) ? low : low + "-" + high;
    }
}
