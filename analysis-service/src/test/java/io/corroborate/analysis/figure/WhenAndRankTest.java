package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures of the claim layer that date, time or rank something, or count a vote or a game: weekdays, times of
 * day, race times, ordinals, tallies and scores, and what must not be read as one. Each row: a sentence and the figures found in it, written as
 * {@code kind amount unit} joined by "; " (empty when there must be none of these kinds).
 */
class WhenAndRankTest {

    private static final FigureScanner SCANNER = FigureScanner.forClaims();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", emptyValue = "", textBlock = """
            Stone was arrested early Friday at his home.                   | DATE 5 weekday
            The House voted on Tuesday's resolution late Wednesday night.  | DATE 2 weekday; DATE 3 weekday
            Thursday night, the crowd gathered again.                      | DATE 4 weekday
            The gauge read 41cm at 07:00 on Thu, a record.                 | TIME 420; DATE 4 weekday
            The paper ran the story on Sun Online.                         |
            Shoppers lined up on Black Friday and again on Super Tuesday.   |
            The store is closed on Sundays and every Monday.               |
            Its resignation took effect at 5 p.m. Eastern time.            | TIME 1020
            The oath was administered at 12:00 p.m. by Roberts.            | TIME 720
            He spoke at about 10:30 am to reporters.                       | TIME 630
            The vote is expected by midnight.                              | TIME 0
            It was high noon for the campaign.                             |
            Trump was sworn in as the 45th president of the United States. | ORDINAL 45 president
            She joined the 116th Congress on Thursday.                     | ORDINAL 116 congress; DATE 4 weekday
            He is seeking a second term as governor.                       | ORDINAL 2 term
            The third-ranking Republican backed the plan.                  | ORDINAL 3 ranking
            McCarthy ran for the No. 2 job in the House.                   | ORDINAL 2 job
            Second, the plan was never funded.                             |
            Voss finished second and Lund came a close third.              | ORDINAL 2; ORDINAL 3
            The machine is ranked No 2 in the world, taking the No 3 spot. | ORDINAL 2; ORDINAL 3 spot
            He walked into No 10 Downing Street.                           |
            She won the mile in 3:58 and surfaced 4:02 later.             | QUANTITY 238 second; QUANTITY 242 second
            Her dive time was 4:02; the blast happened at 4:02.            | QUANTITY 242 second; TIME 242
            She won by a tenth of a second.                                | QUANTITY 0.1 second
            The Second Amendment protects the right to bear arms.          |
            Sales fell in the second half and through a third party.       |
            The deal is expected to close in the third quarter.            |
            The shop on 5th Avenue closed.                                 |
            It is a right enshrined in the 14th Amendment of the charter.  |
            The 9th Circuit heard the appeal.                              |
            The case, Dukes, No. 10-277, was argued.                       |
            The House passed the bill 234-193 on a party-line vote.        | COUNT 234 votes for; COUNT 193 votes against
            The Supreme Court ruled 5-4 in the case.                       | COUNT 5 votes for; COUNT 4 votes against
            Councillors backed the plan 31-14 on Tuesday night.             | COUNT 31 votes for; COUNT 14 votes against; DATE 2 weekday
            Lawmakers endorsed the measure 58-41.                           | COUNT 58 votes for; COUNT 41 votes against
            The resolution was adopted by a vote of 396 to 9.              | COUNT 396 votes for; COUNT 9 votes against
            Officers were trained for 40-60 hours before the vote.         |
            The council voted seven in favour and two opposed.             | COUNT 7 votes for; COUNT 2 votes against
            It passed with six votes in favour and three against.          | COUNT 6 votes for; COUNT 3 votes against
            Five members voted for the plan and two against.               | COUNT 5 votes for; COUNT 2 votes against
            He paid for three meals before the vote.                       |
            The Senate voted 54 to 45 on Thursday to confirm her.          | COUNT 54 votes for; COUNT 45 votes against; DATE 4 weekday
            She was confirmed by 54 votes to 45.                           | COUNT 54 votes for; COUNT 45 votes against
            The council voted seven to four to fund the ballpark.          | COUNT 7 votes for; COUNT 4 votes against
            The committee approved her nomination by 13 to 11.             | COUNT 13 votes for; COUNT 11 votes against
            The vote went 27 to 16.                                        | COUNT 27 votes for; COUNT 16 votes against
            The board approved the increase by a seven-to-two vote.        | COUNT 7 votes for; COUNT 2 votes against
            He was convicted by a 10-2 majority of the jury.               | COUNT 10 votes for; COUNT 2 votes against
            The jury reached a majority verdict of 10 to 2 on Friday.      | COUNT 10 votes for; COUNT 2 votes against; DATE 5 weekday
            The vote raised the age limit from 18 to 21 years.             |
            The Kestrels beat Ashby Rovers 3-1 in the league final.        | COUNT 3 higher score; COUNT 1 lower score
            The bank lifted rates by 0.5 points to 4.75% in the final week. |
            The Kestrels won the title, beating Rovers three goals to one. | COUNT 3 higher score; COUNT 1 lower score
            Rovers were 2-0 up against Penhallow when the storm broke.     | COUNT 2 higher score; COUNT 0 lower score
            The striker's late header sank Dunmore 3-2 on Saturday.        | COUNT 3 higher score; COUNT 2 lower score; DATE 6 weekday
            Children aged 5-11 were tested for lead exposure.              |
            The inquiry, led by Judge Kell, heard witnesses aged 18-25.    |
            The sides drew 2-2 at Harbourside Stadium.                     | COUNT 2 score; COUNT 2 score
            Harriers stun champions Dunmere 27-24                          | COUNT 27 higher score; COUNT 24 lower score
            It ended 21-19 to Marlow in the derby at Mill Road.            | COUNT 21 higher score; COUNT 19 lower score
            The odds were 3-1 against the favourite in the sample.         |
            Amadon won the marathon in 2:04:31, a course record.           | QUANTITY 7471 second
            The blast on Larkspur Lane happened at about 7.50pm on Saturday. | TIME 1190; DATE 6 weekday
            The satellite launched at 06:42 local time from Cape Morrow.   | TIME 402
            The rocket lifted off at 9:15 GMT after a delay.               | TIME 555
            The fire was declared under control at 06:15.                  | TIME 375
            At the moment of failure, at 17:52, the deck dropped.          | TIME 1072
            Four men entered the shop at around 10:40 on 12 February.      | TIME 640
            The warning was issued at 11:00 today.                          | TIME 660
            Shortly after 3:15 this afternoon the line failed.             | TIME 915
            The side led 2:1 at the break.                                 |
            The bar stayed open until 11:30 that night.                    |
            The fire started at 7:30 Friday evening.                       | DATE 5 weekday
            Fireworks begin at 8:15 tonight.                               |
            Prices rose 7.50 percent in the year to March.                 |
            A magnitude 6.4 earthquake struck the valley.                  | QUANTITY 6.4 magnitude
            The quake, a 6.2-magnitude tremor, shook the coast.            | QUANTITY 6.2 magnitude
            It measured 5.8 on the Richter scale.                          | QUANTITY 5.8 magnitude
            The storm strengthened into a Category 4 hurricane.            | QUANTITY 4 category
            The weather service rated the tornado an EF-3.                 | QUANTITY 3 EF rating
            The F1 team finished the race in second place.                 |
            """)
    void findsWhatDatesTimesRanksOrTallies(String sentence, String expected) {
        String found = SCANNER.scan(sentence).stream()
                .filter(f -> switch (f.value().kind()) {
                    case TIME, ORDINAL -> true;
                    case DATE -> "weekday".equals(f.value().unit());
                    case COUNT -> f.value().unit() != null && (f.value().unit().startsWith("votes ")
                            || f.value().unit().endsWith("score"));
                    case QUANTITY -> List.of("second", "magnitude", "category", "EF rating").contains(f.value().unit());
                    default -> false;
                })
                .map(f -> (f.value().kind() + " " + f.value().amount().toPlainString() + " "
                        + (f.value().unit() == null ? "" : f.value().unit())).trim())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            At a January fundraiser in Texas, Braley spoke.  | January
            In December, Farenthold said he would not run.   | December
            The June decision struck down part of the law.   | June
            It reopened on Sept 3 after the inspection.      | Sept 3
            It closed after the Sept 2025 inspection.        | Sept 2025
            """)
    void readsMonthsThatDateSomething(String sentence, String surface) {
        List<Figure> dates = SCANNER.scan(sentence).stream().filter(f -> f.value().kind().name().equals("DATE"))
                .toList();
        assertEquals(1, dates.size(), () -> "dates in: " + sentence);
        assertEquals(surface, sentence.substring(dates.get(0).start(), dates.get(0).end()));
    }

    /**
     * Each row: a sentence and its dates as {@code surface=month·100+day[-last day][/year]}, joined by "; ". A weekday
     * written right before the date it names is part of that date ("Tuesday, May 12" is one figure).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            The eruption began at 03:47 local time on 9 June, after a swarm of quakes. | 9 June=609
            Attendance hit 14,212 on 16 May 2025, a record.                          | 16 May 2025=516/2025
            Strike days have been named as 12 and 13 May.                            | 12=512; 13 May=513
            Teachers will walk out on May 12 and 13.                                 | May 12=512; 13=513
            The festival runs 14-16 June on the common.                              | 14-16 June=614-616
            It opened on the 3rd of March with a parade.                             | 3rd of March=303
            The top 3 May be gone by then.                                           | -
            Teachers will walk out on Tuesday, May 12, and Wednesday 13 May.         | Tuesday, May 12=512; Wednesday 13 May=513
            The ballot closed at noon on Wednesday the 22nd of April.                | Wednesday the 22nd of April=422
            The crash on Saturday, April 18, 2026 killed two.                        | Saturday, April 18, 2026=418/2026
            Talks resumed on Monday and ended on March 9.                            | Monday=1/weekday; March 9=309
            """)
    void readsTheDayBeforeTheMonthAndTwoDaysOfOneMonth(String sentence, String expected) {
        String found = SCANNER.scan(sentence).stream().filter(f -> f.value().kind().name().equals("DATE"))
                .map(f -> sentence.substring(f.start(), f.end()) + "=" + f.value().low().toPlainString()
                        + (f.value().low().equals(f.value().high()) ? "" : "-" + f.value().high().toPlainString())
                        + (f.value().unit() == null ? "" : "/" + f.value().unit()))
                .collect(Collectors.joining("; "));
        assertEquals(expected.equals("-") ? "" : expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Pensioners Gerald and Anne Pryce, aged 71 and 68, died in the fire.   | 71; 68
            The guard on duty, 62, was bound with cable ties.                    | 62
            The trio, Dario Kemp, 34, and Tomas Greer, 44 — vanished overnight.   | 34; 44
            """)
    void readsAgesInPairsAndAfterAPersonsRole(String sentence, String expected) {
        String found = SCANNER.scan(sentence).stream().filter(f -> f.value().kind().name().equals("AGE"))
                .map(f -> f.value().amount().toPlainString()).collect(Collectors.joining("; "));
        assertEquals(expected, found);
    }
}
