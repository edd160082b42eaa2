package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.claim.Drafts;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

class QuantityParsingTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            Acme paid $14.3 billion for the mill.            | $14.3 billion    | MONEY   | 14300000000 | USD | null        | EXACT       | 14250000000 | 14350000000
            Acme paid $14 billion for the mill.              | $14 billion      | MONEY   | 14000000000 | USD | null        | EXACT       | 13500000000 | 14500000000
            Acme paid $1.375 billion for the mill.           | $1.375 billion   | MONEY   | 1375000000  | USD | null        | EXACT       | 1374500000  | 1375500000
            Acme raised $14.3bn from banks.                  | $14.3bn          | MONEY   | 14300000000 | USD | null        | EXACT       | 14250000000 | 14350000000
            Acme raised US$2m from banks.                    | US$2m            | MONEY   | 2000000     | USD | null        | EXACT       | 1500000     | 2500000
            The bloc set aside €1.2 trillion for roads.      | €1.2 trillion    | MONEY   | 1.2E+12     | EUR | null        | EXACT       | 1.15E+12    | 1.25E+12
            The club sold the striker for £500,000 in May.   | £500,000         | MONEY   | 500000      | GBP | null        | EXACT       | 450000      | 550000
            Acme wrote off $14,300 million last year.        | $14,300 million  | MONEY   | 14300000000 | USD | null        | EXACT       | 14250000000 | 14350000000
            The ministry spent 1.2 trillion yen on ports.    | 1.2 trillion yen | MONEY   | 1.2E+12     | JPY | null        | EXACT       | 1.15E+12    | 1.25E+12
            A grant of 10.5 million Australian dollars came. | 10.5 million Australian dollars | MONEY | 10500000 | AUD | null | EXACT     | 10450000    | 10550000
            Acme sealed a $14-billion deal on Friday.        | $14-billion      | MONEY   | 14000000000 | USD | null        | EXACT       | 13500000000 | 14500000000
            The city built a 12-million-dollar barrier.      | 12-million-dollar | MONEY  | 12000000    | USD | null        | EXACT       | 11500000    | 12500000
            Ottawa gave C$40 million to the lab.             | C$40 million     | MONEY   | 40000000    | CAD | null        | EXACT       | 35000000    | 45000000
            The state put ₹300 crore aside, or ₹3 billion.   | ₹3 billion       | MONEY   | 3000000000  | INR | null        | EXACT       | 2500000000  | 3500000000
            Beijing lent 8 billion yuan to the port.         | 8 billion yuan   | MONEY   | 8000000000  | CNY | null        | EXACT       | 7500000000  | 8500000000
            The firm is now worth $29 billion+ on paper.     | $29 billion+     | MONEY   | 29000000000 | USD | null        | AT_LEAST    | 29000000000 | -
            Acme will invest approximately $15 billion.      | $15 billion      | MONEY   | 15000000000 | USD | null        | APPROXIMATE | 13000000000 | 17000000000
            Acme spent about $2 million on ads.              | $2 million       | MONEY   | 2000000     | USD | null        | APPROXIMATE | 1300000     | 2700000
            Acme spent nearly $2 million on ads.             | $2 million       | MONEY   | 2000000     | USD | null        | APPROXIMATE | 1300000     | 2000000
            Acme spent almost $14.3 billion on ads.          | $14.3 billion    | MONEY   | 14300000000 | USD | null        | APPROXIMATE | 12820000000 | 14300000000
            Acme spent ~$5 million on ads.                   | $5 million       | MONEY   | 5000000     | USD | null        | APPROXIMATE | 4000000     | 6000000
            Acme raised more than $300 million in debt.      | $300 million     | MONEY   | 300000000   | USD | null        | AT_LEAST    | 300000000   | -
            The fine could reach up to $5 billion.           | $5 billion       | MONEY   | 5000000000  | USD | null        | AT_MOST     | -           | 5000000000
            The bill came in under $800,000 in total.        | $800,000         | MONEY   | 800000      | USD | null        | AT_MOST     | -           | 800000
            The rate edged up to 63.5 percent in April.      | 63.5 percent     | PERCENT | 63.5        | null | %          | EXACT       | 63.45       | 63.55
            The round was $10-12 million in size.            | $10-12 million   | MONEY   | 11000000    | USD | null        | EXACT       | 10000000    | 12000000
            The deal gives Acme a 49% stake in Beta.         | 49%              | PERCENT | 49          | null | %          | EXACT       | 48.5        | 49.5
            Turnout was 49 percent in the north.             | 49 percent       | PERCENT | 49          | null | %          | EXACT       | 48.5        | 49.5
            Prices rose 4.3 per cent in March.               | 4.3 per cent     | PERCENT | 4.3         | null | %          | EXACT       | 4.25        | 4.35
            Support grew by 3 percentage points.             | 3 percentage points | PERCENT | 3        | null | pp         | EXACT       | 2.5         | 3.5
            Acme reported a 4.3% loss of its top talent.     | 4.3%             | PERCENT | 4.3         | null | %          | EXACT       | 4.25        | 4.35
            Turnout was between 10 and 12 percent.           | 10 and 12 percent | PERCENT | 11         | null | %          | EXACT       | 10          | 12
            Its workforce of over 9,000 contractors grew.    | 9,000            | COUNT   | 9000        | null | contractors | AT_LEAST   | 9000        | -
            Acme hired 50 researchers last year.             | 50               | COUNT   | 50          | null | researchers | EXACT      | 45          | 55
            Meanwhile 60 lawmakers boycotted the vote.       | 60               | COUNT   | 60          | null | lawmakers  | EXACT       | 55          | 65
            When 12 people were hurt, the police came.       | 12               | COUNT   | 12          | null | people     | EXACT       | 11.5        | 12.5
            Acme hired fourteen engineers in June.           | fourteen         | COUNT   | 14          | null | engineers  | EXACT       | 13.5        | 14.5
            Acme hired a dozen lawyers in June.              | a dozen          | COUNT   | 12          | null | lawyers    | EXACT       | 11.5        | 12.5
            Acme hired forty-two engineers in June.          | forty-two        | COUNT   | 42          | null | engineers  | EXACT       | 41.5        | 42.5
            Twenty-five people died in the blast.            | Twenty-five      | COUNT   | 25          | null | people     | EXACT       | 24.5        | 25.5
            The blast killed three and injured six.          | three            | COUNT   | 3           | null | people     | EXACT       | 2.5         | 3.5
            The blast killed three and injured six.          | six              | COUNT   | 6           | null | people     | EXACT       | 5.5         | 6.5
            Three killed in warehouse blast                  | Three            | COUNT   | 3           | null | people     | EXACT       | 2.5         | 3.5
            The death toll rose to four on Thursday.         | four             | COUNT   | 4           | null | people     | EXACT       | 3.5         | 4.5
            An avalanche hit, killing 5 and injuring 2.       | 5                | COUNT   | 5           | null | people     | EXACT       | 4.5         | 5.5
            Flood toll rises to four as the river recedes.   | four             | COUNT   | 4           | null | people     | EXACT       | 3.5         | 4.5
            Seven of the injured were in critical condition. | Seven            | COUNT   | 7           | null | people     | EXACT       | 6.5         | 7.5
            More than 11,000 have been evacuated.             | 11,000           | COUNT   | 11000       | null | people     | AT_LEAST    | 11000       | -
            The number of unemployed people fell to 1.12 million. | 1.12 million | COUNT   | 1120000     | null | people     | EXACT       | 1115000     | 1125000
            Port Halvey's homicide count fell 16.4% last year to 143. | 143     | COUNT   | 143         | null | homicides  | EXACT       | 142.5       | 143.5
            It recorded 143 killings, down from 171 a year before. | 171      | COUNT   | 171         | null | killings   | EXACT       | 170.5       | 171.5
            Volunteers counted 1,284 Ashby's cranes this winter. | 1,284         | COUNT   | 1284        | null | cranes     | EXACT       | 1283.5      | 1284.5
            Police arrested at least 12 on Friday.           | 12               | COUNT   | 12          | null | people     | AT_LEAST    | 12          | -
            The app has half a million users.                | half a million   | COUNT   | 500000      | null | users      | EXACT       | 450000      | 550000
            The app reached 1.5 million customers in May.    | 1.5 million      | COUNT   | 1500000     | null | customers  | EXACT       | 1450000     | 1550000
            At least 12 people were killed in the blast.     | 12               | COUNT   | 12          | null | people     | AT_LEAST    | 12          | -
            About 3,400 hospital and clinic nurses walked out. | 3,400          | COUNT   | 3400        | null | nurses     | APPROXIMATE | 3010        | 3790
            More than 6,000 port crane operators stayed home. | 6,000           | COUNT   | 6000        | null | operators  | AT_LEAST    | 6000        | -
            Some 2,700 unionized dock workers joined in.     | 2,700            | COUNT   | 2700        | null | workers    | APPROXIMATE | 2380        | 3020
            About 2,000 workers marched on the capital.      | 2,000            | COUNT   | 2000        | null | workers    | APPROXIMATE | 1300        | 2700
            The line carries 45,000 people a day.            | 45,000           | COUNT   | 45000       | null | people     | EXACT       | 44500       | 45500
            Brightwater employs 640 people at two plants.    | 640              | COUNT   | 640         | null | employees  | EXACT       | 635         | 645
            Brightwater has 640 staff in Leeds.              | 640              | COUNT   | 640         | null | employees  | EXACT       | 635         | 645
            Brightwater has a workforce of 640.              | 640              | COUNT   | 640         | null | employees  | EXACT       | 635         | 645
            Brightwater's payroll covers 640 workers.        | 640              | COUNT   | 640         | null | employees  | EXACT       | 635         | 645
            The lab's 28-year-old founder left.              | 28-year-old      | AGE     | 28          | null | years      | EXACT       | 28          | 28
            The board named Priya Raman, 47, as chair.       | 47               | AGE     | 47          | null | years      | EXACT       | 47          | 47
            Hikers aged 28 were found safe.                  | 28               | AGE     | 28          | null | years      | EXACT       | 28          | 28
            Police held a man of 34 on Tuesday.              | 34               | AGE     | 34          | null | years      | EXACT       | 34          | 34
            Jane Doe, a resident of 30 years, spoke.         | 30 years         | QUANTITY | 30         | null | year       | EXACT       | 25          | 35
            A trio of suspected rustlers were held.          | A trio           | COUNT   | 3           | null | rustlers   | EXACT       | 2.5         | 3.5
            After six long years the theatre reopened.       | six long years   | QUANTITY | 6          | null | year       | EXACT       | 5.5         | 6.5
            The pair were charged on Monday.                 | pair             | COUNT   | 2           | null | people     | EXACT       | 1.5         | 2.5
            The trio stormed the bank at dawn.               | trio             | COUNT   | 3           | null | people     | EXACT       | 2.5         | 3.5
            A 1979-built aircraft crashed on the runway.     | 1979             | YEAR    | 1979        | null | null       | EXACT       | 1979        | 1979
            The 1987-founded lab company was sold.           | 1987             | YEAR    | 1987        | null | null       | EXACT       | 1987        | 1987
            A woman in her 80s has died in hospital.         | 80s              | AGE     | 84.5        | null | years      | APPROXIMATE | 80          | 89
            The stake rose to three-quarters.                | three-quarters   | PERCENT | 75          | null | %          | EXACT       | 72.5        | 77.5
            The cod quota was set at 41,500t for next year.  | 41,500t          | QUANTITY | 41500      | null | tonne      | EXACT       | 41450       | 41550
            He was arrested in his mid-40s, police said.     | mid-40s          | AGE     | 44.5        | null | years      | APPROXIMATE | 43          | 46
            Anyone who ate them within a fortnight is at risk. | a fortnight    | QUANTITY | 1          | null | fortnight  | EXACT       | 1           | 1
            Officials raised the alert to level 4 at noon.   | alert to level 4 | QUANTITY | 4          | null | alert level | EXACT      | 3.5         | 4.5
            A crowd of 300 gathered outside.                 | 300              | COUNT   | 300         | null | null       | EXACT       | 250         | 350
            Acme was founded in 2016 in Ohio.                | 2016             | YEAR    | 2016        | null | null       | EXACT       | 2016        | 2016
            He first won the seat in 2012 by a wide margin.  | 2012             | YEAR    | 2012        | null | null       | EXACT       | 2012        | 2012
            The deal is expected to close by mid-2027.       | 2027             | YEAR    | 2027        | null | null       | EXACT       | 2027        | 2027
            Dozens of nurses walked out on Friday.           | Dozens of nurses | COUNT   | 24          | null | nurses     | AT_LEAST    | 24          | 120
            Dozens of House Democrats stayed away.           | Dozens of House Democrats | COUNT | 24   | null | Democrats  | AT_LEAST    | 24          | 120
            Millions of Britons watched the final.           | Millions of Britons | COUNT | 2000000  | null | Britons    | AT_LEAST    | 2000000     | 10000000
            The fix may cost tens of millions of dollars.    | tens of millions of dollars | MONEY | 20000000 | USD | null | AT_LEAST | 20000000 | 100000000
            The bill is 18,000 Danish crowns a month.        | 18,000 Danish crowns | MONEY | 18000     | DKK | null       | EXACT       | 17500       | 18500
            Kestrel shares closed at RM4.20 on Monday.       | RM4.20           | MONEY   | 4.2         | MYR | null       | EXACT       | 4.195       | 4.205
            Kestrel paid RM3.06mil for the plot.             | RM3.06mil        | MONEY   | 3060000     | MYR | null       | EXACT       | 3055000     | 3065000
            Two sisters helped launder S $1mil from victims. | S $1mil          | MONEY   | 1000000     | SGD | null       | EXACT       | 500000      | 1500000
            The service costs AU $89.99 for a year.          | AU $89.99        | MONEY   | 89.99       | AUD | null       | EXACT       | 89.985      | 89.995
            Nevsun backed the offer of C $6 in cash.         | C $6             | MONEY   | 6           | CAD | null       | EXACT       | 5.5         | 6.5
            The MSRP is 2,435,000 YEN for the base car.      | 2,435,000 YEN    | MONEY   | 2435000     | JPY | null       | EXACT       | 2434500     | 2435500
            Tesla cut the Model S $79,990 price tag.         | $79,990          | MONEY   | 79990       | USD | null       | EXACT       | 79985       | 79995
            """)
    void parsesQuantities(String sentence, String surface, Kind kind, String amount, String currency, String unit,
            Bound bound, String low, String high) {
        Value value = Drafts.at(sentence, surface).value();
        assertAll(
                () -> assertEquals(kind, value.kind()),
                () -> assertNumber(amount, value.amount(), "amount"),
                () -> assertEquals(currency, value.currency()),
                () -> assertEquals(unit, value.unit()),
                () -> assertEquals(bound, value.bound()),
                () -> assertNumber(low, value.low(), "low"),
                () -> assertNumber(high, value.high(), "high"));
    }

    @ParameterizedTest(name = "no figure in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Its Llama 4 models disappointed users.
            The lab labels 3D point clouds for cars.
            The model beat GPT-4 on tests.[1][2]
            As of June 2025, the mood was upbeat.
            One of the largest deals this year closed.
            """)
    void ignoresNumbersThatAreNames(String sentence) {
        assertTrue(new ClaimExtractor().extract(sentence).isEmpty(), () -> "unexpected: "
                + new ClaimExtractor().extract(sentence));
    }

    @ParameterizedTest(name = "a bare count in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Nearly 900 went home early.                       | 900    | home
            The index closed at 4,500 after a rally.          | 4500   | index
            Turnout reached 900 on the first day.             | 900    | reach
            The population has grown to about 412,000.        | 412000 | population
            The union said the real figure was 450.           | 450    | union
            """)
    void aNumberNamingNoNounIsACountOfWhatItsClauseSays(String sentence, String amount, String measured) {
        List<ClaimDraft> drafts = new ClaimExtractor().extract(sentence);
        assertEquals(1, drafts.size(), () -> "claims: " + drafts);
        ClaimDraft draft = drafts.get(0);
        assertAll(() -> assertEquals(Kind.COUNT, draft.value().kind()),
                () -> assertNull(draft.value().unit(), "no counted noun is made up"),
                () -> assertNumber(amount, draft.value().amount(), "amount"),
                () -> assertTrue(draft.measure().contains(measured), () -> "measure " + draft.measure()));
    }

    @ParameterizedTest(name = "nothing counted in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            He was one of the first to arrive.
            Number 10 officials said the plan was dead.
            Year 9 pupils sat the test.
            Route 66 reopened in the spring.
            """)
    void aNumberThatIsNoAmountIsNoClaim(String sentence) {
        assertTrue(new ClaimExtractor().extract(sentence).isEmpty(), () -> "unexpected: "
                + new ClaimExtractor().extract(sentence));
    }

    private static void assertNumber(String expected, BigDecimal actual, String field) {
        BigDecimal want = Drafts.number(expected);
        assertTrue(Drafts.same(want, actual), () -> field + ": expected " + want + " but was " + actual);
    }
}
