package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How often something happened, told in one word; each row: a sentence and its figures of "times" ("2 times"). */
class RepeatsTest {

    private static final FigureScanner SCANNER = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", emptyValue = "", textBlock = """
            Tobi Mensah scored twice as the Kestrels beat Rovers.          | 2 times
            After being postponed twice, the satellite was launched.       | 2 times
            Twice rejected, the bill finally passed on Monday.             | 2 times
            The house was burgled thrice in one year.                      | 3 times
            He scored at least twice in every final.                       | 2 times
            Sales were twice as high as a year earlier.                    |
            The new plant has twice the capacity of the old one.           |
            The team trains twice a week at the stadium.                   |
            The board meets twice yearly.                                  |
            A twice-yearly review found no fault.                          |
            """)
    void readsRepeats(String sentence, String expected) {
        String found = SCANNER.scan(sentence).stream()
                .filter(f -> "times".equals(f.value().unit()))
                .map(f -> f.value().amount().stripTrailingZeros().toPlainString() + " " + f.value().unit())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }
}
