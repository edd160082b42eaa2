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

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiterString = "~~", textBlock = """
            History of coffee                 ~~ History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, & Timeline ~~ true
            Digjitale Signal #18              ~~ Digjitale Signal #18 – The World Without Work?                           ~~ true
            What is a Hot-Swappable Keyboard? ~~ What is a Hot-Swappable Keyboard? Your Ultimate Guide to Customization   ~~ true
            Average Cost of Online College    ~~ Average Cost of Online College [2025]: Yearly Tuition + Fees             ~~ true
            Silicon                           ~~ Silicon: Valley startups raise record sums                               ~~ false
            Top stories                       ~~ Top stories of the day and more                                          ~~ false
            """)
    void aHeadlineAgreesWithItselfFollowedByASubtitle(String headline, String title, boolean agree) {
        assertEquals(agree, Titles.agree(headline, title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Silicon Exposed     | null              | https://siliconexposed.blogspot.com/2016/05/post.html | true
            Harbor Post         | The Harbor Post   | https://example.com/a                                 | false
            The Harbor Post     | The Harbor Post   | https://example.com/a                                 | true
            Open Verilog flow   | null              | https://siliconexposed.blogspot.com/2016/05/post.html | false
            """)
    void aSitesOwnNameIsNoHeadline(String text, String siteName, String url, boolean site) {
        assertEquals(site, Titles.namesSite(text, siteName, Titles.host(url)));
    }
}
