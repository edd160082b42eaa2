package io.corroborate.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import io.corroborate.analysis.claim.Drafts;
import io.corroborate.api.Kind;

/** Finding one quantity of the raw layer by its surface, and checking it against a table row. */
final class QuantityChecks {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private QuantityChecks() {
    }

    static List<Quantity> all(String text) {
        return EXTRACTOR.extract(text);
    }

    static Quantity at(String text, String surface) {
        List<Quantity> found = EXTRACTOR.extract(text);
        return found.stream().filter(q -> q.quote().surface().equals(surface)).findFirst()
                .orElseGet(() -> fail("no quantity '" + surface + "' in: " + surfaces(found)));
    }

    static String surfaces(List<Quantity> found) {
        return found.stream().map(q -> q.quote().surface() + " " + q.value()).collect(Collectors.joining(", "));
    }

    /** The quantity written {@code surface} in {@code sentence} has this kind, range, currency and unit. */
    static void assertQuantity(String sentence, String surface, Kind kind, String from, String to, String currency,
            String unit) {
        Quantity q = at(sentence, surface);
        assertAll(
                () -> assertEquals(kind, q.value().kind()),
                () -> assertTrue(Drafts.same(Drafts.number(from), q.from()), () -> "from " + q.from()),
                () -> assertTrue(Drafts.same(Drafts.number(to), q.to()), () -> "to " + q.to()),
                () -> assertEquals(currency, q.value().currency()),
                () -> assertEquals(unit, q.value().unit()));
    }
}
