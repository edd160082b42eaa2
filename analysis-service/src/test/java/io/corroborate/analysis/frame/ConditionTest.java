package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures a condition or a modal makes hypothetical, and which merely share a sentence with an "if". */
class ConditionTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            If regulators approve, the deal could reach $3 billion.                                 | $3 billion   | true
            Corvane could pay up to $220 million more if Brightwell hits its targets.               | $220 million | true
            If approved, Northwind would pay $2 billion.                                             | $2 billion   | true
            Northwind would pay $2 billion if shareholders approve.                                  | $2 billion   | true
            Losses could reach $500 million if the heat persists.                                   | $500 million | true
            Losses have already passed $300 million, and could reach $500 million if it persists.   | $300 million | false
            Northwind would pay $2.35 billion under the terms.                                       | $2.35 billion | false
            It was not immediately clear if the van seized on Friday was the same one.               | Friday       | false
            We have to decide if that is the country we want, Obama said on Sunday.                 | Sunday       | false
            Couples will be recognized even if their state does not, the Treasury said Thursday.     | Thursday     | false
            If all goes to plan, it will touch down on April 7, 23 days after launch.                | 23 days      | false
            The talks in Helsinki on Monday should not go ahead if Trump is not prepared, he said.  | Monday       | false
            The Courier can reveal the firm was fined £340,000 four years ago.                      | £340,000     | false
            Fines can reach £340,000 for each offence.                                               | £340,000     | true
            The Courier can now reveal the firm paid £340,000.                                       | £340,000     | false
            Losses could now reach $5 billion.                                                       | $5 billion   | true
            Shops could be fined as much as €2,500 for each sale.                                   | €2,500       | false
            He may face up to 20 years in prison.                                                    | 20 years     | false
            Losses could reach up to $5 billion.                                                     | $5 billion   | true
            """)
    void marksOnlyFiguresAConditionGoverns(String sentence, String figure, boolean hypothetical) {
        assertEquals(hypothetical, Condition.hypothetical(sentence, sentence.indexOf(figure)));
    }
}
