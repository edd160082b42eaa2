package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.claim.Drafts;
import io.corroborate.api.Kind;

class ClaimFrameTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Meta's $14.3 billion investment in Scale AI is its biggest bet.        | $14.3 billion | Meta          | investment  | Scale AI
            Orbital has invested $2.1 billion in Kestrel Labs, taking a stake.     | $2.1 billion  | Orbital       | investment  | Kestrel Labs
            Orbital is set to invest approximately $15 billion in Kestrel Labs.    | $15 billion   | Orbital       | investment  | Kestrel Labs
            Orbital Bets $14B On Kestrel Labs To Win The Race                      | $14B          | Orbital       | investment  | Kestrel Labs
            Orbital agreed to pay $900 million for Kestrel Labs.                   | $900 million  | Orbital       | payment     | Kestrel Labs
            The $29 billion+ valuation of Kestrel Labs surprised rivals.           | $29 billion+  | Kestrel Labs  | valuation   | null
            Kestrel Labs was valued at $3.5 billion in May.                        | $3.5 billion  | Kestrel Labs  | valuation   | null
            The deal gives Orbital a 49% stake in Kestrel Labs.                    | 49%           | Orbital       | stake       | Kestrel Labs
            Orbital acquired Pinecrest for $1 billion in 2012.                     | $1 billion    | Orbital       | acquisition | Pinecrest
            Orbital recalled the $19 billion Pinecrest deal with pride.            | $19 billion   | Orbital       | deal        | Pinecrest
            Nordvik raised $50 million in a round led by Alder Capital.            | $50 million   | Nordvik       | funding     | null
            Regulators fined Nordvik $40 million over the leak.                    | $40 million   | Nordvik       | fine        | null
            Nordvik posted revenue of $2.4 billion for the year.                   | $2.4 billion  | Nordvik       | revenue     | null
            Sandmere made pre-tax profits of £61m in 2025 on sales of £386m.      | £61m          | Sandmere      | profit      | null
            Sandmere made pre-tax profits of £61m in 2025 on sales of £386m.      | £386m         | Sandmere      | revenue     | null
            Nordvik reported a 4.3% loss of its top talent to rivals.              | 4.3%          | Nordvik       | loss        | null
            At least 12 people were killed when the Harlow Bridge fell.            | 12            | Harlow Bridge | deaths      | null
            Kestrel Labs has a workforce of over 9,000 contractors.                | 9,000         | Kestrel Labs  | contractors | null
            Kestrel Labs's 28-year-old CEO, Dana Whitlock, joined Orbital.         | 28-year-old   | Dana Whitlock | age         | null
            The board named Priya Raman, 47, as its new chair.                     | 47            | Priya Raman   | age         | null
            The victim, Tobias Wren, just 19, died at the scene.                   | 19            | Tobias Wren   | age         | null
            Maren Oduya (22) lowered the world record in Kingsmere.               | 22            | Maren Oduya   | age         | null
            Dana Whitlock founded Kestrel Labs in 2016 with two friends.           | 2016          | Dana Whitlock | founding    | null
            Orbital Platforms Inc. will spend $3 billion on data centers.          | $3 billion    | Orbital Platforms | spending | null
            By securing a 49% stake in Kestrel Labs, Orbital closed the gap.       | 49%           | Orbital       | stake       | Kestrel Labs
            Senator Ana Ruiz won 56 percent of the primary vote.                   | 56 percent    | Ana Ruiz      | votes       | null
            The firm paid some $200 million in budgeted spending.                  | $200 million  | null          | spending    | null
            Mr. Ito said 40% of users left.                                        | 40%           | null          | share       | null
            Mr. Ito said his company lost 40% of its users.                        | 40%           | Ito           | loss        | null
            PORTLAND — Cedar Mills has agreed to pay $40 million for Brightwater.  | $40 million   | Cedar Mills   | payment     | Brightwater
            DENVER, June 3 — Some 1,100 grocery clerks walked out.                 | 1,100         | null          | clerks      | null
            The bid amounts to a 22% premium over Tarn's last share price.         | 22%           | null          | premium     | null
            Quayside is paying a 22% premium for Tarn Biotech.                     | 22%           | Quayside      | premium     | Tarn Biotech
            The price values Tarn at a 22% premium to its last close.              | 22%           | Tarn          | premium     | null
            The guild secured a 6% raise over two years.                           | 6%            | guild         | raise       | null
            Tarn Biotech agreed to be sold to Quayside Labs in a deal worth about $900 million. | $900 million | Quayside Labs | deal | Tarn Biotech
            Tarn Biotech was acquired by Quayside Labs for $900 million.           | $900 million  | Quayside Labs | acquisition | Tarn Biotech
            Quayside Labs sealed a $2 billion cash deal with Tarn.                 | $2 billion    | Quayside Labs | deal        | Tarn
            The guild wants a 6% raise, while the hospital board has offered 4%.   | 6%            | guild         | raise       | null
            The guild wants a 6% raise, while the hospital board has offered 4%.   | 4%            | hospital board | offer      | null
            The Ferro port authority offered 4%, which the guild rejected.         | 4%            | port authority | offer      | null
            Brightwater employs 640 people at two plants.                          | 640           | Brightwater   | employees   | null
            Tarn, whose 640 employees build sensors, grew.                         | 640           | Tarn          | employees   | null
            Repairs to the Marlow Bridge cost about $48 million.                   | $48 million   | Marlow Bridge | cost        | null
            Greedy council chiefs will rake in £2.6 million a year.                | £2.6 million  | null          | amount      | null
            Prime Minister Ilse Marant announced $12 million in emergency aid.     | $12 million   | Ilse Marant   | amount      | null
            FISH FURY: Chem firm hit with £4.6million bill for river massacre      | £4.6million   | null          | amount      | null
            BIG FREEZE CHAOS: 150,000 homes blacked out                            | 150,000       | null          | homes       | null
            The region hit a high of 106 degrees Fahrenheit on Monday.             | 106 degrees Fahrenheit | null | temperature | null
            The diversion took the aircraft about 180 kilometres off its route.    | 180 kilometres | null         | length      | null
            The 178 kg spacecraft carries five instruments.                        | five          | spacecraft    | instruments | null
            NATO sent 300 troops to the border.                                    | 300           | NATO          | troops      | null
            Brian Lopez, who lives nearby, said he heard 5 people were shot.       | 5             | null          | shot        | null
            Police Chief Roderick Sweet said six people were injured.              | six           | null          | injuries    | null
            Bridgeport police said 5 people were wounded and one person was killed. | 5            | null          | injuries    | null
            Orbital's 640 employees were laid off.                                 | 640           | Orbital       | layoffs     | null
            Photo: Police tape surrounds the scene where 5 people were shot on Sunday. | Sunday     | null          | date        | null
            Outside Pfizer's headquarters, 300 workers protested.                  | 300           | Pfizer        | workers     | null
            Five people were hurt in a crash near a Harlow Ridge school.           | Five          | null          | injuries    | null
            Orbital said 300 of its workers were laid off.                         | 300           | Orbital       | workers     | null
            The 2020 census counted 5,000 residents.                               | 5,000         | census        | residents   | null
            Amazon Prime Video has 200 million subscribers.                        | 200 million   | Amazon Prime Video | subscribers | null
            Kelvin Sampson, 68, won 20 games.                                      | 20            | Kelvin Sampson | games      | null
            The rent cap of 3.5% takes effect in May.                              | 3.5%          | null          | share       | null
            Orbital has a market cap of $40 billion.                               | $40 billion   | Orbital       | market cap  | null
            The dockers plan a 48-hour walkout from June 1.                        | 48-hour       | dockers       | duration    | null
            About 77,700 gallons of oil leaked, and the company was fined $2 million. | 77,700 gallons | null       | volume      | null
            The firm paid 500 workers a bonus.                                     | 500           | null          | workers     | null
            The crash on Tuesday killed two people.                                | Tuesday       | null          | date        | null
            Millbrook Council approved the plan at 11:40 p.m., cutting spending.   | 11:40 p.m.    | Millbrook Council | time    | null
            The Marlow Bridge will reopen after a $48.2 million repair.            | $48.2 million | Marlow Bridge | cost        | null
            The cost of the Marlow Bridge renovation was $50 million.              | $50 million   | Marlow Bridge | cost        | null
            The renovation of Harlow Hall, which Orbital owns, cost $12 million.   | $12 million   | Harlow Hall   | cost        | null
            The death toll rose to five after divers recovered a body.            | five          | null          | deaths      | null
            The driver, 58, was hospitalized with a broken leg.                   | 58            | driver        | age         | null
            The 58-year-old bus driver was treated at St. Aldric Medical Center.  | 58-year-old   | driver        | age         | null
            Seven of the injured were in critical condition at St. Aldric Medical Center. | Seven  | null          | injuries    | null
            Of the injured, four were in critical condition at St. Brendan's Hospital on Sunday. | four | null        | people      | null
            With all precincts counted, Marlow had 51.8 percent and Hutchins 47.6 percent. | 47.6 percent | Hutchins | share | null
            With all precincts counted, Marlow had 51.8 percent and Hutchins 47.6 percent. | 51.8 percent | Marlow | share | null
            Marlow received about 1.42 million votes to Hutchins' 1.30 million. | 1.30 million | Hutchins | count | null
            Marlow collected 1,419,000 votes, Hutchins 1,302,000.          | 1,302,000    | Hutchins | votes | null
            Marlow collected 1.42 million votes, Hutchins 1.3 million.     | 1.3 million  | Hutchins | votes | null
            Of the injured, four were in critical condition at St. Brendan's Hospital on Sunday. | Sunday | null      | date        | null
            Council approved a $48 million budget for the bridge.                  | $48 million   | null          | spending    | null
            Construction of the bridge cost $48 million.                           | $48 million   | null          | cost        | null
            """)
    void findsSubjectPredicateObject(String sentence, String surface, String subject, String predicate,
            String object) {
        ClaimDraft draft = Drafts.at(sentence, surface);
        assertAll(
                () -> assertEquals(subject, draft.subject(), "subject"),
                () -> assertEquals(predicate, draft.predicate(), "predicate"),
                () -> assertEquals(object, draft.object(), "object"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiterString = "|", textBlock = """
            Orbital Platforms Inc. added a lab. Orbital will invest $3 billion in it.  | $3 billion   | Orbital
            Alder Corp. grew. Alder Corp. paid $5 million for a studio.                 | $5 million   | Alder
            Kestrel Labs hired Dana Whitlock. Whitlock, 31, now runs it.                | 31           | Dana Whitlock
            Kestrel Labs grew fast. Its workforce of 9,000 contractors labels data.     | 9,000        | Kestrel Labs
            """)
    void resolvesNamesAcrossTheText(String text, String surface, String subject) {
        assertEquals(subject, Drafts.at(text, surface).subject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Mira Castell left banking. The 29-year-old Yale dropout later joined a fund before founding Tobin Works in 2017. | 2017 | Mira Castell
            Mira Castell left banking. The Yale dropout founded the firm in 2017. Her team of about 60 researchers builds robots. | 60 | Mira Castell
            Mira Castell left banking. In 2018, the Oxford graduate opened a lab.                     | 2018         | Mira Castell
            Ravi Menon runs Quillhaus. The Oxford dropout started the company in 2014.               | 2014         | Ravi Menon
            Corvane grew fast. The Lisbon-based startup raised $30 million.                          | $30 million  | Corvane
            Tobin Works hired widely. A Selvane engineer earned $400,000 there. Its 80 staff build robots. | 80     | Tobin Works
            The Yale dropout founded the firm in 2017.                                               | 2017         | null
            A Selvane engineer earned $400,000 last year.                                            | $400,000     | null
            Yale dropout Mira Castell founded Tobin Works in 2016.                                   | 2016         | Mira Castell
            Selvane shares rose 3% on Tuesday.                                                       | 3%           | Selvane
            Selvane stock fell 5% after the report.                                                  | 5%           | Selvane
            Selvane's $2 billion investment in Corvane closed early.                                 | $2 billion   | Selvane
            Selvane cut 300 jobs in March.                                                           | 300          | Selvane
            Selvane executives said 200 workers would be cut.                                        | 200          | Selvane
            Selvane Motors sold 40,000 cars last year.                                               | 40,000       | Selvane Motors
            """)
    void aNameDescribingTheNounAfterItIsNoSubject(String text, String surface, String subject) {
        assertEquals(subject, Drafts.at(text, surface).subject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Ferry fares rise.\\n\\nOSLO — Fjell Marine was acquired by Kvarn Group for $75 million. | $75 million | Kvarn Group
            LAGOS, Feb. 12 — About 3,000 dock workers stayed home.                                  | 3,000       | null
            Ferry fares rise. OSLO — NORDA said 40 engineers left.                                  | 40          | OSLO
            """)
    void aDatelineAtAParagraphStartIsNeverTheSubject(String raw, String surface, String subject) {
        assertEquals(subject, Drafts.at(raw.replace("\\n", "\n"), surface).subject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Trump wants the $5.7 billion he requested from Congress for the wall.  | $5.7 billion | amount
            The board approved the $40 million it had sought from lenders.          | $40 million  | amount
            Selvane spent the 12% they set aside on research.                       | 12%          | spending
            """)
    void aPronounAfterTheFigureIsNoPredicate(String text, String surface, String predicate) {
        assertEquals(predicate, Drafts.at(text, surface).predicate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Fourteen of the 20 firms raised $5 million.                             | $5 million   | null
            Fourteen states sued over the $2 billion program.                       | $2 billion   | null
            Twenty-two lawmakers backed the $3 billion plan.                        | $3 billion   | null
            Dozens of staff lost $4 million in the scheme.                          | $4 million   | null
            Fourteen months later, Selvane paid $9 million for Corvane.             | $9 million   | Selvane
            """)
    void aSpelledNumberIsNoSubject(String text, String surface, String subject) {
        assertEquals(subject, Drafts.at(text, surface).subject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            The Harvard graduate raised $5 million.                                 | $5 million   | null
            Mira Castell left banking. The Harvard graduate raised $5 million.      | $5 million   | Mira Castell
            Ravi Menon runs Quillhaus. The Google engineer spent $2 million.        | $2 million   | Ravi Menon
            The Brookhaven transit authority offered 9%.                            | 9%           | transit authority
            """)
    void aDescribedPersonIsNoCommonSubject(String text, String surface, String subject) {
        assertEquals(subject, Drafts.at(text, surface).subject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Senard, 65, now faces the task.                                         | 65 | true
            The vote in Ohio, 12, was close.                                        | 12 | false
            Sales at Selvane rose on Friday, 12, as planned.                        | 12 | false
            """)
    void anAgeBelongsToAPersonNotAPlaceOrDay(String text, String surface, boolean age) {
        List<ClaimDraft> drafts = new ClaimExtractor().extract(text);
        boolean found = drafts.stream().anyMatch(d -> d.quote().surface().equals(surface)
                && d.value().kind() == Kind.AGE);
        assertEquals(age, found, () -> "claims: " + drafts);
    }
}
