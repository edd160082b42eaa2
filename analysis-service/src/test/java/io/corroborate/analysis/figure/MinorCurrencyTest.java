package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

/**
 * Cents and pence are money: a claim holds "89 cents a share" as $0.89, so that it compares with an outlet's "$0.89";
 * pence are sterling, cents of the currency the sentence names, else of the dollar. The quantity layer keeps them as
 * written (its benchmark annotates cents as a unit).
 */
class MinorCurrencyTest {

    private static final FigureScanner CLAIMS = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            It earned 89 cents a share, up from 71 cents.  | USD 0.89; USD 0.71
            The dividend rose to 12 pence.                 | GBP 0.12
            Fuel costs 2 euros and 10 cents a litre.       | EUR 2; EUR 0.1
            A stamp will cost €1.20, up 5 cents.           | EUR 1.2; EUR 0.05
            The 55-cent increase takes the toll to $3.95.  | USD 0.55; USD 3.95
            """)
    void aHundredthOfACurrencyIsMoney(String sentence, String expected) {
        String found = CLAIMS.scan(sentence).stream()
                .filter(f -> f.value().kind() == Kind.MONEY)
                .map(f -> f.value().currency() + " " + f.value().amount().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
        assertEquals(expected, found);
    }
}
