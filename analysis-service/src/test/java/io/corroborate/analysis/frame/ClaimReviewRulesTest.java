package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.Drafts;

/** Frames found by rules that a review of whole articles asked for; "\n" in a cell is a paragraph break. */
class ClaimReviewRulesTest {

    private static ClaimDraft at(String text, String surface) {
        return Drafts.at(text.replace("\\n", "\n"), surface);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Orbital Acquires robots and sensors $2 billion budget for Pinecrest\\nOrbital Acquires Pinecrest For $3 Billion | $3 Billion | Orbital
            Orbital Acquires robots and sensors $2 billion budget for Pinecrest                          | $2 billion | Orbital
            Nordvik Buys drones for farms\\nNordvik Buys Helio For $40 Million                            | $40 Million | Nordvik
            Fidelity Investments manages $4 trillion for its clients.                                      | $4 trillion | Fidelity Investments
            """)
    void aCapitalizedVerbEndsTheNameBeforeIt(String text, String surface, String subject) {
        assertEquals(subject, at(text, surface).subject());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Orbital grew.\\n• Growth Outlook: If Kestrel's lab ships its robot by late 2027, Orbital gains. | 2027 | Kestrel
            Orbital grew.\\n• Market Share: Nordvik holds 12% of the market.                                | 12%  | Nordvik
            Orbital grew.\\n- Hiring Plans: Tarn Biotech will add 300 engineers.                            | 300  | Tarn Biotech
            """)
    void theHeadingOfABulletedItemIsNoSubject(String text, String surface, String subject) {
        assertEquals(subject, at(text, surface).subject());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Pinecrest's parent, Orbital Group, plans to cut 300 jobs.                    | 300         | Orbital Group
            Tarn's chief executive, Lena Okafor, earned $4 million in salary.            | $4 million  | Lena Okafor
            Helio's largest customer, Nordvik, spent $90 million on its sensors.         | $90 million | Nordvik
            Pinecrest's parent, Orbital Group, is Kestrel's largest customer. It will spend $200 million. | $200 million | Orbital Group
            Pinecrest's sales, Orbital said, rose 12% in March.                          | 12%         | Pinecrest
            Ravi Okafor's wife, Mira, and their two sons moved to Leeds.                  | two         | Ravi Okafor
            """)
    void aNameSetOffAfterAPossessiveRelativeIsTheSubject(String text, String surface, String subject) {
        assertEquals(subject, at(text, surface).subject());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Orbital invested $2 billion in Kestrel Labs. The deal gives Orbital a 30% stake in the robotics startup. | 30% | Orbital | Kestrel Labs
            Orbital paid $1 billion for Pinecrest, taking a 20% stake in the company.                               | 20% | Orbital | Pinecrest
            Orbital will invest $5 billion in Tarn, a sensor maker, buying a 40% stake in the firm.                  | 40% | Orbital | Tarn
            Orbital invested $2 billion in Kestrel Labs. It hired staff. Nordvik then took a 10% stake in the firm.  | 10% | Nordvik | null
            Orbital invested $2 billion in Kestrel Labs. Kestrel Labs now holds a 5% stake in the company.           | 5%  | Kestrel Labs | null
            Orbital invested $2 billion in Kestrel Labs. Nordvik sold a 10% stake in the bank.                       | 10% | Nordvik | null
            """)
    void aDescribedOrganisationStandsForTheLastSecondParty(String text, String surface, String subject,
            String object) {
        ClaimDraft draft = at(text, surface);
        assertAll(
                () -> assertEquals(subject, draft.subject(), "subject"),
                () -> assertEquals(object, draft.object(), "object"));
    }
}
