package io.corroborate.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

/** Units and currencies of the quantity layer: how each is written, and what it is normalized to. */
class QuantityUnitsTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            The package was worth up to PS2.7m.                           | PS2.7m              | MONEY    | 2700000      | null | GBP  | null
            The group made a net profit of Y=590 billion.                 | Y=590 billion       | MONEY    | 590000000000 | null | JPY  | null
            Arnold bought a notebook for 1,200€ last week.                | 1,200€              | MONEY    | 1200         | null | EUR  | null
            The bonds raised $ 75 million for the county.                 | $ 75 million        | MONEY    | 75000000     | null | USD  | null
            The levy raised 9 billion shekels last year.                  | 9 billion shekels   | MONEY    | 9000000000   | null | ILS  | null
            The fine was 10.5 million australian dollars.                 | 10.5 million australian dollars | MONEY | 10500000 | null | AUD | null
            The fee is 500 Swiss francs a year.                           | 500 Swiss francs a year | MONEY | 500         | null | CHF  | per year
            The loan came to 40 million Indian rupees.                    | 40 million Indian rupees | MONEY | 40000000  | null | INR  | null
            It is a million dollar house.                                 | a million dollar    | MONEY    | 1000000      | null | USD  | null
            He has raised 280 million of the 1.5 billion shekels he needs. | 280 million        | MONEY    | 280000000    | null | ILS  | null
            The engine makes 275 pound-feet of torque.                    | 275 pound-feet      | QUANTITY | 275          | null | null | pound-foot
            It delivers 450 Nm (332 lb-ft) of torque.                     | 332 lb-ft           | QUANTITY | 332          | null | null | foot pound-force
            Chipmakers will produce sub-7 nanometer chips.                | 7 nanometer         | QUANTITY | 7            | null | null | nanometre
            The neck is 25.5″ long.                                       | 25.5″               | QUANTITY | 25.5         | null | null | inch
            Nissan is 43.4 percent-owned by Renault.                      | 43.4 percent        | PERCENT  | 43.4         | null | null | %
            At 118.5p, its shares climbed.                                | 118.5p              | QUANTITY | 118.5        | null | null | penny
            The trust paid a dividend of 470 pence a share.               | 470 pence a share   | QUANTITY | 470          | null | null | penny per share
            Mileage rose from about 14-18 mpg to 24 for SUVs.             | 24                  | QUANTITY | 24           | null | null | mile per gallon
            He gave up 517 rushing yards.                                 | 517                 | COUNT    | 517          | null | null | yard
            One US fluid ounce is 1/16 of a US pint.                      | One                 | QUANTITY | 1            | null | null | ounce
            They will provide three thousand tests per day.               | three thousand      | COUNT    | 3000         | null | null | tests per day
            The show adds 50 previous years of programming.               | 50                  | QUANTITY | 50           | null | null | year
            It offers four-, five- and six-cylinder engines.              | four                | COUNT    | 4            | null | null | cylinder
            It offers four-, five- and six-cylinder engines.              | five                | COUNT    | 5            | null | null | cylinder
            It offers four-, five- and six-cylinder engines.              | six                 | COUNT    | 6            | null | null | cylinder
            Flats come in two- or three-bedroom layouts.                  | two                 | COUNT    | 2            | null | null | bedroom
            Two weeks later, seventy one people had signed.               | seventy one         | COUNT    | 71           | null | null | people
            He will be 35 by the end of the year.                         | 35                  | AGE      | 35           | null | null | years
            She turned 50 last spring.                                    | 50                  | AGE      | 50           | null | null | years
            The baby was only ten months old.                             | ten months old      | AGE      | 10           | null | null | months
            Now, after ninety five years of age, perspectives change.     | ninety five years of age | AGE | 95           | null | null | years
            A 90 day old bill is late.                                    | 90 day old          | AGE      | 90           | null | null | days
            She moved out with her 18-month-old daughter.                 | 18-month-old        | AGE      | 18           | null | null | months
            The patient is a 87 yo man.                                   | 87 yo               | AGE      | 87           | null | null | years
            """)
    void findsUnitsAndCurrencies(String sentence, String surface, Kind kind, String from, String to,
            String currency, String unit) {
        QuantityChecks.assertQuantity(sentence, surface, kind, from, to, currency, unit);
    }

    @ParameterizedTest(name = "no quantity in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Sales of the PS5 console rose.
            The 1080p video streamed well.
            A category 4 hurricane hit the coast.
            Stage 3 trials of the drug begin soon.
            Patients with type 2 diabetes were enrolled.
            """)
    void ignoresLabelsAndNames(String sentence) {
        List<Quantity> found = QuantityChecks.all(sentence);
        assertTrue(found.isEmpty(), () -> "unexpected: " + QuantityChecks.surfaces(found));
    }

    @ParameterizedTest(name = "{1} is no age in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Sales rose in March, 12, percent of them online.                | 12
            By Friday, 30, of the 50 states had voted.                      | 30
            In Ohio, 12, of the 88 counties reported.                       | 12
            He was 5 points behind the leader.                              | 5
            """)
    void placesTimesAndMeasuresAreNoAges(String sentence, String surface) {
        List<Quantity> found = QuantityChecks.all(sentence);
        assertFalse(found.stream().anyMatch(q -> q.quote().surface().equals(surface)
                && q.value().kind() == Kind.AGE), () -> "age read in: " + QuantityChecks.surfaces(found));
    }
}
