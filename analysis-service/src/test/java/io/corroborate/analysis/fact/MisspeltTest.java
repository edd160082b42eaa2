package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One name spelt two ways is one party; two names a letter apart but short, or starting differently, are not. */
class MisspeltTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(textBlock = """
            paris island,  parris island, true
            jon smithson,  jan smithson,  true
            gowdy trey,    gowdy trey,    true
            kestrel labs,  kestrel lab,   true
            kestrel labs,  nestrel labs,  false
            mara ellison,  mara ellisonn, true
            mara ellison,  mara allisan,  false
            dan reyes,     dan reyez,     true
            ann lee,       anne lee,      false
            """)
    void toleratesOneLetterInLongNames(String a, String b, boolean expected) {
        assertEquals(expected, StoryParties.misspelt(a.strip(), b.strip()));
    }
}
