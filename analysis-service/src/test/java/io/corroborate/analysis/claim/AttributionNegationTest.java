package io.corroborate.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.fact.FactBuilder;
import io.corroborate.analysis.fact.StoryClaims;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;

class AttributionNegationTest {

    @ParameterizedTest(name = "{2} / {3} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Orbital paid $14 billion for the stake, according to Bloomberg.                   | $14 billion  | according to | Bloomberg
            According to people familiar with the matter, Orbital paid $14 billion.            | $14 billion  | according to | people familiar with the matter
            According to a company filing, Kestrel Labs lost $40 million.                      | $40 million  | according to | a company filing
            Kestrel Labs has 9,000 contractors, according to its website.                      | 9,000        | according to | its website
            Orbital will invest $2.1 billion in Kestrel Labs, the company said on Thursday.    | $2.1 billion | said         | Orbital
            Orbital paid $14 billion, the company told investors on a call.                    | $14 billion  | told         | Orbital
            Orbital paid $14 billion, Orbital CEO Dana Whitlock told CNBC.                     | $14 billion  | told         | Dana Whitlock
            "We are investing $2 billion in Kestrel Labs," Dana Whitlock said.                 | $2 billion   | said         | Dana Whitlock
            The deal is worth $3 billion, said Dana Whitlock, the chief executive of Kestrel.  | $3 billion   | said         | Dana Whitlock
            Prices rose 4% last year, analysts at Harlow Bank estimate.                        | 4%           | estimated    | analysts at Harlow Bank
            Revenue grew 12% in the quarter, a spokesperson for Orbital said, adding that costs fell. | 12%   | said         | a spokesperson for Orbital
            Bloomberg reported that Orbital paid $14 billion for Kestrel Labs.                 | $14 billion  | reported     | Bloomberg
            Four people died in the fire, Channel 7 has learned, though officials confirmed three. | Four    | learned      | Channel 7
            About 300 said they would strike on Monday.                                         | 300          | null         | null
            Orbital said it would invest $2.1 billion in Kestrel Labs.                         | $2.1 billion | said         | Orbital
            In a statement, Orbital said it paid $14 billion.                                  | $14 billion  | said         | Orbital
            Analysts at Morgan Stanley estimate the deal at $5 billion.                        | $5 billion   | estimated    | Analysts at Morgan Stanley
            Police said 12 people were hurt.                                                   | 12           | said         | Police
            "The board approved 12 sites," said Rep. Ana Ruiz (D-Ore.), who chairs it.         | 12           | said         | Ana Ruiz
            "We have 40 stores in Ohio," he said.                                              | 40           | said         | he
            About 3 kilograms has been collected, said Dr Ilse Varga of Marnholt University.   | 3 kilograms  | said         | Ilse Varga of Marnholt University
            The WHO said 5 million people died.                                                | 5 million    | said         | WHO
            Chief executive Ann Lee, now 81, said the park covers 1,750 square kilometres.     | 1,750 square kilometres | said | Ann Lee
            Chief executive Ann Lee, now 81, said the park covers 1,750 square kilometres.     | 81           | null         | null
            Chief executive Niamh Carrick, 53, said the park covers 1,750 square kilometres.   | 1,750 square kilometres | said | Niamh Carrick
            Chief executive Niamh Carrick, 53, said the park covers 1,750 square kilometres.   | 53           | null         | null
            Orbital lost staff, with data indicating a 4.3% loss of its engineers in 2024.     | 4.3%         | indicated    | data
            Census figures released on Tuesday show 12% growth in the county.                  | 12%          | showed       | Census figures
            Orbital reportedly paid $14 billion for Kestrel Labs.                              | $14 billion  | reportedly   | null
            Kestrel Labs is said to be worth $29 billion.                                      | $29 billion  | is said to   | null
            The two founders were believed to own 15% each.                                    | 15%          | is believed to | null
            Orbital paid $14 billion for Kestrel Labs.                                         | $14 billion  | null         | null
            Orbital paid $14 billion, which it reported in a filing.                           | $14 billion  | null         | null
            The $14 billion deal closed after the board said yes.                              | $14 billion  | null         | null
            Orbital paid $14 billion, a record for the sector.                                 | $14 billion  | null         | null
            """)
    void recordsWhomTheSentenceCredits(String sentence, String surface, String cue, String source) {
        ClaimDraft d = Drafts.at(sentence, surface);
        if (cue == null) {
            assertNull(d.attribution(), () -> "attribution " + d.attribution());
        } else {
            assertAll(() -> assertEquals(cue, d.attribution().cue(), "cue"),
                    () -> assertEquals(source, d.attribution().source(), "source"));
        }
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Helio was sold in a deal worth about $2.3 billion, the two companies said.        | two      | false
            The price was $5 million, three people familiar with the talks said.              | three    | false
            The price was $5 million, three people familiar with the talks said.              | $5 million | true
            Police said two people were killed and five others hurt.                         | two      | true
            The two companies employ 300 people, a spokesperson said.                         | 300      | true
            Three council members said they would vote against the budget.                    | Three    | true
            Some wires lost up to 60% of their section, the 212-page report says.             | 212-page | true
            """)
    void aCountOfWhoTellsTheFiguresIsNoClaim(String sentence, String surface, boolean claimed) {
        boolean found = new ClaimExtractor().extract(sentence).stream()
                .anyMatch(d -> d.quote().surface().equals(surface));
        assertEquals(claimed, found, sentence);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Bloomberg reported that Orbital paid $14 billion for Kestrel Labs.                 | $14 billion  | Orbital       | Kestrel Labs
            According to Reuters, Orbital paid $14 billion for Kestrel Labs.                   | $14 billion  | Orbital       | Kestrel Labs
            Kestrel Labs has 9,000 contractors, Dana Whitlock told Reuters.                    | 9,000        | Kestrel Labs  | null
            Orbital said it would invest $2.1 billion in Kestrel Labs.                         | $2.1 billion | Orbital       | Kestrel Labs
            Mr. Ito said 40% of users left.                                                    | 40%          | null          | null
            Police said six people were shot outside a bar.                                    | six          | null          | null
            CEO Colm Rathbone warned the list could reach 90,000 by December.                  | 90,000       | null          | null
            About 3 kilograms has been collected, said Dr Ilse Varga of Marnholt University.   | 3 kilograms  | null          | null
            Chief executive Niamh Carrick, 53, said the park covers 1,750 square kilometres.   | 1,750 square kilometres | null | null
            Chief executive Niamh Carrick, 53, said the park covers 1,750 square kilometres.   | 53           | Niamh Carrick | null
            He told The Daily Ledger that Orbital paid $2 million.                             | $2 million   | Orbital       | null
            A Daily Ledger poll released Monday shows Ana Ruiz winning 49% of the vote.        | 49%          | Ana Ruiz      | null
            Four people died in the fire, Channel 7 has learned, though officials confirmed three. | Four    | null          | null
            Four died, Channel 7 has learned, though Harlow County officials confirmed three. | three      | Harlow County | null
            """)
    void sourcesAreNoParties(String sentence, String surface, String subject, String object) {
        ClaimDraft d = Drafts.at(sentence, surface);
        assertAll(() -> assertEquals(subject, d.subject(), "subject"),
                () -> assertEquals(object, d.object(), "object"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Orbital did not pay $15 billion for Kestrel Labs.                                  | $15 billion  | true
            Orbital didn't pay $15 billion for Kestrel Labs.                                   | $15 billion  | true
            Orbital denied reports that it paid $15 billion for Kestrel Labs.                  | $15 billion  | true
            Orbital has no plans to cut 1,000 jobs.                                            | 1,000        | true
            Orbital never paid $15 billion, a spokesperson told Reuters.                       | $15 billion  | true
            Kestrel Labs no longer employs 9,000 contractors.                                  | 9,000        | true
            Orbital isn't a $14 billion company, whatever rivals claim.                    | $14 billion  | true
            Neither side will pay $3 billion.                                                  | $3 billion   | true
            Neither side disclosed the $3 billion figure.                                      | $3 billion   | false
            Orbital did not deny paying $15 billion for Kestrel Labs.                          | $15 billion  | false
            Orbital paid not only $14 billion but also 2 million shares.                       | $14 billion  | false
            Orbital will pay no more than $5 billion.                                          | $5 billion   | false
            Orbital will pay not more than $5 billion.                                         | $5 billion   | false
            No fewer than 40 people were hurt.                                                 | 40           | false
            The plant will not reopen until 2027.                                              | 2027         | false
            Orbital did not say whether it would pay $14 billion.                              | $14 billion  | false
            The firm didn't disclose terms, but the deal is worth $3 billion.                  | $3 billion   | false
            Kestrel Labs, the No. 2 provider, employs 900 people.                              | 900          | false
            The guild rejected a 4% raise.                                                     | 4%           | false
            Orbital, not Harlow Bank, paid $14 billion.                                        | $14 billion  | false
            Orbital paid $14 billion for Kestrel Labs.                                         | $14 billion  | false
            The word does not appear once in the 1,768 pages of the bill.                      | 1,768        | false
            Tax rises alone can't keep the program's $2.6 trillion fund from running dry.      | $2.6 trillion | false
            Among the payments he did not disclose was a $45,000 fee.                          | $45,000      | false
            Kestrel Labs said it would not seek new funding in 2027.                           | 2027         | false
            I don't know why it took three months to answer.                                   | three months | false
            """)
    void recordsDenials(String sentence, String surface, boolean negated) {
        assertEquals(negated, Drafts.at(sentence, surface).negated());
    }

    @Test
    void deniedFiguresSupportNoFact() {
        List<Claim> claims = new StoryClaims()
                .say("Daily Ledger", "Orbital paid $14 billion for Kestrel Labs.")
                .say("Morning Post", "Orbital paid $14 billion for Kestrel Labs, according to Bloomberg.")
                .say("Evening Star", "Orbital denied reports that it paid $15 billion for Kestrel Labs.")
                .claims();
        List<Fact> facts = new FactBuilder().compare(UUID.randomUUID(), claims);
        assertEquals(1, facts.size(), () -> "facts " + facts);
        Fact fact = facts.get(0);
        assertAll(() -> assertEquals("payment", fact.predicate()),
                () -> assertEquals(2, fact.sourceCount()),
                () -> assertEquals("2 sources agree: $14 billion", fact.summary()),
                () -> assertEquals("according to", fact.claims().stream()
                        .filter(c -> c.source().equals("Morning Post")).findFirst().orElseThrow()
                        .attribution().cue()));
    }
}
