package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

/** The period each figure of a sentence is dated to, the two sides of a comparison each their own. */
class PeriodTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Helio's revenue was $410 million last year, up from $275 million a year earlier. | $410 million | last year
            Helio's revenue was $410 million last year, up from $275 million a year earlier. | $275 million | a year earlier
            Proficiency rose to 46 percent this year, up from 41 percent.                     | 46 percent   | this year
            Proficiency rose to 46 percent this year, up from 41 percent.                     | 41 percent   | null
            Proficiency rose to 46% from 41% a year ago.                                      | 46%          | null
            Proficiency rose to 46% from 41% a year ago.                                      | 41%          | a year ago
            Senator Ruiz won 58 percent of the vote in 2012.                                  | 58 percent   | 2012
            It produced 2.1 million tonnes last year against a target of 2.4 million tonnes for this year. | 2.1 million | last year
            It produced 2.1 million tonnes last year against a target of 2.4 million tonnes for this year. | 2.4 million | this year
            The airport handled 8.6 million passengers last year and forecasts 9.4 million next year.      | 9.4 million | next year
            The airport handled 8.6 million passengers last year and forecasts 9.4 million next year.      | 8.6 million | last year
            The deal: 6% for 2026, 5.5% for 2027 and a £1.5k one-off payment.                 | 5.5%         | 2027
            The deal: 6% for 2026, 5.5% for 2027 and a £1.5k one-off payment.                 | £1.5k        | null
            In 2025 the company made a profit of £61m.                                          | £61m         | 2025
            The firm was fined £540,000 five years ago over a fire.                             | £540,000     | five years ago
            It opened 14 shops during the period and plans to open about 25 next year.           | 14           | null
            It opened 14 shops during the period and plans to open about 25 next year.           | 25           | next year
            Revenue rose 12% to $4.1 billion last year.                                         | 12%          | last year
            Overtime spending reached $38.6m in FY2025 against a budget of $21m.                | $38.6m       | fy2025
            Overtime spending reached $38.6m in FY25.                                           | $38.6m       | fy2025
            The department spent $38.6 million in fiscal year 2025.                              | $38.6 million | fy2025
            The department spent $38.6 million in fiscal 2025.                                   | $38.6 million | fy2025
            The department spent $38.6 million last fiscal year.                                 | $38.6 million | last fiscal year
            The department could spend $40 million in the current fiscal year.                   | $40 million  | this fiscal year
            The service saved £2.4m in the previous financial year.                              | £2.4m        | last fiscal year
            Profit will be $430 million in the current year.                                     | $430 million | this year
            Corvane reported third-quarter net income of $1.2 billion.                           | $1.2 billion | third quarter
            Corvane's Q3 profit rose to $1.2bn.                                                  | $1.2bn       | third quarter
            Its profit in the fourth quarter was $3 billion.                                     | $3 billion   | fourth quarter
            """)
    void datesEachSideOfAComparisonApart(String sentence, String figure, String period) {
        int start = sentence.indexOf(figure);
        assertEquals(period, Period.of(sentence, start, start + figure.length(), Kind.PERCENT));
    }
}
