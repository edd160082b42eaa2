package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Copyright \u00A9 2024 The Valley Post, LLC. Click here for reprint permission. | true",
        "\u00A9 Harbour Media 2023 | true",
        "(c) 2021 Example News. All rights reserved. | true",
        "Click to Hide | true",
        "Tap to view 12 comments | true",
        "1 | true",
        "3 / 12 | true",
        "The copyright case will be heard in 2025, lawyers for both publishers said. | false",
        "Clicking a link cost the council 2,000 pounds in fees, an audit found. | false",
        "Scores rose 3% | false",
    })
    void recognisesNoticesInstructionsAndCounters(String line, boolean furniture) {
        assertEquals(furniture, LineRules.isFurniture(line), line);
    }
}
