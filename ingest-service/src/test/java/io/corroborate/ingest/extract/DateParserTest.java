package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2031-05-06T07:08:09Z; 2031-05-06T07:08:09Z",
        "2031-05-06T07:08:09z; 2031-05-06T07:08:09Z",
        "2031-05-06T07:08:09+02:00; 2031-05-06T07:08:09+02:00",
        "2031-05-06T07:08:09+0200; 2031-05-06T07:08:09+02:00",
        "2031-05-06T07:08:09-05; 2031-05-06T07:08:09-05:00",
        "2031-05-06T07:08:09.5Z; 2031-05-06T07:08:09.5Z",
        "2031-05-06T07:08:09.123456789+00:00; 2031-05-06T07:08:09.123456789Z",
        "2031-05-06T07:08; 2031-05-06T07:08:00Z",
        "2031-05-06 07:08:09; 2031-05-06T07:08:09Z",
        "2031-05-06; 2031-05-06T00:00:00Z",
        "Tue, 6 May 2031 07:08:09 GMT; 2031-05-06T07:08:09Z",
        "Tue, 06 May 2031 07:08:09 +0100; 2031-05-06T07:08:09+01:00",
        "May 6, 2031; 2031-05-06T00:00:00Z",
        "6 May 2031; 2031-05-06T00:00:00Z",
        "2031/05/06; 2031-05-06T00:00:00Z"
    })
    void parsesIsoAndRfcVariants(String raw, String expected) {
        assertEquals(OffsetDateTime.parse(expected), DateParser.parse(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "2031-13-45", "31/31/31", "T07:08", "2031-05-06T25:00:00Z", "\u0000\u0001"})
    void returnsNullForUnparseableDates(String raw) {
        assertNull(DateParser.parse(raw));
    }
}
