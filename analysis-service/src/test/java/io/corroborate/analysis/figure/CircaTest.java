package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "circa" as business and trade copy abbreviates it, written close to its figure or apart ("c.£1.65bn", "c. 4,200",
 * "ca. 4,200 years"): the figure is read, and it is approximate.
 */
class CircaTest {

    private static final FigureScanner CLAIMS = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Including net debt of £410m, EV is c.£1.65bn.                  | 410000000 EXACT; 1650000000 APPROXIMATE
            Management targets c.25 openings over the next year.          | 25 APPROXIMATE
            The deal covers c. 4,200 hourly staff.                         | 4200 APPROXIMATE
            The orbital period is ca. 4,200 years.                          | 4200 APPROXIMATE
            It employs circa 4,200 staff.                                   | 4200 APPROXIMATE
            """)
    void aFigureAfterCircaIsApproximate(String sentence, String expected) {
        String found = CLAIMS.scan(sentence).stream()
                .map(f -> f.value().amount().stripTrailingZeros().toPlainString() + " " + f.value().bound())
                .collect(Collectors.joining("; "));
        assertEquals(expected, found);
    }
}
