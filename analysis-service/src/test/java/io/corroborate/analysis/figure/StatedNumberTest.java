package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

/**
 * Totals whose number names no noun but whose clause says what they measure. Each row: a sentence and the counts the
 * claim layer finds in it, as {@code amount unit} ("-" for no counted noun) joined by "; ".
 */
class StatedNumberTest {

    private static final FigureScanner SCANNER = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", emptyValue = "", textBlock = """
            The win came before a record crowd of 41,872 at Harbourside Stadium.           | 41872 -
            The announced attendance of 41,872 broke the record of 40,950.                 | 41872 -; 40950 -
            She won by a margin of 6,235 over the incumbent.                              | 6235 -
            The ferry was well below its licensed capacity of 80.                          | 80 -
            The company's workforce stands at 9,350, according to its annual filing.       | 9350 -
            Peak construction employment is projected at 4,500.                            | 4500 -
            Port Halvey homicides fall to 143, lowest in a decade                           | 143 -
            Tessary River crests at record level as floods kill at least three             | 3 people
            Ilsley beat Mayor Tobias Renn by roughly 6,200 in the runoff.                  | 6200 -
            The letter was signed by all 42 Senate Republicans.                           | 42 Republicans
            About 2.4 million Americans use the inhaler.                                   | 2400000 Americans
            The money, to be paid over 10 years, funds a new laboratory.                   |
            The class of 2019 graduated in June.                                           |
            Turnout reached 900 on the first day.                                          | 900 -
            The plant employs 300 and will close in 2027.                                  | 300 -
            The index closed at 4,500 after a rally.                                       | 4500 -
            """)
    void readsTotalsTheirClauseMeasures(String sentence, String expected) {
        String found = SCANNER.scan(sentence).stream()
                .filter(f -> f.value().kind() == Kind.COUNT)
                .map(f -> f.value().amount().stripTrailingZeros().toPlainString() + " "
                        + (f.value().unit() == null ? "-" : f.value().unit()))
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }
}
