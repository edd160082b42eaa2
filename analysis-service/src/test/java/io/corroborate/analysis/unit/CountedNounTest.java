package io.corroborate.analysis.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noun a count counts, read after the number, through names and model codes before it. */
class CountedNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "24 jets, valued at $2.9 billion | jets",
        "24 Halden H220 jets for delivery from 2028 | jets",
        "24 A320 aircraft for delivery | aircraft",
        "2,000 American troops arrived | troops",
        "24 Hour Fitness | -",
        "four corrections officers on duty | officers",
        "five police officers were hurt | officers",
        "300 sales representatives | representatives",
        "four crew members were rescued | crew",
        "five officers were hurt | officers",
    })
    void readsTheCountedNounThroughNamesAndModelCodes(String text, String noun) {
        int after = text.indexOf(' ');
        assertEquals(noun, CountedNoun.after(text, after, false, true));
    }
}
