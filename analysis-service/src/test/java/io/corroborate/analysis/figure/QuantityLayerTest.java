package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Kind;

class QuantityLayerTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            The storm hit the coast with 120mph winds.           | 120mph              | QUANTITY | 120       | null     | null | mile per hour
            The trail runs 8 miles (13 kilometers) north.        | 13 kilometers       | QUANTITY | 13        | null     | null | kilometre
            The phone has a 6.1-inch screen.                     | 6.1-inch            | QUANTITY | 6.1       | null     | null | inch
            The van carries a 5.5kWh battery pack.               | 5.5kWh              | QUANTITY | 5.5       | null     | null | kilowatt hour
            Each parcel weighs 278kg at most.                    | 278kg               | QUANTITY | 278       | null     | null | kilogram
            The plot covers 311 square miles of forest.          | 311 square miles    | QUANTITY | 311       | null     | null | square mile
            Water froze at 0 degrees Celsius overnight.          | 0 degrees Celsius   | QUANTITY | 0         | null     | null | celsius
            He served three years in prison.                     | three years         | QUANTITY | 3         | null     | null | year
            The cart moved at 15 to 22 miles per hour.           | 15 to 22 miles per hour | QUANTITY | 15    | 22       | null | mile per hour
            The lamp uses a 5-10W bulb.                          | 5-10W               | QUANTITY | 5         | 10       | null | watt
            The car goes 0 to 80km/h in eight seconds.           | 0 to 80km/h         | QUANTITY | 0         | 80       | null | kilometre per hour
            Over the past three or four years rates fell.        | three or four years | QUANTITY | 3         | 4        | null | year
            Prices range from $370,000 to $5.5 million there.    | $370,000 to $5.5 million | MONEY | 370000   | 5500000  | USD  | null
            Guidance fell from US $89 to $93 billion in May.     | US $89 to $93 billion | MONEY  | 89000000000 | 93000000000 | USD | null
            Loans rose from $10-12 million a year ago.           | $10-12 million      | MONEY    | 10000000  | 12000000 | USD  | null
            Fees range from 1 per cent to 1.5 per cent a year.   | 1 per cent to 1.5 per cent | PERCENT | 1 | 1.5      | null | %
            Growth will slow from 4.8 to 4.7 percent this year.  | 4.8 to 4.7 percent  | PERCENT  | 4.8       | 4.7      | null | %
            Prices may rise between 5% and 6% next year.         | 5% and 6%           | PERCENT  | 5         | 6        | null | %
            He lost weight, dropping from 208 lbs to 193.        | 208 lbs to 193      | QUANTITY | 208       | 193      | null | pound
            The estate was worth $US55,931,000 in 2019.          | $US55,931,000       | MONEY    | 55931000  | null     | USD  | null
            The estate was worth $A82,615,680 in 2019.           | $A82,615,680        | MONEY    | 82615680  | null     | AUD  | null
            Flights cost HK $5.4m in total.                      | HK $5.4m            | MONEY    | 5400000   | null     | HKD  | null
            The rate was 1.38pc last week.                       | 1.38pc              | PERCENT  | 1.38      | null     | null | %
            Mileage rose from 20 mpg in 2008 to 29 mpg in 2020. | 20 mpg in 2008 to 29 mpg | QUANTITY | 20   | 29       | null | mile per gallon
            Bitcoin fell from $41,200 at noon to $39,850.        | $41,200 at noon to $39,850 | MONEY | 41200 | 39850   | USD  | null
            The index closed at 4,500 after a rally.             | 4,500               | QUANTITY | 4500      | null     | null | null
            It has one solution for every part.                  | one                 | QUANTITY | 1         | null     | null | solution
            The clinic did 310 kidney transplants last year.     | 310                 | COUNT    | 310       | null     | null | kidney transplants
            About 4,000 Canadians signed the letter.             | 4,000               | QUANTITY | 4000      | null     | null | Canadians
            Crude settled at $71.30 per barrel on Monday.        | $71.30 per barrel   | MONEY    | 71.30     | null     | USD  | per barrel
            The flat rents for $2,400 a month downtown.          | $2,400 a month      | MONEY    | 2400      | null     | USD  | per month
            Loans rose from $10-12 million a year ago.           | $10-12 million      | MONEY    | 10000000  | 12000000 | USD  | null
            Dozens of nurses walked out on Friday.               | Dozens of nurses    | COUNT    | 24        | 120      | null | nurses
            Smoke drifted hundreds of miles to the east.         | hundreds of miles   | QUANTITY | 200       | 1000     | null | mile
            Nearly two-thirds of voters backed the plan.         | two-thirds of       | QUANTITY | 0.6666666666666667 | null | null | fraction of voters
            One out of four tenants reported damp.               | One out of four     | QUANTITY | 0.25      | null     | null | fraction of tenants
            A third of those screened were obese.                | A third of          | QUANTITY | 0.3333333333333333 | null | null | fraction
            A cup holds 1/4 of a quart.                          | 1/4                 | QUANTITY | 0.25      | null     | null | quart
            The offense finished with minus-7 yards.             | 7 yards             | QUANTITY | -7        | null     | null | yard
            The trade gap widened to $-12.5bn in March.          | $-12.5bn            | MONEY    | -12500000000 | null  | USD  | null
            Homes listed at $2 million to $2.5 million sold fast. | $2 million to $2.5 million | MONEY | 2000000 | 2500000 | USD | null
            Fees run 10 per cent to 12 per cent of assets.       | 10 per cent to 12 per cent | PERCENT | 10 | 12      | null | %
            Debt increased by $4.1 billion to $52.3 billion.     | $4.1 billion        | MONEY    | 4100000000 | null    | USD  | null
            The boxer weighed in at 160 pounds on Friday.        | 160 pounds          | QUANTITY | 160       | null     | null | pound
            The bond traded at 109.20 JPY on Tuesday.            | 109.20 JPY          | MONEY    | 109.20    | null     | JPY  | null
            The stock rose 14 sen in early trade.                | 14 sen              | QUANTITY | 14        | null     | null | sen
            The fund holds €2.3bn and $4.5 trillion in assets.   | €2.3bn              | MONEY    | 2300000000 | null    | EUR  | null
            The fund holds €2.3bn and $4.5 trillion in assets.   | $4.5 trillion       | MONEY    | 4500000000000 | null | USD  | null
            Three dozen lawmakers signed the letter.             | Three dozen         | COUNT    | 36        | null     | null | lawmakers
            Two of the injured workers were flown out.           | Two                 | QUANTITY | 2         | null     | null | workers
            Fifteen of the 19 pilots were rescued.               | Fifteen             | QUANTITY | 15        | null     | null | pilots
            The army sent 30,000 more troops.                    | 30,000              | QUANTITY | 30000     | null     | null | more troops
            The talks may last three more years.                 | three               | QUANTITY | 3         | null     | null | year
            The firm hired 2000 workers in March.                | 2000                | COUNT    | 2000      | null     | null | workers
            The talks took one and a half years.                 | one and a half years | QUANTITY | 1.5      | null     | null | year
            The newborn weighed 7½ pounds.                       | 7½ pounds           | QUANTITY | 7.5       | null     | null | pound
            The dish needs 1 1/2 cups of rice.                   | 1 1/2               | COUNT    | 1.5       | null     | null | cups
            The DAX fell -1.6% on Friday.                        | -1.6%               | PERCENT  | -1.6      | null     | null | %
            Stoxx 50 -1.3% at the open.                          | -1.3%               | PERCENT  | -1.3      | null     | null | %
            The offense was held to -5 yards.                    | -5 yards            | QUANTITY | -5        | null     | null | yard
            Sizes are 5.4 inches, 6.1 inches and 6.7 inches.     | 6.1 inches          | QUANTITY | 6.1       | null     | null | inch
            The sun's mass is 1.99×10^30 kilograms.              | 1.99×10^30 kilograms | QUANTITY | 1990000000000000000000000000000 | null | null | kilogram
            Light travels 2.998×10−8 meters per second.          | 2.998×10−8 meters per second | QUANTITY | 0.00000002998 | null | null | metre per second
            The room is 3 x 10 metres.                           | 10 metres           | QUANTITY | 10        | null     | null | metre
            There are four thousand to five thousand people.     | four thousand to five thousand | COUNT | 4000 | 5000 | null | people
            Sales hit 3.9 million headsets, up from 2.4 million. | 2.4 million         | COUNT    | 2400000   | null     | null | headsets
            The top forecast is 84.75 cents, while the lowest is 74.07. | 74.07        | QUANTITY | 74.07     | null     | null | cent
            Homes sold: 435 by open sale and 187 by tender.      | 187                 | QUANTITY | 187       | null     | null | null
            It costs about 8 or $9.                              | 8                   | MONEY    | 8         | null     | USD  | null
            The index fell 0.2% to 13,176.                       | 13,176              | QUANTITY | 13176     | null     | null | null
            He was off for one to two years and 9,580 more.      | 9,580               | QUANTITY | 9580      | null     | null | null
            His angle was 1.4 degrees in 2018 and 2.1 last year. | 2.1                 | QUANTITY | 2.1       | null     | null | degree
            Hikers aged 28 were found safe.                      | 28                  | AGE      | 28        | null     | null | years
            It is 30 years since 96 Liverpool fans died.         | 96                  | QUANTITY | 96        | null     | null | Liverpool fans
            About 460 Kia and Hyundai vehicles were stolen.      | 460                 | QUANTITY | 460       | null     | null | Kia Hyundai vehicles
            It equals about 20 decently sized coal-fired power plants. | 20            | QUANTITY | 20        | null     | null | coal-fired power plants
            There were maybe 20 people at the market.            | 20                  | COUNT    | 20        | null     | null | people
            The 12 page document was leaked.                     | 12                  | QUANTITY | 12        | null     | null | page
            It has a turbocharged 1.0l 3 cylinder engine.        | 3                   | QUANTITY | 3         | null     | null | cylinder
            Pluristem rose 8.15% to 3.65 after reporting.        | 3.65                | QUANTITY | 3.65      | null     | null | null
            Operators run 3G and 4G networks.                    | 3G                  | QUANTITY | 3         | null     | null | network generation
            Lawmakers needed a two-thirds majority to override.  | two-thirds          | QUANTITY | 0.6666666666666667 | null | null | fraction
            One in five voters stayed home.                      | One in five         | QUANTITY | 0.2       | null     | null | fraction of voters
            There is a 1 in 3 chance that we could lose.         | 1 in 3              | QUANTITY | 0.3333333333333333 | null | null | fraction
            """)
    void findsQuantities(String sentence, String surface, Kind kind, String from, String to, String currency,
            String unit) {
        QuantityChecks.assertQuantity(sentence, surface, kind, from, to, currency, unit);
    }

    @ParameterizedTest(name = "no quantity in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Acme was founded in 2016 in Ohio.
            She died on September 8 in Dar es Salaam.
            The vote is due on March 29.
            Updated 2:55 p.m. PT with comment.
            The base iPhone 11 drew crowds.
            Shares in the S&P 500 drifted.
            The house at 575 Wilbraham Road sold.
            He reused the same one across accounts.
            The shop at 14-16 Mill Street reopened.
            Sales rose in the second half of the year.
            The shop is open 24/7 all year.
            Families of the 9/11 victims gathered.
            The agency targets net zero by 2100.
            The deadly 2012 attacks were investigated.
            Its 2018 sales jumped.
            They bought COVID -19 tests.
            Women aged 25 to 54 found work.
            Adults ages 18-34 were polled.
            Dak Prescott (4) ran for a touchdown.
            the sp 500 drifted lower.
            The Boeing 777 Max jets were grounded.
            Dak Prescott (4) celebrates a touchdown.
            Stoxx 50 Index futures fell.
            The Hutchinsons, long one of the most influential families, said nothing.
            It does not help his case should there ever actually be one.
            Citizenship will end one way or the other.
            Security was the number one goal for Biden.
            It fails the standards one would expect of an official.
            The case, Wal-Mart Stores v. Dukes, No. 10-277, was argued.
            There were autopsies: one by the county medical examiner.
            He held one town hall after another in the state.
            It costs when one country invades another.
            """)
    void ignoresNumbersThatMeasureNothing(String sentence) {
        List<Quantity> found = QuantityChecks.all(sentence);
        assertTrue(found.isEmpty(), () -> "unexpected: " + QuantityChecks.surfaces(found));
    }

    @ParameterizedTest(name = "{1} is no quantity in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Cayman grounded two new 737 Max jets.                | 737
            Many Windows 10 Pro users complained.                | 10
            """)
    void numbersThatNameAModelAreNoQuantities(String sentence, String surface) {
        List<Quantity> found = QuantityChecks.all(sentence);
        assertTrue(found.stream().noneMatch(q -> q.quote().surface().equals(surface)),
                () -> "unexpected: " + QuantityChecks.surfaces(found));
    }
}
