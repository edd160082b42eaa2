package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

/**
 * A fall told "from A to B" is two levels for claims, the one before and the one after, and so is a rise a verb of
 * change governs ("raise capacity from 330 to 540"), a move ("moves", "changes", "goes up from A to B"), and a change told with the level it reached ("fell 68p to
 * 412p"); a span stays one range ("to grow 5% to 7%"). Each row: a sentence and the claim layer's money and percentage figures, as {@code low-high} or a single
 * amount, joined by "; ".
 */
class FallTest {

    private static final FigureScanner SCANNER = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Aerivex cut the list price of the inhaler from $489 to $146.   | 489; 146
            The jobless rate fell from 6.1 percent to 5.8 percent.          | 6.1; 5.8
            Estimates ran from $370,000 to $5.5 million.                    | 370000-5500000
            Tickets will cost from $5 to $7.                                 | 5-7
            The expansion will raise bed capacity from 330 to 540.          | 330; 540
            Enrollment grew from 1,200 to 1,450 students over the decade.  | 1200; 1450
            Temperatures will range from 20 to 25 degrees.                 | 20-25
            Shares fell 68p to 412p.                                         | 0.68; 4.12
            Shares rose $1.20 to $45.60.                                     | 1.2; 45.6
            Revenue rose $200 million to $1.2 billion.                      | 200000000; 1200000000
            The company expects sales to grow 5% to 7% next year.           | 5-7
            Prices fell 5 to 10 percent.                                     | 5-10
            It will raise the passenger toll on the 12-mile Lakeshore Connector from $3.40 to $3.95. | 12; 3.4; 3.95
            The two-year fix moves from 4.19% to 4.64% next week.           | 2; 4.19; 4.64
            The standard fare changes from £14.20 to £15.10.                 | 14.2; 15.1
            The toll goes up from $3.40 to $3.95.                            | 3.4; 3.95
            Guidance fell to $84 billion, down from the $89 to $93 billion it had projected. | 84000000000; 89000000000-93000000000
            A scale of fines drawn up in 2015 runs from $250,000 to $1 million. | 250000-1000000
            """)
    void aFallIsTwoLevels(String sentence, String expected) {
        String found = SCANNER.scan(sentence).stream()
                .filter(f -> f.value().kind() == Kind.MONEY || f.value().kind() == Kind.PERCENT
                        || f.value().kind() == Kind.COUNT || f.value().kind() == Kind.QUANTITY)
                .map(f -> f.to() == null ? f.from().stripTrailingZeros().toPlainString()
                        : f.from().stripTrailingZeros().toPlainString() + "-"
                                + f.to().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
        assertEquals(expected, found);
    }
}
