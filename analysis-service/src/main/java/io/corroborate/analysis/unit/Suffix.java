package io.corroborate.analysis.unit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.text.Patterns;

/** What is written right after one number: a scale word, "+", "%", a currency name, "-year-old" or a unit. */
record Suffix(String scale, boolean plus, String percentUnit, String currencyWord, boolean age, String unit,
        int end) {

    private static final Pattern LONG_SCALE = Pattern.compile(
            "(?:\\s{1,2}|-)?(?i)(hundred\\s(?:thousand|million|billion)|trillion|billion|million|thousand|hundred"
                    + "|lakhs?|crores?|dozen)"
                    + "(?![\\p{L}])");
    private static final Pattern SHORT_SCALE = Pattern.compile("(?i)(tn|bn|mn|m|b|k)(?![\\p{L}\\p{N}])");
    // "mil" is a million only after a currency ("RM3.06mil", "S $1mil"); after a bare number it may be a thousandth
    // of an inch.
    private static final Pattern MONEY_SCALE = Pattern.compile("\\s?(mil)(?![\\p{L}\\p{N}])");
    private static final Pattern SPACED_SHORT_SCALE = Pattern.compile("\\s(tn|bn|mn|m|b|k|B|M)(?![\\p{L}])");
    // A glued "m" measures length, not millions, when a dimension or a conversion to feet follows it: "the 40m-tall
    // tower", "a 120m long bridge", "the 37m (121ft) skeleton".
    private static final Pattern METRES = Pattern.compile("[-\\s](?:long|tall|high|wide|deep|thick|above|below"
            + "|beneath|underground|underwater|offshore|apart|away)(?![\\p{L}])"
            + "|\\s?\\(\\d[\\d,.]*\\s?(?:ft|feet|foot)(?![\\p{L}])");
    // "a depth of 780m", "at an altitude of some 300m": words that ask for a length, just before the number
    private static final Pattern LENGTH_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:depth|height|altitude|"
            + "elevation|length|width|distance|radius|diameter|span)\\s(?:of\\s)?(?:(?:about|around|some|nearly|"
            + "almost|roughly|just|over|under|more\\sthan|less\\sthan)\\s)?$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s(\\p{Ll}{3,})(?![\\p{L}])");
    private static final Pattern PLUS = Pattern.compile("\\+|-plus(?![\\p{L}])");
    private static final Pattern PERCENT = Pattern.compile(
            "\\s?%|\\s?(?i)(percentage points?|pp|per cent|percent|pc)(?![\\p{L}])");
    // A name after the number ("5 pounds", not the "pound-feet" of torque), or a sign written after it ("1,200€").
    private static final Pattern CURRENCY = Pattern.compile("\\s(" + Currencies.WORD + ")(?![\\p{L}]|-\\p{L})"
            + "|\\s?([€£¥])(?![\\p{L}\\p{N}])");
    // "28-year-old", "ten months old", "3 years of age", "87 yo"
    private static final Pattern AGE = Pattern.compile("-?\\s?(?:year|month|week|day)s?-olds?(?![\\p{L}])"
            + "|\\s(?:year|month|week|day)s?(?:\\sold|\\sof\\sage)(?![\\p{L}])|\\syo(?![\\p{L}])");

    /** Reads the suffix of a number ending at {@code pos}; spaced "m"/"bn" count only after a currency sign. */
    static Suffix read(String s, int pos, boolean hasCurrency) {
        Matcher scale = scaleAt(s, pos, hasCurrency);
        if (scale != null && !hasCurrency && scale.group(1).equals("m")
                && (Patterns.at(METRES, s, scale.end()) != null || (thousands(s, pos) || lengthBefore(s, pos)
                        || thingMeasured(s, scale.end()))
                        && Patterns.at(CURRENCY, s, scale.end()) == null && Units.at(s, scale.end()) == null)) {
            return new Suffix(null, false, null, null, false, "metre", scale.end()); // "a 40m-tall tower"
        }
        pos = scale == null ? pos : scale.end();
        Matcher plus = Patterns.at(PLUS, s, pos);
        pos = plus == null ? pos : plus.end();
        Matcher percent = Patterns.at(PERCENT, s, pos);
        pos = percent == null ? pos : percent.end();
        Matcher currency = percent == null ? Patterns.at(CURRENCY, s, pos) : null;
        Units.Match weight = currency == null ? null : Units.weight(currencyOf(currency), s, currency.end(),
                scale != null);
        currency = weight == null ? currency : null;
        pos = currency == null ? pos : currency.end();
        Matcher age = percent == null && currency == null && weight == null ? Patterns.at(AGE, s, pos) : null;
        pos = age == null ? pos : age.end();
        Units.Match unit = percent == null && currency == null && age == null ? Units.at(s, pos) : null;
        unit = weight != null ? weight : unit;
        pos = unit == null ? pos : unit.end();
        String percentUnit = percent == null ? null : isPoints(percent.group(1)) ? "pp" : "%";
        return new Suffix(group(scale), plus != null, percentUnit, currencyOf(currency), age != null,
                unit == null ? null : unit.name(), pos);
    }

    /**
     * Whether a glued "m" stands before one thing it measures: a singular noun in lower case that names no measure
     * ("a 294m vessel", "a 50m pool"), where millions would count a plural ("50m people", "12m customers") and a
     * noun of a measure takes money or a count ("a 5m increase", "a 50m budget").
     */
    private static boolean thingMeasured(String s, int end) {
        Matcher noun = Patterns.at(NEXT_WORD, s, end);
        if (noun == null) {
            return false;
        }
        String word = noun.group(1);
        Lexicon lexicon = Lexicon.get();
        boolean singular = !word.endsWith("s") && word.equals(lexicon.sense(word).lemma()); // not "people", "men"
        return singular && !lexicon.isPeople(word) && Predicates.familyOf(word) == null && lexicon.isNoun(word)
                && !lexicon.isModifier(word) && !lexicon.isStopword(word);
    }

    /**
     * Whether the words before the number ending at {@code pos} ask for a length: "a depth of 780m", "at a height of
     * about 300m".
     */
    private static boolean lengthBefore(String s, int pos) {
        int start = numberStart(s, pos);
        return LENGTH_BEFORE.matcher(s.substring(Math.max(0, start - 40), start)).find();
    }

    /** Where the number ending at {@code pos} starts: its digits, separators and decimal point. */
    private static int numberStart(String s, int pos) {
        int i = pos;
        while (i > 0 && (Character.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == ',' || s.charAt(i - 1) == '.')) {
            i--;
        }
        return i;
    }

    /**
     * Whether the number ending at {@code pos} is a thousand or more written whole: millions are written "1.2m", never
     * "1,200m" or "1500m" (a thousand million is a billion, "1.5bn"), so a glued "m" after one is metres ("a depth of
     * 1,050m", "the women's 1500m"), unless a currency or a unit follows it ("1,500m euros", "1,200m barrels").
     */
    private static boolean thousands(String s, int pos) {
        int start = numberStart(s, pos);
        int digits = 0;
        for (int i = start; i < pos; i++) {
            char c = s.charAt(i);
            if (c == ',' && i + 3 < pos && Character.isDigit(s.charAt(i + 1))) {
                return true;
            }
            if (c == '.') {
                return false;
            }
            digits += Character.isDigit(c) ? 1 : 0;
        }
        return digits >= 4;
    }

    /** True when something that makes the number a measure follows it (a bare scale word does not). */
    boolean measured() {
        return percentUnit != null || currencyWord != null || age || unit != null;
    }

    boolean any() {
        return measured() || scale != null || plus;
    }

    /** Fills what this suffix lacks from {@code other}: "between 5 and 6%" takes the "%" of the second number. */
    Suffix orElse(Suffix other, int newEnd) {
        return new Suffix(scale != null ? scale : other.scale, plus || other.plus,
                percentUnit != null ? percentUnit : other.percentUnit,
                currencyWord != null ? currencyWord : other.currencyWord, age || other.age,
                unit != null ? unit : other.unit, newEnd);
    }

    private static String currencyOf(Matcher m) {
        return m == null ? null : m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String group(Matcher m) {
        return m == null ? null : m.group(1);
    }

    private static boolean isPoints(String word) {
        return word != null && (word.equalsIgnoreCase("pp") || word.toLowerCase(Locale.ROOT).startsWith("percentage"));
    }

    private static Matcher scaleAt(String s, int pos, boolean hasCurrency) {
        Matcher m = Patterns.at(LONG_SCALE, s, pos);
        m = m == null ? Patterns.at(SHORT_SCALE, s, pos) : m;
        m = m == null && hasCurrency ? Patterns.at(MONEY_SCALE, s, pos) : m;
        return m == null && hasCurrency ? Patterns.at(SPACED_SHORT_SCALE, s, pos) : m;
    }
}
