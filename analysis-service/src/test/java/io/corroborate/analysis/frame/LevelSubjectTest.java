package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;

/**
 * A figure that is the level a change verb's subject reached is measured by that subject, however far the verb
 * stands from it: the revised toll "has risen to five" is a count of deaths like "four people were killed". So is
 * the subject of a verb of duration for the span it gives ("a strike at the plant lasted 10 days").
 */
class LevelSubjectTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "-", textBlock = """
            The death toll from Tuesday's capsizing of the ferry on Lake Varrow has risen to five after divers recovered a body. | five | toll | -
            Homes lost in the Cedar Hollow Fire climb to at least 40 | 40 | home | -
            Unemployment in the region fell to 4.1 percent in March. | 4.1 percent | unemployment | -
            Acme's revenue rose to $5 million, and its profit fell to $1 million. | $1 million | profit | revenue
            Acme's revenue rose to $5 million, and its profit fell to $1 million. | $5 million | revenue | profit
            Brightline reported third-quarter revenue of $2.14 billion on Tuesday, up 18% from $1.81 billion. | 18% | revenue | -
            Brightline posted quarterly sales of $2.1 billion, an 18 percent increase over the prior year. | 18 percent | sales | -
            Brightline shares rose 7.5% in after-hours trading, a day after revenue of $2.1 billion was reported. | 7.5% | share | revenue
            """)
    void theSubjectOfAChangeMeasuresTheLevelItReached(String sentence, String surface, String measured,
            String notMeasured) {
        List<ClaimDraft> drafts = EXTRACTOR.extract(sentence);
        ClaimDraft draft = drafts.stream().filter(d -> d.quote().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + surface + " in " + drafts));
        assertTrue(draft.measure().contains(measured), () -> "measure " + draft.measure());
        if (notMeasured != null) {
            assertFalse(draft.measure().contains(notMeasured), () -> "measure " + draft.measure());
        }
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            A strike at the Pinecrest plant lasted 10 days.        | 10 days    | strike
            The flight from Dunmore took more than nine hours.     | nine hours | flight
            """)
    void theSubjectOfAVerbOfDurationMeasuresTheSpan(String sentence, String surface, String measured) {
        List<ClaimDraft> drafts = EXTRACTOR.extract(sentence);
        ClaimDraft draft = drafts.stream().filter(d -> d.quote().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + surface + " in " + drafts));
        assertTrue(draft.measure().contains(measured), () -> "measure " + draft.measure());
    }
}
