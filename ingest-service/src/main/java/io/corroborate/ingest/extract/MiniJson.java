package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forgiving JSON reader for JSON-LD blocks: returns maps, lists, strings, numbers (as text), booleans and
 * nulls; tolerates trailing commas, raw newlines in strings and cut-off input; never throws.
 *
 * <p>Why not Jackson: its streaming parser with the lenient read features and a nesting limit was tried (2026-12-02)
 * and reads every well-formed and most malformed blocks alike, but a block cut in the middle of a value (a CMS or a
 * sanitizer truncating the script, as {@code MetadataExtractionTest.toleratesMalformedJsonLd} has it) loses that
 * value: Jackson never hands out a token it could not finish, and the value cut is typically the headline or the
 * description this reader is there for. This reader keeps it.
 */
final class MiniJson {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_CHARS = 1_000_000;

    private final String src;
    private int pos;

    private MiniJson(String src) {
        this.src = src.length() > MAX_CHARS ? src.substring(0, MAX_CHARS) : src;
    }

    /** The parsed value, or null when nothing usable was found. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        String unwrapped = text.replace("<![CDATA[", " ").replace("]]>", " ");
        int start = firstBracket(unwrapped);
        if (start < 0) {
            return null;
        }
        try {
            return new MiniJson(unwrapped.substring(start)).value(0);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    // Script bodies may be wrapped in comment or CDATA markers; the data starts at the first bracket.
    private static int firstBracket(String text) {
        int brace = text.indexOf('{');
        int bracket = text.indexOf('[');
        return brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
    }

    // Every branch consumes at least one character, so the loops in object() and array() always terminate.
    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("JSON nested too deeply");
        }
        skipNoise();
        if (pos >= src.length()) {
            return null;
        }
        char c = src.charAt(pos);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        return bare();
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipNoise();
            if (pos >= src.length() || src.charAt(pos) == '}') {
                pos++;
                return map;
            }
            Object key = value(depth + 1);
            skipNoise();
            if (pos < src.length() && src.charAt(pos) == ':') {
                pos++;
            }
            Object val = value(depth + 1);
            if (key != null) {
                map.putIfAbsent(key.toString(), val);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipNoise();
            if (pos >= src.length() || src.charAt(pos) == ']') {
                pos++;
                return list;
            }
            list.add(value(depth + 1));
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && pos < src.length()) {
                out.append(escape(src.charAt(pos++)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'u' -> unicode();
            default -> String.valueOf(c);
        };
    }

    private String unicode() {
        if (pos + 4 > src.length()) {
            return "";
        }
        try {
            char c = (char) Integer.parseInt(src.substring(pos, pos + 4), 16);
            pos += 4;
            return String.valueOf(c);
        } catch (NumberFormatException bad) {
            return "";
        }
    }

    /** Numbers, true/false/null and unquoted junk: read up to the next structural character. */
    private Object bare() {
        int start = pos;
        while (pos < src.length() && ",:}]".indexOf(src.charAt(pos)) < 0 && !Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (pos == start) {
            pos++;
        }
        return word.equals("true") ? Boolean.TRUE : word.equals("false") ? Boolean.FALSE
                : word.equals("null") ? null : word;
    }

    private void skipNoise() {
        while (pos < src.length() && (Character.isWhitespace(src.charAt(pos)) || src.charAt(pos) == ',')) {
            pos++;
        }
    }
}
