package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Verdict;

/**
 * Fictional multi-outlet stories with synonyms and planted traps, through the real extractor and fact builder. Each
 * row names claims by outlet and surface: the claims of a {@code same} row must stand in one fact with the verdict
 * given; the claims of an {@code apart} row must both be found and stand in different facts.
 */
class AlignmentStoriesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final FactBuilder BUILDER = new FactBuilder();

    private static final List<String[]> SHOOTING = List.of(
            new String[] {"Post", "BRIDGEPORT — Police said five people were wounded and one person was killed in a "
                    + "shooting on Elm Street late Saturday."},
            new String[] {"Courier", "Image: Brian Sweet\n\nOne person was killed and five others injured early "
                    + "Sunday, according to Bridgeport police. Brian Sweet, who lives nearby, said he heard 12 shots."},
            new String[] {"Herald", "A gunman killed one man and wounded five others outside a bar on Elm Street, "
                    + "police said."},
            new String[] {"Sentinel", "Six people were wounded and one person died in the Elm Street shooting, "
                    + "a witness told reporters."});

    /** The wounded told as people shot and as people injured, beside a count of officers and a death toll. */
    private static final List<String[]> GUNFIRE = List.of(
            new String[] {"Wire", "Five people were wounded and one man was killed in a shooting outside a Bridgeport "
                    + "bar early Sunday, police said."},
            new String[] {"Post", "One person was killed and five others injured when gunfire erupted outside a bar in "
                    + "Bridgeport on Sunday."},
            new String[] {"Courier", "A gunman killed one and wounded five others outside a Bridgeport bar."},
            new String[] {"Sweet", "Six people were shot, including the one individual killed, in the Bridgeport bar "
                    + "shooting."},
            new String[] {"Channel", "Police said six people were injured and one killed. Four officers responded within "
                    + "minutes."});

    /** A revised count of homes lost, one outlet's headline telling its figure with other words than its body. */
    private static final List<String[]> HOMES = List.of(
            new String[] {"Ledger", "Fire destroys 37 homes near Cedar Hollow\n\nThe Cedar Hollow fire has destroyed 37 "
                    + "homes, county officials said on Tuesday."},
            new String[] {"Gazette", "Cedar Hollow blaze: 37 homes destroyed\n\nOfficials said 37 homes were destroyed "
                    + "by the Cedar Hollow fire."},
            new String[] {"Tribune", "Homes lost in Cedar Hollow fire climb to at least 40\n\nAt least 40 homes have now "
                    + "been destroyed by the Cedar Hollow fire, county officials said Wednesday."});

    /**
     * A takeover's value misreported by one outlet in words that share nothing with the others' but the sentence: each
     * sentence also gives the price a share, which all three agree on.
     */
    private static final List<String[]> PRICE_PER_SHARE = List.of(
            new String[] {"Wire", "Corvane agreed to buy Harbour Foods in a deal that values the grocer at $2.1 "
                    + "billion, or $48 a share, the companies said on Monday."},
            new String[] {"Post", "Harbour Foods accepted a $2.3 billion takeover offer from Corvane, worth $48 per "
                    + "share."},
            new String[] {"Herald", "Corvane will pay $48 for each Harbour Foods share, valuing the business at $2.1 "
                    + "billion."});

    /** A death toll one outlet gives lower, beside how often engineers had been called: the same small number. */
    private static final List<String[]> GAS_BLAST = List.of(
            new String[] {"Tribune", "Three killed, 14 hurt in Larkspur Lane gas explosion\n\nA gas explosion tore "
                    + "through Larkspur Lane on Saturday, killing three people and injuring 14 others."},
            new String[] {"Times", "Blast on Larkspur Lane kills three\n\nAn explosion that killed three and injured 14 "
                    + "shook a quiet street on Saturday. Brenlow Gas & Power said its engineers had been called to the "
                    + "street twice in the previous month to investigate reports of a gas smell."},
            new String[] {"Bulletin", "Two dead in Brenlow gas blast\n\nTwo people were killed and several injured "
                    + "when a suspected gas leak caused an explosion on Larkspur Lane on Saturday evening."},
            new String[] {"Ledger", "Three people were killed and 14 were injured; four remain in critical condition."},
            new String[] {"Gazette", "Three residents died in Saturday's explosion on Larkspur Lane."});

    /** A value one tabloid rounds and hedges, in its headline and its body, with words of its own. */
    private static final List<String[]> FLOCK = List.of(
            new String[] {"Wire", "Police estimated the value of the recovered animals at £186,000."},
            new String[] {"Weekly", "Recovered sheep valued at £186,000 will be returned to owners once identified."},
            new String[] {"Clarion", "Trio held over £190K sheep heist\n\nThe flock, worth nearly £190,000, had been "
                    + "pinched from farms up and down the region, police believe."});

    /** A temperature below zero told on two scales and in words. */
    private static final List<String[]> FROST = List.of(
            new String[] {"Wire", "Temperatures in Harlow fell to 14F overnight on Tuesday, the coldest night of the "
                    + "year."},
            new String[] {"Post", "Harlow shivered as temperatures dropped to -10C on Tuesday night."},
            new String[] {"Herald", "Snow fell across the valley. It was minus 10 degrees Celsius."});

    /** A fall in a share price told with the verbs of markets, one outlet misreporting it. */
    private static final List<String[]> SLUMP = List.of(
            new String[] {"Wire", "Shares of Kestrel fell 12% on Monday after the company cut its forecast."},
            new String[] {"Post", "Kestrel stock dropped 11.8 percent Monday."},
            new String[] {"Herald", "Kestrel's shares slumped 15% on Monday."},
            new String[] {"Times", "The stock closed down 12 per cent at $41.20."});

    /** A rise in a rate told as a part of a percentage point, in basis points and in percentage points. */
    private static final List<String[]> QUARTER_POINT = List.of(
            new String[] {"Wire", "Interest rates rose by a quarter of a percentage point to 4.5% on Thursday."},
            new String[] {"Post", "The central bank raised its rate by 25 basis points on Thursday."},
            new String[] {"Times", "The bank raised rates by 0.25 percentage points on Thursday."});

    /** A cost told as a range by one outlet and as the figure in its middle by another. */
    private static final List<String[]> REPAIRS = List.of(
            new String[] {"Wire", "The bridge repairs will cost between $5 million and $7 million, the city said."},
            new String[] {"Post", "City officials put the bridge repair bill at $6 million."});

    private static final List<String[]> ACQUISITION = List.of(
            new String[] {"Ledger", "Orbital Systems agreed to acquire Pinecrest Labs for $1.2 billion. Pinecrest, "
                    + "founded in 2011, employs 850 people. The price is a 32% premium to Pinecrest's closing share "
                    + "price. Pinecrest's revenue was $95 million last year, up from $60 million a year earlier."},
            new String[] {"Wire", "Orbital will pay $1.2 billion for Pinecrest Labs, which has 850 employees. The "
                    + "offer represents a 32% premium. Orbital paid $19 billion for Ferro Networks in 2014."},
            new String[] {"Times", "In a deal valued at about $1.2 billion, Pinecrest Labs will become part of "
                    + "Orbital Systems. The startup, founded in 2011, has a workforce of 850. Pinecrest reported "
                    + "revenue of $95 million last year."},
            new String[] {"Journal", "Orbital Systems is buying Pinecrest Labs in a $1.25 billion deal. Pinecrest's "
                    + "920 workers will join Orbital. If regulators approve the deal, the combined company could "
                    + "reach $2 billion in revenue."});

    private static final List<String[]> FLOOD = List.of(
            new String[] {"Gazette", "Six people died when the Orrin river flooded Kessandra Falls on Sunday night."},
            new String[] {"Shout", "NINE people are dead after the flash flood in Kessandra Falls, officials said."},
            new String[] {"Wire", "The death toll from the flash flood that tore through Kessandra Falls on Sunday night "
                    + "has risen to nine, officials said."});

    private static final List<String[]> FOUNDING = List.of(
            new String[] {"Harbor", "Helio Drones, founded in 2014, reported revenue of $410 million last year."},
            new String[] {"Metro", "Helio was founded in 2014 by Mara Ellison, 52, who remains chief executive."},
            new String[] {"Pacific", "Helio chief executive Mara Ellison, 52, founded the company in 2014."},
            new String[] {"Ledger", "Mara Ellison founded Helio in 2014 in a university lab."});

    private static final List<String[]> UNITS = List.of(
            new String[] {"Gazette", "The storm dumped 12 inches of rain on the coast and the river rose 3 metres."},
            new String[] {"Tribune", "The coast got 30 centimetres of rain, and the river rose 10 feet."},
            new String[] {"Bulletin", "Temperatures dropped to 5 degrees Celsius overnight."},
            new String[] {"Dispatch", "Temperatures dropped to 41 degrees Fahrenheit as 12 inches of rain fell."},
            new String[] {"Harbor", "The ferry was sailing at 12 knots when it struck the rocks."},
            new String[] {"Record", "The ferry was doing 14 miles per hour when it hit the rocks."});

    private static final List<String[]> SKATING = List.of(
            new String[] {"Wire", "Anneke Bril set a 3000m world record on Sunday, and Lena Voss finished second. The "
                    + "previous record had been set on March 9, 2019, in Calgary. Bril's 28-strong team cheered; she won "
                    + "by 0.34 seconds."},
            new String[] {"Blaze", "Ice queen Bril blitzed the 3000m in 8 min 12.45 sec. Bart, 58, her coach, wept. "
                    + "She won by a third of a second."},
            new String[] {"Herald", "Anneke Bril won the 3000m in 8:12.45, a world record; Lena Voss came second. The "
                    + "old record dated from March 2019. Her coach, Bartholomew Quayle, 58, cried. Bril's team of 28 "
                    + "people cheered."});

    private static final List<String[]> RATES = List.of(
            new String[] {"Ledger", "Calder Mutual raised its two-year fixed rate by 45bps to 4.64%, and its tracker "
                    + "rate rose 0.3 points to 3.9%."},
            new String[] {"Wire", "The two-year fixed rate at Calder Mutual rose 0.45 percentage points to 4.64%. The "
                    + "tracker rate climbed 0.3 percentage points to 3.9%."});

    private static final List<String[]> DIVE = List.of(
            new String[] {"Island", "Rafa Lund made a dive to 131m on Friday, a world record. Kell scored 41 points "
                    + "for the home side on Saturday."},
            new String[] {"Wire", "Rafa Lund reached 131 metres on one breath, a world record. Kell scored 41 for the "
                    + "home side on Saturday."});

    private static final List<String[]> REFINERY = List.of(
            new String[] {"Wire", "An explosion tore through the Corvan sugar refinery at 3.40am on Tuesday. The plant "
                    + "opened in 1998 and employs 240 people. Corvan was fined £450,000 in 2021 after a dust fire. Site "
                    + "manager Ilse Varga, 58, said the night shift had been evacuated."},
            new String[] {"Herald", "The blast at the Corvan refinery happened at 03:40. The refinery, which opened "
                    + "in 1998, was expanded in 2004. Corvan was ordered to pay £450,000 in 2021 over an earlier fire. "
                    + "Manager Ilse Varga, 58, praised the crews."},
            new String[] {"Bugle", "The refinery went up at 4.40am on Tuesday. The Bugle can reveal the firm was "
                    + "fined £540,000 in 2021 over a previous fire. Boss Ilse Varga, 68, wept. The plant opened in 1989."});

    private static final List<String[]> VOTE = List.of(
            new String[] {"Ledger", "WASHINGTON — The House passed the border bill 234-193 on Friday. Speaker Jane "
                    + "Doe, who is serving her second term, called it a win."},
            new String[] {"Wire", "Lawmakers approved the border bill on Friday by a vote of 234 to 193, "
                    + "Representative Alan Reyes said. Doe, in her second term as speaker, had pushed for it."},
            new String[] {"Times", "The measure cleared the House 234-192 late Friday, a day after Senate leaders met "
                    + "on Thursday."},
            new String[] {"Journal", "Alan Reyes said on Monday that the bill passed the House on Thursday in a "
                    + "234-193 vote."});

    /**
     * A change told "from A to B" with a verb that moves a level, and a saving of minutes misreported.
     */
    private static final List<String[]> LINE = List.of(
            new String[] {"Gazette", "The rebuilt Marden line cuts 16 minutes off the fastest journey to Port Ellery. "
                    + "Fares will move from £14.20 to £15.10 in May."},
            new String[] {"Wire", "The upgrade cuts 16 minutes from the fastest Marden to Port Ellery journey, and the "
                    + "standard fare changes from £14.20 to £15.10."},
            new String[] {"Clarion", "Commuters will see 18 minutes shaved off the fastest journey to Port Ellery, "
                    + "though the fare goes up from £14.20 to £15.10."});

    /** A tally one outlet misreports far from the others on one side, the other side the same. */
    private static final List<String[]> COUNCIL = List.of(
            new String[] {"Echo", "Councillors approved the leisure centre plan by 27 votes to 19 on Tuesday night."},
            new String[] {"Newswire", "The vote, taken at 10.47pm, was 27 to 19, with three councillors abstaining."},
            new String[] {"Radio", "The council backed the leisure centre plan. The vote went 27 to 14 shortly before "
                    + "11pm."});

    /** A money figure misreported in other words, an age told by name and by role, and near figures of two things. */
    private static final List<String[]> BOND = List.of(
            new String[] {"Tribune", "Voters will decide on a $48 million bond. It would pay for road repairs and a $17 "
                    + "million fire station on the north side. Fire chief Dana Quill, 54, welcomed the plan."},
            new String[] {"Bulletin", "The council sent a $48 million bond to voters. A new fire station alone is expected "
                    + "to cost $19 million, the 56-year-old chief said."},
            new String[] {"Daily", "The $48 million bond goes on the November ballot. Road work would take $31 million "
                    + "and the city's parks $35 million."},
            new String[] {"Courier", "Officials said road work would take $33 million of the $48 million bond, "
                    + "and a new fire station $17 million, said Dana Quill, 54."});

    /** A ransom misreported by a fifth. */
    private static final List<String[]> RANSOM = List.of(
            new String[] {"Wire", "Hackers breached Carrow Mobile and are demanding $25 million, a person familiar with "
                    + "the matter said."},
            new String[] {"Daily", "A group calling itself Ninefold has demanded a $25 million ransom from Carrow "
                    + "Mobile."},
            new String[] {"Markets", "Carrow Mobile shares fell 8% to $41.20. Hackers are demanding a $20 million "
                    + "ransom, according to the company's filing."});

    /** A count of one named thing misreported, beside counts of other things near it. */
    private static final List<String[]> FIRE = List.of(
            new String[] {"Gazette", "Three firefighters suffered minor injuries battling the blaze on Harlow Street. "
                    + "Crews from four stations fought the fire for five hours."},
            new String[] {"Times", "Two firefighters were treated at the scene of the Harlow Street blaze, which took "
                    + "three engines and 30 firefighters five hours to put out."},
            new String[] {"Wire", "Three firefighters were hurt as the Harlow Street blaze spread to two houses."});

    /** A year of one act misreported, beside years of other acts. */
    private static final List<String[]> CENTRE = List.of(
            new String[] {"Times", "The research centre is scheduled to open in 2029. The foundation gave the "
                    + "university $75 million in 2019."},
            new String[] {"Tribune", "The research centre is due to open in 2029, and construction starts in 2027."},
            new String[] {"Gazette", "The university said the research centre will open in 2030. Construction begins "
                    + "in 2026."});

    /** A year written with two digits swapped; a state over a year is no act of one date. */
    private static final List<String[]> PLANT = List.of(
            new String[] {"Courier", "The Dunmara plant opened in 1987 and struggled in 2019."},
            new String[] {"Herald", "The Dunmara plant was opened in 1978 and struggled in 2020."});

    /** The jobs a closure costs, told as jobs, workers and staff. */
    private static final List<String[]> CLOSURE = List.of(
            new String[] {"Daily", "Quenby Foods will close the Millbrook distribution centre in March, with the loss "
                    + "of 430 jobs."},
            new String[] {"Herald", "The closure of the Millbrook distribution centre in March will put 430 workers out "
                    + "of work, Quenby Foods said."},
            new String[] {"Post", "Quenby Foods said 418 staff at the Millbrook distribution centre will lose their "
                    + "jobs when it closes in March."});

    /** Two people of one age, each named at it. */
    private static final List<String[]> HEARING = List.of(
            new String[] {"Clarion", "Gran Maureen Platt, 71, of Hensby, said the planes would be unbearable."},
            new String[] {"Radio", "Councillor Brian Tolley, 71, who represents Hensby, said the decision would ruin "
                    + "lives."},
            new String[] {"Gazette", "Councillor Brian Tolley, 71, who voted against, said residents would bear the "
                    + "noise."});

    /** The year a ship was built, two digits swapped by one outlet. */
    private static final List<String[]> GROUNDING = List.of(
            new String[] {"Wire", "The Halden Star, built in 1998, ran aground on the Garrow Reef late on Friday."},
            new String[] {"Ledger", "The ferry was built in 1998 at the Kaldhavn yard and refloated on Saturday."},
            new String[] {"Daily", "The 387ft ferry, built in 1989, was only a mile from port when it struck."});

    /** The year of a past outbreak, one outlet a year off, no act named at the year. */
    private static final List<String[]> LAST_OUTBREAK = List.of(
            new String[] {"Wire", "The region's last comparable measles outbreak, in 2019, infected 52 people."},
            new String[] {"Post", "Its last comparable measles outbreak, in 2019, was smaller."},
            new String[] {"Roar", "The last comparable measles outbreak, in 2018, infected 40 people."});

    /** One outlet writes the tally twice, each time beside another party. */
    private static final List<String[]> RUNWAY = List.of(
            new String[] {"Courier", "Councillors in Dunmoor backed the ferry terminal plan by 27 votes to 19 after a "
                    + "long debate on Tuesday."},
            new String[] {"Gazette", "Harlow Port's ferry terminal won approval 27-19 on Tuesday night. Dunmoor "
                    + "District Council voted 27-19 in favour after a marathon meeting."},
            new String[] {"Brief", "Dunmoor District Council endorsed the terminal 27 to 19."},
            new String[] {"Radio", "Twenty-seven councillors voted for the ferry terminal."});

    /** Figures whose unit one outlet leaves unsaid: a crest height, a temperature in degrees of no scale. */
    private static final List<String[]> CREST = List.of(
            new String[] {"Wire", "The Tessary River crested at 8.4 metres at Marrowby on Friday. Temperatures reached "
                    + "31C. A 12-year-old boy was among those rescued."},
            new String[] {"Gazette", "The Tessary peaked at 27.6 feet in Marrowby on Friday as the town sweltered at "
                    + "88F."},
            new String[] {"Radio", "The Marrowby gauge read 8.4 when the river crested on Friday. It was 31 degrees in "
                    + "the town. Rescuers pulled 12 from the water."});

    /** A split told in seconds by one outlet and bare by another, beside a race time of minutes. */
    private static final List<String[]> SPLIT = List.of(
            new String[] {"Wire", "Maren Oduya turned at halfway in 58.62 seconds and won the 200m butterfly in "
                    + "2:04.31."},
            new String[] {"Poolside", "Oduya's split at the turn, 58.62, was the fastest of the final, and she held on "
                    + "for two hours of celebrations."},
            new String[] {"Sport", "Oduya won the 200m butterfly final in 2:04.31, a lifetime best."});

    /** Revenue told as sales, beside what analysts expected. */
    private static final List<String[]> EARNINGS = List.of(
            new String[] {"Wire", "Corvane's quarterly revenue rose to $1.26 billion, beating analysts' expectations of "
                    + "$1.21 billion."},
            new String[] {"Ledger", "Corvane posted sales of $1.26 billion for the quarter, above the $1.21 billion "
                    + "consensus forecast."},
            new String[] {"Daily", "Corvane's revenue for the quarter came in at $1.3 billion."});

    /** A fire that burns near the ridge an earlier fire burnt, whose year one outlet misreports. */
    private static final List<String[]> RIDGE = List.of(
            new String[] {"Courier", "The blaze is the worst on the ridge since the Harlan Gap fire of 2019."},
            new String[] {"Journal", "Crews last fought a fire on Harlan Gap in 2018, when flames crossed the ridge."},
            new String[] {"Wire", "Harlan Gap fire crews said the 2019 fire on the ridge was smaller."});

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("the year of one earlier fire, misreported by one outlet, is one fact in conflict", RIDGE,
                        "same CONFLICT Courier:2019 Journal:2018 Wire:2019"),
                Arguments.of("wounded told four ways, one outlet differs", SHOOTING,
                        "same CONFLICT Post:five Courier:five Herald:five Sentinel:Six"),
                Arguments.of("killed told four ways", SHOOTING, "same AGREE Post:one Courier:One Herald:one Sentinel:one"),
                Arguments.of("killed and wounded stay apart", SHOOTING, "apart Post:five Post:one"),
                Arguments.of("people shot and people injured are the wounded, in conflict", GUNFIRE,
                        "same CONFLICT Wire:Five Post:five Courier:five Sweet:Six Channel:six"),
                Arguments.of("the dead told four ways beside them", GUNFIRE,
                        "same AGREE Wire:one Post:One Courier:one Channel:one"),
                Arguments.of("a toll that rose is the toll, whatever befell the dead", FLOOD,
                        "same CONFLICT Gazette:Six Shout:NINE Wire:nine"),
                Arguments.of("shots heard are not people wounded", SHOOTING, "apart Courier:12 Post:five"),
                Arguments.of("price in three wordings", ACQUISITION,
                        "same COMPATIBLE Ledger:$1.2 billion Wire:$1.2 billion Times:$1.2 billion Journal:$1.25 billion"),
                Arguments.of("headcount: employs, employees, workforce, workers", ACQUISITION,
                        "same CONFLICT Ledger:850 Wire:850 Times:850 Journal:920"),
                Arguments.of("founding year under the target only", ACQUISITION, "same AGREE Ledger:2011 Times:2011"),
                Arguments.of("premium: price and offer", ACQUISITION, "same AGREE Ledger:32% Wire:32%"),
                Arguments.of("another deal of the buyer is not this price", ACQUISITION,
                        "apart Wire:$19 billion Ledger:$1.2 billion"),
                Arguments.of("revenue of the same year joins", ACQUISITION,
                        "same AGREE Ledger:$95 million Times:$95 million"),
                Arguments.of("revenue of another year stays apart", ACQUISITION,
                        "apart Ledger:$60 million Ledger:$95 million"),
                Arguments.of("a conditional figure joins no actual one", ACQUISITION,
                        "apart Journal:$2 billion Ledger:$95 million"),
                Arguments.of("founder and company: one founding year", FOUNDING,
                        "same AGREE Harbor:2014 Metro:2014 Pacific:2014 Ledger:2014"),
                Arguments.of("the founder's age told twice", FOUNDING, "same AGREE Metro:52 Pacific:52"),
                Arguments.of("inches and centimetres compare after conversion", UNITS,
                        "same COMPATIBLE Gazette:12 inches Tribune:30 centimetres Dispatch:12 inches"),
                Arguments.of("metres and feet compare after conversion", UNITS,
                        "same COMPATIBLE Gazette:3 metres Tribune:10 feet"),
                Arguments.of("votes for: a tally written three ways", VOTE,
                        "same AGREE Ledger:234-193=234 Wire:234 to 193=234 Times:234-192=234 Journal:234-193=234"),
                Arguments.of("votes against: one outlet differs", VOTE,
                        "same CONFLICT Ledger:234-193=193 Wire:234 to 193=193 Times:234-192=192 Journal:234-193=193"),
                Arguments.of("the day of the vote told three ways", VOTE,
                        "same AGREE Ledger:Friday Wire:Friday Times:late Friday"),
                Arguments.of("the votes for and against one tally stay apart", VOTE,
                        "apart Ledger:234-193=234 Ledger:234-193=193"),
                Arguments.of("the speaker's term, ranked", VOTE, "same AGREE Ledger:second Wire:second"),
                Arguments.of("votes against: one side misreported far off, the other side the same", COUNCIL,
                        "same CONFLICT Echo:27 votes to 19=19 Newswire:27 to 19=19 Radio:27 to 14=14"),
                Arguments.of("a cost each outlet gives once, differently, is one fact in conflict", BOND,
                        "same CONFLICT Tribune:$17 million Bulletin:$19 million Courier:$17 million"),
                Arguments.of("an age by name and by role, two years apart, is one fact in conflict", BOND,
                        "same CONFLICT Tribune:54 Bulletin:56-year-old Courier:54"),
                Arguments.of("an outlet giving both near figures tells two things", BOND,
                        "apart Daily:$31 million Daily:$35 million"),
                Arguments.of("a count of one named thing misreported by one outlet is one fact in conflict",
                        FIRE, "same CONFLICT Gazette:Three Times:Two Wire:Three"),
                Arguments.of("knots and miles per hour compare after conversion", UNITS,
                        "same COMPATIBLE Harbor:12 knots Record:14 miles per hour"),
                Arguments.of("a ransom each outlet gives once, a fifth apart, is one fact in conflict", RANSOM,
                        "same CONFLICT Wire:$25 million Daily:$25 million Markets:$20 million"),
                Arguments.of("a year of one act each outlet gives once, a year apart, is one fact in conflict",
                        CENTRE, "same CONFLICT Times:2029 Tribune:2029 Gazette:2030"),
                Arguments.of("a year with two digits swapped is one fact in conflict", PLANT,
                        "same CONFLICT Courier:1987 Herald:1978"),
                Arguments.of("years of a state are two occasions, not one date misreported", PLANT,
                        "apart Courier:2019 Herald:2020"),
                Arguments.of("a year of another act stays apart", CENTRE, "apart Times:2019 Tribune:2029"),
                Arguments.of("jobs, workers and staff of one closure are one count", CLOSURE,
                        "same CONFLICT Daily:430 Herald:430 Post:418"),
                Arguments.of("one person's age told twice", HEARING, "same AGREE Radio:71 Gazette:71"),
                Arguments.of("two people of one age, each named at it, stay apart", HEARING,
                        "apart Clarion:71 Radio:71"),
                Arguments.of("the year a ship was built, digits swapped, is one fact in conflict", GROUNDING,
                        "same CONFLICT Wire:1998 Ledger:1998 Daily:1989"),
                Arguments.of("a year of a past event each outlet gives once, a year off, is one fact in conflict",
                        LAST_OUTBREAK, "same CONFLICT Wire:2019 Post:2019 Roar:2018"),
                Arguments.of("a tally one outlet writes twice beside two parties is one fact", RUNWAY,
                        "same AGREE Courier:27 votes to 19=27 Gazette:27-19=27 Brief:27=27 Radio:Twenty-seven"),
                Arguments.of("a figure whose unit is unsaid is read in the unit of the one fact it can state", CREST,
                        "same COMPATIBLE Wire:8.4 metres Gazette:27.6 feet Radio:8.4"),
                Arguments.of("degrees of no scale compare as the temperature they equal", CREST,
                        "same COMPATIBLE Wire:31C Gazette:88F Radio:31 degrees"),
                Arguments.of("a bare count of a few digits is no age", CREST, "apart Radio:12 Wire:12-year-old"),
                Arguments.of("sales and revenue are one measure", EARNINGS,
                        "same COMPATIBLE Wire:$1.26 billion Ledger:$1.26 billion Daily:$1.3 billion"),
                Arguments.of("what analysts expected, told twice, is one fact", EARNINGS,
                        "same AGREE Wire:$1.21 billion Ledger:$1.21 billion"),
                Arguments.of("what analysts expected is not the actual figure", EARNINGS,
                        "apart Ledger:$1.21 billion Daily:$1.3 billion"),
                Arguments.of("a month and a day within it, told of one occasion, are one fact at two precisions",
                        SKATING, "same COMPATIBLE Wire:March 9, 2019 Herald:March 2019"),
                Arguments.of("a race time in minutes and decimal seconds", SKATING,
                        "same AGREE Blaze:8 min 12.45 sec Herald:8:12.45"),
                Arguments.of("a part of a unit is that much of it", SKATING,
                        "same COMPATIBLE Wire:0.34 seconds Blaze:a third of a second"),
                Arguments.of("a place in a field told by how it ended", SKATING, "same AGREE Wire:second Herald:second"),
                Arguments.of("a given name alone is the one person of the story who bears it", SKATING,
                        "same AGREE Blaze:58 Herald:58"),
                Arguments.of("a team's strength is the people in it", SKATING, "same AGREE Wire:28-strong Herald:28"),
                Arguments.of("basis points are hundredths of a percentage point", RATES,
                        "same AGREE Ledger:45bps Wire:0.45 percentage points"),
                Arguments.of("points of a rate are percentage points", RATES,
                        "same AGREE Ledger:0.3 points Wire:0.3 percentage points"),
                Arguments.of("a glued m read as millions is the metres of the one length it equals", DIVE,
                        "same AGREE Island:131m Wire:131 metres"),
                Arguments.of("a bare score is the points of the one score it equals", DIVE,
                        "same AGREE Island:41 points Wire:41"),
                Arguments.of("a time of day an hour off, to the minute, is one fact in conflict", REFINERY,
                        "same CONFLICT Wire:3.40am Herald:03:40 Bugle:4.40am"),
                Arguments.of("an age with one digit slipped is one fact in conflict", REFINERY,
                        "same CONFLICT Wire:58 Herald:58 Bugle:68"),
                Arguments.of("an outlet telling what it found is no condition", REFINERY,
                        "same CONFLICT Wire:£450,000 Herald:£450,000 Bugle:£540,000"),
                Arguments.of("a year of an act that happens once, among other years of the story", REFINERY,
                        "same CONFLICT Wire:1998 Herald:1998 Bugle:1989"),
                Arguments.of("a level a verb of change moves from is a figure of its own", LINE,
                        "same AGREE Gazette:£14.20 Wire:£14.20 Clarion:£14.20"),
                Arguments.of("the level it moves to is another", LINE, "apart Gazette:£14.20 Gazette:£15.10"),
                Arguments.of("a measured quantity told alike with another figure is one fact in conflict", LINE,
                        "same CONFLICT Gazette:16 minutes Wire:16 minutes Clarion:18 minutes"),
                Arguments.of("a figure of decimals left bare is the span of time another outlet writes", SPLIT,
                        "same AGREE Wire:58.62 seconds Poolside:58.62"),
                Arguments.of("a headline telling its outlet's figure in other words joins the conflict with it", HOMES,
                        "same CONFLICT Ledger:37 Gazette:37 Tribune:40"),
                Arguments.of("a temperature below zero on two scales and in words is one fact", FROST,
                        "same AGREE Wire:14F Post:-10C Herald:10 degrees Celsius"),
                Arguments.of("a fall told with the verbs of markets is one fact, one outlet in conflict", SLUMP,
                        "same CONFLICT Wire:12% Post:11.8 percent Herald:15% Times:12 per cent"),
                Arguments.of("a quarter of a percentage point is 25 basis points", QUARTER_POINT,
                        "same AGREE Wire:a quarter of a percentage point Post:25 basis points Times:0.25 percentage points"),
                Arguments.of("a range and the figure in its middle are compatible, no exact agreement", REPAIRS,
                        "same COMPATIBLE Wire:$5 million and $7 million Post:$6 million"),
                Arguments.of("a figure in the same place of a sentence that tells what the others' tell is one fact in "
                        + "conflict", PRICE_PER_SHARE, "same CONFLICT Wire:$2.1 billion Post:$2.3 billion Herald:$2.1 billion"),
                Arguments.of("a lower death toll is the toll in conflict", GAS_BLAST,
                        "same CONFLICT Tribune:three Times:three Bulletin:Two Ledger:Three Gazette:Three"),
                Arguments.of("how often something happened is no count of people", GAS_BLAST,
                        "apart Bulletin:Two Times:twice"),
                Arguments.of("one outlet's hedged rounding, told in its headline and its body, is the figure",
                        FLOCK, "same COMPATIBLE Wire:£186,000 Weekly:£186,000 Clarion:£190,000"),
                Arguments.of("Celsius and Fahrenheit compare after conversion", UNITS,
                        "same AGREE Bulletin:5 degrees Celsius Dispatch:41 degrees Fahrenheit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aligns(String name, List<String[]> story, String expectation) {
        List<Claim> claims = new ArrayList<>();
        for (String[] outlet : story) {
            UUID article = UUID.nameUUIDFromBytes(outlet[0].getBytes());
            for (ClaimDraft d : EXTRACTOR.extract(outlet[1])) {
                claims.add(d.toClaim(UUID.randomUUID(), article, outlet[0]));
            }
        }
        List<Fact> facts = BUILDER.compare(UUID.nameUUIDFromBytes(name.getBytes()), claims);
        String[] parts = expectation.split(" (?=[A-Z][a-z]+:)");
        String[] head = parts[0].split(" ");
        List<Fact> found = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String source = parts[i].substring(0, parts[i].indexOf(':'));
            String surface = parts[i].substring(parts[i].indexOf(':') + 1);
            found.add(factOf(facts, source, surface));
        }
        String all = describe(facts);
        if (head[0].equals("same")) {
            found.forEach(f -> assertNotNull(f, all));
            assertEquals(1, found.stream().map(Fact::id).distinct().count(), all);
            assertEquals(Verdict.valueOf(head[1]), found.get(0).verdict(), all);
            assertEquals(parts.length - 1, found.get(0).sourceCount(), all);
        } else {
            found.forEach(f -> assertNotNull(f, "both figures must be found to be apart:\n" + all));
            assertNotEquals(found.get(0).id(), found.get(1).id(), all);
        }
    }

    /**
     * The fact holding the claim of {@code source} written as {@code surface}, or null; "surface=amount" picks one of
     * two claims written over one surface (a tally's votes for and against).
     */
    private static Fact factOf(List<Fact> facts, String source, String surface) {
        String written = surface.contains("=") ? surface.substring(0, surface.lastIndexOf('=')) : surface;
        String amount = surface.contains("=") ? surface.substring(surface.lastIndexOf('=') + 1) : null;
        return facts.stream().filter(f -> f.claims().stream()
                .anyMatch(c -> c.source().equals(source) && c.quote().surface().equals(written)
                        && (amount == null || c.value().amount().compareTo(new java.math.BigDecimal(amount)) == 0)))
                .findFirst().orElse(null);
    }

    private static String describe(List<Fact> facts) {
        return facts.stream().map(f -> f.verdict() + " " + f.subject() + "/" + f.predicate() + " " + f.summary() + " "
                + f.claims().stream().map(c -> c.source() + ":" + c.quote().surface() + "[" + c.measure() + "]")
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }
}
