package io.corroborate.analysis.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "second" after a number is the unit of time only in the plural, after one, or joined to its number. */
class OrdinalSecondTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            the levy on 4,870 second homes | 4,870 | null
            the 12 second-round ties       | 12    | null
            a 30-second advert             | 30    | second
            it lasted 12 seconds           | 12    | second
            1 second later                 | 1     | second
            one second later               | one   | second
            """)
    void secondIsTimeOnlyWhenItCanBe(String text, String number, String unit) {
        Units.Match match = Units.at(text, text.indexOf(number) + number.length());
        assertEquals(unit, match == null ? null : match.name());
    }
}
