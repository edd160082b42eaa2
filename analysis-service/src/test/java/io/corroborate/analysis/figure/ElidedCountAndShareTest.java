package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts whose noun the writer left out, shares written as fractions, and what must not be read as either. Each row:
 * the noun the sentence before last counted (or nothing), a sentence, and the counts and percentages the claim layer
 * finds in it, as {@code kind amount unit} joined by "; ".
 */
class ElidedCountAndShareTest {

    private static final FigureScanner SCANNER = FigureScanner.forClaims();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "|", emptyValue = "", textBlock = """
                   | Of the 47 cases, 41 were in people who had not been vaccinated.        | COUNT 47 cases; COUNT 41 cases
                   | He said 41 of the 47 patients were unvaccinated.                       | COUNT 41 patients; COUNT 47 patients
                   | Fifty-nine of the district's 78 schools posted higher scores.          | COUNT 59 schools; COUNT 78 schools
                   | The jury convicted him on nine of 12 corruption counts.                | COUNT 9 counts; COUNT 12 counts
                   | Of the injured, two were in critical condition.                        | COUNT 2 people
                   | Seven people were shot, two of them fatally.                           | COUNT 7 people; COUNT 2 people
                   | Twenty-nine people were injured, and seven remained in critical condition. | COUNT 29 people; COUNT 7 people
                   | Three people were killed and 14 were injured; four remain in hospital. | COUNT 3 people; COUNT 14 people; COUNT 4 people
            people | Six more were taken to hospital, two of whom are in critical condition. | COUNT 6 people; COUNT 2 people
                   | Six more were taken to hospital.                                       | COUNT 6
                   | An explosion that killed three and injured 14 shook the street.        | COUNT 3 people; COUNT 14 people
                   | Infections in the county rose to 412 from 156 the previous year.       | COUNT 412 infections; COUNT 156 infections
                   | One of the 12 jurors was dismissed.                                    | COUNT 12 jurors
                   | The plant employs 300 and will close in 2027.                          | COUNT 300
                   | Nearly half of the cases were among children.                          | PERCENT 50 %
                   | One in four cases involved preschool-age children.                     | PERCENT 25 %
                   | About a quarter of the patients are preschoolers.                      | PERCENT 25 %
                   | The union said three-quarters of members backed the deal.              | PERCENT 75 %
                   | She won just over half of the votes cast.                              | PERCENT 50 %
                   | Walking every day could halve the risk, the study found.               | PERCENT 50 %
                   | Sales rose in the second half of 2019.                                 |
                   | The team led at the half of the game.                                  |
                   | The trail runs half a mile.                                            |
                   | Lawmakers needed a two-thirds majority to override.                    | PERCENT 66.7 %
                   | He scored 2 in 10 minutes.                                             | COUNT 2
            """)
    void readsElidedCountsAndShares(String antecedent, String sentence, String expected) {
        String found = SCANNER.scan(sentence, antecedent).stream()
                .filter(f -> switch (f.value().kind()) {
                    case COUNT, PERCENT -> true;
                    default -> false;
                })
                .map(f -> (f.value().kind() + " " + f.value().amount().stripTrailingZeros().toPlainString() + " "
                        + (f.value().unit() == null ? "" : f.value().unit())).trim())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }
}
