package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Harbor Authority Approves $2 Billion Terminal\\nThe port's board voted on Tuesday.  | Harbor Authority Approves $2 Billion Terminal
            Will the strike end this week?\\nUnion leaders met again.                       | Will the strike end this week?
            "We will not back down," mayor says\\nThe mayor spoke at noon.                   | "We will not back down," mayor says
            The port's board voted on Tuesday to approve the terminal.\\nIt cost more.       | NONE
            Update:\\nThe vote was delayed.                                                  | NONE
            Port Approves Terminal                                                          | NONE
            Breaking\\nThe vote was delayed.                                                 | NONE
            Harbor Authority Approves Terminal\\n\\n                                           | NONE
            """)
    void aTextStartingWithAHeadlineHasThatTitle(String text, String title) {
        assertEquals(Optional.ofNullable(title), Titles.leadingHeadline(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Title:AlignMerge - Alignment-Preserving Model Merging          | AlignMerge - Alignment-Preserving Model Merging
            Blog: Best Social Media Advertising Agencies in 2025           | Best Social Media Advertising Agencies in 2025
            Dec 18 2025 Preparing a transition in Debusine                 | Preparing a transition in Debusine
            December 18, 2025 Preparing a transition in Debusine           | Preparing a transition in Debusine
            Title IX complaints rose in 2025                               | Title IX complaints rose in 2025
            May 2025 jobs report                                           | May 2025 jobs report
            """)
    void aLabelOrADatePrintedBeforeTheHeadlineIsNoPartOfIt(String title, String headline) {
        assertEquals(headline, Titles.withoutLeadingLabel(title));
    }
}
