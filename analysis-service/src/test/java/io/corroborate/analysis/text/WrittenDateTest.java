package io.corroborate.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date an undated article gives itself: URL, dateline, a full date early on; never after its arrival. */
class WrittenDateTest {

    private static final OffsetDateTime ARRIVAL = OffsetDateTime.parse("2019-03-10T08:00:00Z");

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiterString = "|", emptyValue = "", nullValues = "null", textBlock = """
            https://www.nytimes.com/2019/01/25/us/politics/stone.html | Roger Stone was arrested.     | 2019-01-25
            https://example.com/news/2018-11-06-midterms             | Voters went to the polls.     | 2018-11-06
            null | WASHINGTON, Jan. 25, 2019 — Roger Stone was arrested early Friday.                 | 2019-01-25
            null | NEW YORK, March 4 — The company said it would cut 300 jobs.                          | 2019-03-04
            null | NEW YORK, Dec. 30 — Markets closed lower.                                            | 2018-12-30
            null | Stone was arrested on Friday, January 25, 2019, at his home in Florida.              | 2019-01-25
            null | The law, passed on June 5, 2030, takes effect later.                                 |
            null | The charge, due to start on January 1, 2019, will be enforced by cameras.           |
            null | The rules apply from February 1, 2019, the ministry said.                           |
            null | The council, which voted on February 12, 2019, will start charging in May.          | 2019-02-12
            null | Roger Stone was arrested early Friday at his home.                                   |
            https://example.com/story/12345 | The council met on Tuesday.                           |
            """)
    void readsTheDateAnArticleGivesItself(String url, String text, String expected) {
        assertEquals(expected == null ? "" : expected, WrittenDate.of(url, text, ARRIVAL).map(d -> d.toLocalDate().toString()).orElse(""));
    }
}
