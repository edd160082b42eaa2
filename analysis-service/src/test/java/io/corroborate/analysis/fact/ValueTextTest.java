package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimExtractor;

class ValueTextTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1} written as {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            Acme paid $14.3 billion for it.              | $14.3 billion     | $14.3 billion
            Acme paid $14,300 million for it.            | $14,300 million   | $14.3 billion
            Acme paid €1.2m for it.                      | €1.2m             | €1.2 million
            Acme paid £500,000 for it.                   | £500,000          | £500,000
            Acme paid 1.2 trillion yen for it.           | 1.2 trillion yen  | ¥1.2 trillion
            Acme paid 10.5 million Australian dollars.   | 10.5 million Australian dollars | AUD 10.5 million
            Acme paid about $15 billion for it.          | $15 billion       | approximately $15 billion
            Acme is worth $29 billion+ today.            | $29 billion+      | at least $29 billion
            Acme paid up to $5 million for it.           | $5 million        | at most $5 million
            Acme took a 49% stake in it.                 | 49%               | 49%
            Cantor outspent Brat $5.4 million to $200,000. | $5.4 million    | $5.4 million
            Cantor outspent Brat $5.4 million to $200,000. | $200,000        | $200,000
            Castellan will pay $41.50 a share.            | $41.50           | $41.50
            The estimate was $1,071,872.87 in all.       | $1,071,872.87    | $1,071,872.87
            Estimates ran from $370,000 to $5.5 million.  | $370,000 to $5.5 million | $370,000 to $5.5 million
            Repairs will cost between $9 million and $12 million. | $9 million and $12 million | $9 million to $12 million
            Temperatures of 40-45C were recorded.        | 40-45C            | 40 to 45 celsius
            The building covers 180,000 square feet.     | 180,000 square feet | 180,000 square feet
            Crews fought the fire for nearly five hours. | five hours        | nearly 5 hours
            The meeting lasted one hour.                 | one hour          | 1 hour
            She clocked 2:01.47 in the final.            | 2:01.47           | 2:01.47
            The best time falls to 1h58m.                | 1h58m             | 1:58:00
            It earned 89 cents a share.                  | 89 cents          | $0.89
            Winds reached 130 mph at landfall.           | 130 mph           | 130 miles per hour
            The plant stores 12 tonnes of solvent.       | 12 tonnes         | 12 tonnes
            Rain totalled 11.2 inches in Port Cassel.    | 11.2 inches       | 11.2 inches
            Support rose 3 percentage points in May.     | 3 percentage points | 3 percentage points
            Acme has over 9,000 contractors.             | 9,000             | at least 9,000 contractors
            The lab's 28-year-old founder left.          | 28-year-old       | 28 years
            Acme was founded in 2016 in Ohio.            | 2016              | 2016
            Stone was arrested early Friday at home.     | early Friday      | Friday
            The resignation took effect at 5 p.m.        | 5 p.m.            | 5 p.m.
            The oath was taken at 12:30 p.m. sharp.      | 12:30 p.m.        | 12:30 p.m.
            Roberts gave the oath at noon on the steps.  | noon              | noon
            Trump was sworn in as the 45th president.    | 45th              | 45th president
            The bill passed 234-193 in the House.        | 234-193           | 234 votes for
            Amadon won the marathon in 2:04:31 on Sunday. | 2:04:31          | 2:04:31
            """)
    void writesValuesForReaders(String sentence, String surface, String expected) {
        assertEquals(expected, ValueText.hedged(EXTRACTOR.extract(sentence).stream()
                .filter(d -> d.quote().surface().equals(surface)).findFirst().orElseThrow().value()));
    }
}
