package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MiniJsonTest {

    @Test
    void readsNestedValues() {
        Object parsed = MiniJson.parse("{\"a\": [1, true, null, \"x\\u00e9\\n\"], \"b\": {\"c\": \"d\"}}");
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertEquals(List.of("1", true, "x\u00e9\n"), ((List<?>) map.get("a")).stream().filter(v -> v != null).toList());
        assertEquals("d", ((Map<?, ?>) map.get("b")).get("c"));
    }

    @Test
    void toleratesTrailingCommasRawNewlinesAndCommentWrappers() {
        Map<?, ?> map = (Map<?, ?>) MiniJson.parse("<!--//--><![CDATA[//><!--\n{\"a\": \"line\nbreak\", \"b\": [1,2,],}\n//--><!]]>");
        assertEquals("line\nbreak", map.get("a"));
        assertEquals(List.of("1", "2"), map.get("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no json here", "{", "[", "{\"a\":", "{\"a\" \"b\" \"c\"}", "]]]}}}", "{:::,,,}",
        "{\"a\":\"\\u12\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]"})
    void neverThrowsOnMalformedInput(String json) {
        Object parsed = MiniJson.parse(json);
        // Nothing usable is null; a cut-off document still gives the object or array it opened, never a stray value.
        assertTrue(parsed == null || parsed instanceof Map || parsed instanceof List, () -> "parsed " + parsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no json here", "   ", "]]]}}}"})
    void findsNothingWhereNothingIsThere(String json) {
        assertNull(MiniJson.parse(json));
    }

    @Test
    void givesUpOnExcessiveNesting() {
        assertNull(MiniJson.parse("[".repeat(10_000)));
    }
}
