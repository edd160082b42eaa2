package io.corroborate.analysis.pipeline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is written right after a number: a range end, a scale word, "+", "%", a currency name, "-year-old". */
record Tail(String rangeEnd, String scale, boolean plus, String percentUnit, String currencyWord, boolean age,
        String unit, int end) {

    private static final String DIGITS = "\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,8})?|\\d{1,15}(?:\\.\\d{1,8})?";
    private static final Pattern DASH_RANGE = Pattern.compile(
            "\\s?[-–]\\s?(?:" + Currencies.PREFIX + ")?(" + DIGITS + ")(?![\\d\\p{L}-])");
    private static final Pattern WORD_RANGE = Pattern.compile(
            "\\s(?:to|and)\\s(?:" + Currencies.PREFIX + ")?(" + DIGITS + ")(?![\\d])");
    private static final Pattern LONG_SCALE = Pattern.compile(
            "(?:\\s{1,2}|-)?(?i)(trillion|billion|million|thousand|hundred)(?![\\p{L}])");
    private static final Pattern SHORT_SCALE = Pattern.compile("(?i)(tn|bn|mn|m|b|k)(?![\\p{L}\\p{N}])");
    private static final Pattern SPACED_SHORT_SCALE = Pattern.compile("\\s(tn|bn|mn|m|b|k|B|M)(?![\\p{L}])");
    private static final Pattern PLUS = Pattern.compile("\\+|-plus(?![\\p{L}])");
    private static final Pattern PERCENT = Pattern.compile(
            "\\s?%|\\s(?i)(percentage points?|pp|per cent|percent)(?![\\p{L}])");
    private static final Pattern CURRENCY = Pattern.compile("\\s(" + Currencies.WORD + ")(?![\\p{L}])");
    private static final Pattern AGE = Pattern.compile("-years?-olds?(?![\\p{L}])|\\syears?\\sold(?![\\p{L}])");

    /** Reads the tail of a number ending at {@code pos}; word ranges only when the text says "between"/"from". */
    static Tail read(String s, int pos, boolean hasCurrency, boolean wordRange) {
        Matcher range = at(DASH_RANGE, s, pos);
        range = range == null && wordRange ? at(WORD_RANGE, s, pos) : range;
        pos = range == null ? pos : range.end();
        Matcher scale = scaleAt(s, pos, hasCurrency);
        pos = scale == null ? pos : scale.end();
        Matcher plus = at(PLUS, s, pos);
        pos = plus == null ? pos : plus.end();
        Matcher percent = at(PERCENT, s, pos);
        pos = percent == null ? pos : percent.end();
        Matcher currency = percent == null ? at(CURRENCY, s, pos) : null;
        pos = currency == null ? pos : currency.end();
        Matcher age = percent == null && currency == null && scale == null ? at(AGE, s, pos) : null;
        pos = age == null ? pos : age.end();
        Units.Match unit = percent == null && currency == null && age == null ? Units.at(s, pos) : null;
        pos = unit == null ? pos : unit.end();
        String percentUnit = percent == null ? null : isPoints(percent.group(1)) ? "pp" : "%";
        return new Tail(group(range), group(scale), plus != null, percentUnit, group(currency), age != null,
                unit == null ? null : unit.name(), pos);
    }

    private static Matcher at(Pattern pattern, String s, int pos) {
        Matcher m = pattern.matcher(s).region(pos, s.length());
        return m.lookingAt() ? m : null;
    }

    private static String group(Matcher m) {
        return m == null ? null : m.group(1);
    }

    private static boolean isPoints(String word) {
        return word != null && (word.equalsIgnoreCase("pp") || word.toLowerCase(Locale.ROOT).startsWith("percentage"));
    }

    /** Short scale words ("m", "bn") count when glued to the number, or spaced only after a currency sign. */
    private static Matcher scaleAt(String s, int pos, boolean hasCurrency) {
        Matcher m = at(LONG_SCALE, s, pos);
        m = m == null ? at(SHORT_SCALE, s, pos) : m;
        return m == null && hasCurrency ? at(SPACED_SHORT_SCALE, s, pos) : m;
    }
}
