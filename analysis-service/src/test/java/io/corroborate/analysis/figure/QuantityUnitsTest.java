package io.corroborate.analysis.figure;

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
            The engine makes 275 pound-feet of torque.                    | 275 pound-feet      | QUANTITY | 275          | null | null | pound foot
            It delivers 450 Nm (332 lb-ft) of torque.                     | 332 lb-ft           | QUANTITY | 332          | null | null | foot pound
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
            Victims were as young as eight months.                        | eight months        | AGE      | 8            | null | null | months
            A boy aged eight was hurt.                                    | eight               | AGE      | 8            | null | null | years
            Patients as old as 93 were treated.                           | 93                  | AGE      | 93           | null | null | years
            The patient is a 87 yo man.                                   | 87 yo               | AGE      | 87           | null | null | years
            The estate spans 1,200 acres of farmland.                     | 1,200 acres         | QUANTITY | 1200         | null | null | acre
            The park covers 40,000 ha of wetland.                         | 40,000 ha           | QUANTITY | 40000        | null | null | hectare
            Gusts reached 95 knots offshore.                              | 95 knots            | QUANTITY | 95           | null | null | knot
            A slice has 250 calories.                                     | 250 calories        | QUANTITY | 250          | null | null | calorie
            The phone has a 48MP camera.                                  | 48MP                | QUANTITY | 48           | null | null | megapixel
            Plans offer speeds of 500 Mbps.                               | 500 Mbps            | QUANTITY | 500          | null | null | megabit per second
            The charger draws 3 amps.                                     | 3 amps              | QUANTITY | 3            | null | null | ampere
            The plant produced 35 TWh last year.                          | 35 TWh              | QUANTITY | 35           | null | null | terawatt hour
            A 400 kV line links the two grids.                            | 400 kV              | QUANTITY | 400          | null | null | kilovolt
            They sold a 2,500-square-foot house.                          | 2,500-square-foot   | QUANTITY | 2500         | null | null | square foot
            The reservoir holds 3 billion cubic metres of water.          | 3 billion cubic metres | QUANTITY | 3000000000 | null | null | cubic metre
            The star lies 4.2 light years away.                           | 4.2 light years     | QUANTITY | 4.2          | null | null | light year
            The jet flew 8,000 nautical miles.                            | 8,000 nautical miles | QUANTITY | 8000        | null | null | nautical mile
            Delhi sweltered at 45C while Phoenix hit 113F.                | 45C                 | QUANTITY | 45           | null | null | celsius
            Delhi sweltered at 45C while Phoenix hit 113F.                | 113F                | QUANTITY | 113          | null | null | fahrenheit
            The 40m-tall tower opened.                                    | 40m                 | QUANTITY | 40           | null | null | metre
            The bridge has a 120m long span.                              | 120m                | QUANTITY | 120          | null | null | metre
            The divers set up camp at 1,050m.                             | 1,050m              | QUANTITY | 1050         | null | null | metre
            She lowered the women's 1500m world record.                   | 1500m               | QUANTITY | 1500         | null | null | metre
            The firm now has 2.7m customers.                              | 2.7m                | COUNT    | 2700000      | null | null | customers
            The roadway broke through at a depth of 780m on Tuesday.      | 780m                | QUANTITY | 780          | null | null | metre
            The flood reached a height of about 12m in the valley.        | 12m                 | QUANTITY | 12           | null | null | metre
            Supply rose to 1.5 million b/d.                               | 1.5 million b/d     | QUANTITY | 1500000      | null | null | barrel per day
            Gas traded at $2.50 per MMBtu.                                | $2.50 per MMBtu     | MONEY    | 2.5          | null | USD  | per million british thermal unit
            Wheat rose to $6.20 a bushel.                                 | $6.20 a bushel      | MONEY    | 6.2          | null | USD  | per bushel
            The board declared a $1.50-a-share dividend.                  | $1.50-a-share       | MONEY    | 1.5          | null | USD  | per share
            It paid a 12-cent-a-share dividend.                           | 12-cent-a-share     | QUANTITY | 12           | null | null | cent per share
            The project will cost Rs 5 crore.                             | Rs 5 crore          | MONEY    | 50000000     | null | INR  | null
            About 35 lakh people will benefit.                            | 35 lakh             | COUNT    | 3500000      | null | null | people
            Taipei plans NT$600 billion of spending.                      | NT$600 billion      | MONEY    | 600000000000 | null | TWD  | null
            Seoul set aside ₩500 billion for roads.                       | ₩500 billion        | MONEY    | 500000000000 | null | KRW  | null
            Mr. Dunn, now 77, declined to comment.                        | 77                  | AGE      | 77           | null | null | years
            The judges were Ann Lee, 81; Bo Park, 64.                     | 64                  | AGE      | 64           | null | null | years
            She was elected at the age of 30.                             | 30                  | AGE      | 30           | null | null | years
            The ticket cost 150 kn at the gate.                           | 150 kn              | MONEY    | 150          | null | HRK  | null
            The bag cost 99 zł in Warsaw.                                 | 99 zł               | MONEY    | 99           | null | PLN  | null
            He paid 12,000 forints for dinner.                            | 12,000 forints      | MONEY    | 12000        | null | HUF  | null
            The resistor is rated at 470 ohms.                            | 470 ohms            | QUANTITY | 470          | null | null | ohm
            The sensor draws 20 mA when idle.                             | 20 mA               | QUANTITY | 20           | null | null | milliampere
            The tyre is inflated to 35 psi.                               | 35 psi              | QUANTITY | 35           | null | null | pound per square inch
            Pressure fell to 980 hPa overnight.                           | 980 hPa             | QUANTITY | 980          | null | null | hectopascal
            The screen responds in 5 ms.                                  | 5 ms                | QUANTITY | 5            | null | null | millisecond
            The Pro will cost £1,199 or 1,399 euros.                      | 1,399 euros         | MONEY    | 1399         | null | EUR  | null
            The ship is a 294m vessel.                                    | 294m                | QUANTITY | 294          | null | null | metre
            The balcony was c.9m above courtyard level.                   | 9m                  | QUANTITY | 9            | null | null | metre
            The council will build a 50m pool.                            | 50m                 | QUANTITY | 50           | null | null | metre
            The bulb gives 800 lm of light.                               | 800 lm              | QUANTITY | 800          | null | null | lumen
            The pulse delivers 40 J to the heart.                         | 40 J                | QUANTITY | 40           | null | null | joule
            Add 2 tbsp of oil to the pan.                                 | 2 tbsp              | QUANTITY | 2            | null | null | tablespoon
            The trail is 12 mi long.                                      | 12 mi               | QUANTITY | 12           | null | null | mile
            The repairs will take a day or two.                           | two                 | QUANTITY | 2            | null | null | day
            The club hopes to add another pick or two.                    | two                 | QUANTITY | 2            | null | null | pick
            The tuned coupe makes 784 HP.                                 | 784 HP              | QUANTITY | 784          | null | null | horsepower
            The toy runs on a 2.4Ghz radio.                               | 2.4Ghz              | QUANTITY | 2.4          | null | null | gigahertz
            Grid frequency fell to 49.55 HZ on Friday.                    | 49.55 HZ            | QUANTITY | 49.55        | null | null | hertz
            Panel strength stayed under 8.90 ksi.                         | 8.90 ksi            | QUANTITY | 8.90         | null | null | kilopound per square inch
            The cars reached 80 m.p.h. on the straight.                   | 80 m.p.h.           | QUANTITY | 80           | null | null | mile per hour
            He averages 15.3 ppg and 7.4 rpg.                             | 15.3 ppg            | QUANTITY | 15.3         | null | null | point per game
            He averages 15.3 ppg and 7.4 rpg.                             | 7.4 rpg             | QUANTITY | 7.4          | null | null | rebound per game
            The guard adds 6.9 apg.                                       | 6.9 apg             | QUANTITY | 6.9          | null | null | assist per game
            The reliever was worth 0.5 WAR last season.                   | 0.5 WAR             | QUANTITY | 0.5          | null | null | win above replacement
            The speed of sound is about 661 kt at sea level.              | 661 kt              | QUANTITY | 661          | null | null | knot
            The bomb had a yield of 15 kt.                                | 15 kt               | QUANTITY | 15           | null | null | kiloton
            It was 2.14degF (1.19deg C) warmer.                           | 2.14degF            | QUANTITY | 2.14         | null | null | fahrenheit
            It was 2.14degF (1.19deg C) warmer.                           | 1.19deg C           | QUANTITY | 1.19         | null | null | celsius
            It gets a turbocharged 1.0l engine.                           | 1.0l                | QUANTITY | 1.0          | null | null | litre
            The plane was flying at 30' when it hit.                      | 30'                 | QUANTITY | 30           | null | null | foot
            Revenue grew sixfold last year.                               | sixfold             | QUANTITY | 6            | null | null | times
            Costs rose 10-fold in a decade.                               | 10-fold             | QUANTITY | 10           | null | null | times
            Operators run 3G and 4G networks.                             | 3G                  | QUANTITY | 3            | null | null | network generation
            Operators run 3G and 4G networks.                             | 4G                  | QUANTITY | 4            | null | null | network generation
            It is priced at AU $89.99 per year.                           | AU $89.99 per year  | MONEY    | 89.99        | null | AUD  | per year
            It costs NZ $99.99 in Auckland.                               | NZ $99.99           | MONEY    | 99.99        | null | NZD  | null
            The offer was C $6 a share.                                   | C $6 a share        | MONEY    | 6            | null | CAD  | per share
            They laundered almost S $1mil in scams.                       | S $1mil             | MONEY    | 1000000      | null | SGD  | null
            The flat costs RM3.06mil in Penang.                           | RM3.06mil           | MONEY    | 3060000      | null | MYR  | null
            Tesla cut the Model S $79,990 price.                          | $79,990             | MONEY    | 79990        | null | USD  | null
            It has an MSRP of 2,435,000 YEN.                              | 2,435,000 YEN       | MONEY    | 2435000      | null | JPY  | null
            Fees rose by up to £24 a-year.                                | £24 a-year          | MONEY    | 24           | null | GBP  | per year
            Maddon got in shape, dropping from 208 pounds to 193.         | 208 pounds to 193   | QUANTITY | 208          | 193  | null | pound
            Mix in 2 pounds of flour.                                     | 2 pounds            | QUANTITY | 2            | null | null | pound
            He was fined 500 pounds.                                      | 500 pounds          | MONEY    | 500          | null | GBP  | null
            She lost 2 million pounds on the deal.                        | 2 million pounds    | MONEY    | 2000000      | null | GBP  | null
            Unite Group, among the biggest fallers, was down 68 p.        | 68 p                | QUANTITY | 68           | null | null | penny
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
            A group calling itself Ninefold claimed the attack.
            """)
    void ignoresLabelsAndNames(String sentence) {
        List<Quantity> found = QuantityChecks.all(sentence);
        assertTrue(found.isEmpty(), () -> "unexpected: " + QuantityChecks.surfaces(found));
    }

    @ParameterizedTest(name = "no {1} in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            He said 'we were down 30' and left.                | foot
            The jet pulled 9G in the turn.                     | generation wireless
            Shares fell 5% by 2 p.m. Tuesday.                  | penny
            The 2G network closes this year.                   | gram
            Its 5 ksi rating held; the TNT yield was 20 kt.    | knot
            """)
    void readsNoUnitFromLookAlikes(String sentence, String unit) {
        List<Quantity> found = QuantityChecks.all(sentence);
        assertFalse(found.stream().anyMatch(q -> unit.equals(q.value().unit())),
                () -> unit + " read in: " + QuantityChecks.surfaces(found));
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
