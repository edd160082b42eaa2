package io.corroborate.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            One. Two.                                                    => One. | Two.
            The U.S. economy grew. Exports fell.                         => The U.S. economy grew. | Exports fell.
            Acme Inc. raised $14.3 million. It grew.                     => Acme Inc. raised $14.3 million. | It grew.
            Shares of Acme Inc. The rest.                                => Shares of Acme Inc. | The rest.
            Mr. Raman spoke. Dr. Lee agreed.                             => Mr. Raman spoke. | Dr. Lee agreed.
            On Jan. 5 the board met. It voted.                           => On Jan. 5 the board met. | It voted.
            J. R. Smith left. He returned in 2019.                       => J. R. Smith left. | He returned in 2019.
            "It is done," she said. "Yes."                               => "It is done," she said. | "Yes."
            Revenue rose 4.3% to $1.2 billion! Why? Costs fell.          => Revenue rose 4.3% to $1.2 billion! | Why? | Costs fell.
            Prices rose e.g. for rent. Wages did not.                    => Prices rose e.g. for rent. | Wages did not.
            A dot at the end without space.Then text                     => A dot at the end without space.Then text
            It was fanned by temperatures of 41C. Two men were hurt.     => It was fanned by temperatures of 41C. | Two men were hurt.
            """)
    void splitsSentences(String text, String expected) {
        assertEquals(expected, join(splitter.split(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Headline Without Stop\\nBody sentence here.                 => Headline Without Stop | Body sentence here.
            First paragraph ends\\n\\nsecond one starts low.            => First paragraph ends | second one starts low.
            A line wrapped\\nin the middle of a sentence.               => A line wrapped\\nin the middle of a sentence.
            Para one.\\n\\n\\nPara two.                                 => Para one. | Para two.
            Share Post:\\n\\nLinkedIn\\nTwitter                         => Share Post: | LinkedIn | Twitter
            """)
    void treatsLineBreaksAsBoundaries(String text, String expected) {
        assertEquals(expected.replace("\\n", "\n"), join(splitter.split(text.replace("\\n", "\n"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"  Lead text. Second one.  ", "Title\n\nBody one. Body two? Body three!",
            "A. B. Co. said so. U.S. stocks fell 2%. Then?", "\n\n Indented line\n  next Line. Last"})
    void keepsOffsetsIntoOriginalText(String raw) {
        String text = raw;
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    private static String join(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" | "));
    }
}
