package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

/**
 * Fiscal and financial years are years: named by their digits ("FY2026", "FY26") or told relative to the day the
 * article was written ("the current fiscal year" in an article of 2026 is 2026). A relative one right after a figure
 * is that figure's period, not a year of its own, as "last year" is; a year range ("FY2025/26") is not read.
 */
class FiscalYearTest {

    private static final FigureScanner CLAIMS = FigureScanner.forClaims();
    private static final LocalDate WRITTEN = LocalDate.of(2026, 4, 14);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            The endowment reached $8.5 billion at the end of FY2026.            | 2026
            Results for FY26 are due in August.                                  | 2026
            Through Q3 of FY 2026 the department had overspent.                  | 2026
            The audit covered the previous fiscal year.                          | 2025
            Police could overspend again in the current fiscal year, it said.    | 2026
            Cuts are planned for the next financial year.                        | 2027
            The FY2025/26 budget was set in March.                               | ''
            Pay rose 4% last fiscal year.                                        | ''
            """)
    void fiscalYearsAreYears(String sentence, String expected) {
        String found = CLAIMS.scan(sentence, null, WRITTEN).stream()
                .filter(f -> f.value().kind() == Kind.YEAR)
                .map(f -> f.value().amount().toPlainString())
                .collect(Collectors.joining("; "));
        assertEquals(expected, found);
    }
}
