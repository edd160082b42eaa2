package io.corroborate.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WordNet's "kind of" between counted nouns, either way, and the verbs that move a level. */
class KindOfTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            cars      | vehicles  | true
            vehicles  | cars      | true
            sedans    | cars      | true
            tugboats  | tugs      | true
            homes     | offices   | false
            cars      | homes     | false
            snuffboxes| vehicles  | false
            """)
    void oneNounNamesAKindOfTheOther(String a, String b, boolean expected) {
        assertEquals(expected, Lexicon.get().kindOf(a, b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            grew     | true
            raised   | true
            cut      | true
            slashed  | true
            range    | false
            said     | false
            """)
    void knowsVerbsThatMoveALevel(String word, boolean expected) {
        assertEquals(expected, Lexicon.get().isChange(word));
    }
}
