package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "this year" and "next year" compare as the calendar years they name in an article of a known day, so that "50 million
 * this year" (2026) is another period than "49 million in 2027"; "last year" keeps its key, one with "a year
 * earlier".
 */
class CalendarYearTest {

    @ParameterizedTest(name = "{0} in an article of {1}")
    @CsvSource(nullValues = "null", textBlock = """
            this year,  2026-03-10, 2026
            next year,  2026-03-10, 2027
            last year,  2026-03-10, last year
            this year,  null,       this year
            2025,       2026-03-10, 2025
            five years ago, 2026-03-10, 2021
            12 years ago, 2026-03-10, 2014
            five years ago, null,   five years ago
            """)
    void namesTheCalendarYear(String period, LocalDate written, String expected) {
        assertEquals(expected, Aligned.calendarYear(period, written));
    }

    /** A quarter stored by its number before periods were read as ordinals compares as the ordinal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            q3,             third quarter
            third quarter,  third quarter
            last year,      a year earlier
            """)
    void keysAPeriod(String period, String expected) {
        assertEquals(expected, Aligned.periodKey(period));
    }
}
