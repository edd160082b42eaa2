package io.corroborate.analysis.unit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.text.Patterns;

/**
 * What is written after a number: its suffix and, for a range ("10-12", "from $370,000 to $5.5 million",
 * "15 to 22 miles per hour"), the second end with its own scale. {@code startScale} scales the first number,
 * {@code scale} the second (or only) one.
 */
public record Tail(String rangeEnd, String startScale, String scale, boolean plus, String percentUnit,
        String currencyWord, boolean age, String unit, int end) {

    /** How many times its start the end of "rose A to B" must be to be the level reached, not a range's end. */
    private static final BigDecimal STEP = BigDecimal.valueOf(3);
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,8})?|\\d{1,15}(?:\\.\\d{1,8})?";
    // A dash with a space before and none after is the second number's sign: "Stoxx 50 -1.3%".
    private static final Pattern SECOND = Pattern.compile("(?<link>[-–]\\s?|\\s[-–]\\s|\\s(?:to|and|or)\\s(?:-\\s?)?)"
            + "(?<sign>" + Currencies.PREFIX + ")?(?<end>" + DIGITS + "|(?i:" + Numbers.SPELLED + ")(?![\\p{L}-]))"
            + "(?![\\d])");

    /**
     * Reads the tail of a number ending at {@code pos}; "and" ranges only when the text says "between"/"from", "to"
     * also when both ends rise with the same measure ("$1 million to $1.25 million") and no {@code change} ("by") is
     * read: "increased by $43.6 billion to $419.2 billion" gives a change and a level.
     */
    public static Tail read(String s, int pos, String currency, boolean wordRange, boolean change, BigDecimal start) {
        return read(s, pos, currency, wordRange, change, start, false, false, false);
    }

    /**
     * As {@link #read(String, int, String, boolean, boolean, BigDecimal)}; with {@code levels}, a fall told "from A to
     * B" ("cut the price from $489 to $146") is two levels, the one before and the one after, not a range (claims
     * compare each level; the quantity layer, as quantity benchmarks annotate it, keeps the range), and so is a rise
     * when {@code moved}: a verb of change governs the "from" before the number ("raised capacity from 330 to 540
     * beds", "enrollment grew from 1,200 to 1,450"). With {@code levels} and {@code stepped} (a verb of change right
     * before the number), "A to B" with B at least three times A is a change and the level it reached ("shares fell
     * 68p to 412p", "revenue rose $200 million to $1.2 billion"), while near ends stay a range ("expects sales to
     * grow 5% to 7%").
     */
    public static Tail read(String s, int pos, String currency, boolean wordRange, boolean change, BigDecimal start,
            boolean levels, boolean moved, boolean stepped) {
        boolean hasCurrency = currency != null;
        Suffix first = Suffix.read(s, pos, hasCurrency);
        Matcher second = Patterns.at(SECOND, s, first.end());
        // "€2.3bn and $4.5 trillion" are two amounts, not a range: its ends share one currency
        boolean otherCurrency = second != null && hasCurrency && second.group("sign") != null
                && !Currencies.ofPrefix(currency).equals(Currencies.ofPrefix(second.group("sign")));
        if (second != null && !otherCurrency) {
            String end = Numbers.digits(second.group("end"));
            Suffix after = Suffix.read(s, second.end(), hasCurrency || second.group("sign") != null);
            // "£1,199 or 1,399 euros", "1,199 pounds or 1,399 euros": two currencies, two amounts
            String startCurrency = hasCurrency ? Currencies.ofPrefix(currency)
                    : first.currencyWord() != null ? Currencies.ofWord(first.currencyWord()) : null;
            if (startCurrency != null && after.currencyWord() != null
                    && !startCurrency.equals(Currencies.ofWord(after.currencyWord()))) {
                return new Tail(null, first.scale(), first.scale(), first.plus(), first.percentUnit(),
                        first.currencyWord(), first.age(), first.unit(), first.end());
            }
            // An end written with its own currency sign is a whole amount: it borrows no scale from the start
            // ("outspent him $5.4 million to $200,000" falls, and is no range).
            boolean ownAmount = second.group("sign") != null;
            boolean risingAsWritten = end != null && start.compareTo(new BigDecimal(end)) <= 0;
            boolean rising = risingAsWritten && rises(start, end, first, after, ownAmount);
            boolean signed = hasCurrency && ownAmount;
            boolean alike = rising && !change
                    && (signed || first.measured() && sameMeasure(first, after) || sameScale(first, after));
            // A fall however the ends' scales are read: "$489 to $146" falls, "$370,000 to $5.5 million" rises.
            boolean falling = levels && end != null && second.group("link").trim().equals("to")
                    && (moved || !rises(start, end, first, after, ownAmount) && start.multiply(Numbers.scale(
                            first.scale())).compareTo(new BigDecimal(end).multiply(Numbers.scale(after.scale()))) > 0);
            boolean changeAndLevel = levels && stepped && end != null && second.group("link").trim().equals("to")
                    && new BigDecimal(end).multiply(Numbers.scale(after.scale())).compareTo(start.multiply(
                            Numbers.scale(first.scale())).multiply(STEP)) >= 0;
            if (end != null && !falling && !changeAndLevel && isRange(second.group("link").trim(), first, after,
                    wordRange, rising, s, second.end(), alike)) {
                return range(end, first, after, risingAsWritten, ownAmount);
            }
        }
        return new Tail(null, first.scale(), first.scale(), first.plus(), first.percentUnit(), first.currencyWord(),
                first.age(), first.unit(), first.end());
    }

    /**
     * A dash joins a bare first number to a second; "to" needs "from"/"between" before or a rising measure or
     * scale after the second end ("15 to 22 mph", "1 to 2 thousand", not "rose 9% to $84" nor "in 2008 to 29 mpg");
     * "and" needs "between" ("6.1 inches and 6.7 inches" are two sizes); "or" a measure after ("three or four
     * years"). {@code cue} is "between"/"from" before the first number, {@code alike} a rising pair written alike.
     */
    private static boolean isRange(String link, Suffix first, Suffix after, boolean cue, boolean rising, String s,
            int end, boolean alike) {
        if (end < s.length() && Character.isLetterOrDigit(s.charAt(end)) && after.end() == end) {
            return false;
        }
        boolean compatible = !first.measured() || !after.measured() || sameKind(first, after);
        switch (link) {
            case "-": case "–":
                return !first.any() || compatible && after.any();
            case "to":
                return compatible && (cue || alike
                        || rising && !first.any() && (after.measured() || after.scale() != null));
            case "and":
                return cue && compatible;
            default:
                return !first.any() && after.measured();
        }
    }

    /** "15 per cent to 20 per cent", "$3 billion to $5 billion": both ends written with the same measure. */
    private static boolean sameMeasure(Suffix a, Suffix b) {
        return Objects.equals(a.percentUnit(), b.percentUnit()) && Objects.equals(a.unit(), b.unit())
                && Objects.equals(a.currencyWord(), b.currencyWord()) && a.age() == b.age();
    }

    /** "four thousand to five thousand people": both ends carry the same scale word and nothing else before "to". */
    private static boolean sameScale(Suffix a, Suffix b) {
        return a.scale() != null && a.scale().equalsIgnoreCase(b.scale()) && !a.measured() && !a.plus();
    }

    private static boolean sameKind(Suffix a, Suffix b) {
        return (a.percentUnit() != null) == (b.percentUnit() != null) && (a.unit() == null) == (b.unit() == null)
                && (a.currencyWord() == null) == (b.currencyWord() == null);
    }

    /**
     * A range rises as written, so "$10-12 million" and "$89 to $93 billion" share the scale, while
     * "$370,000 to $5.5 million" and "$200 to $4 million" do not: their first number is already the larger.
     */
    /** Whether the range rises in value once each end has its scale (see {@link #range}). */
    private static boolean rises(BigDecimal start, String end, Suffix first, Suffix after, boolean ownAmount) {
        String startScale = first.any() ? first.scale() : after.scale();
        String endScale = after.scale() != null || !first.any() || ownAmount ? after.scale() : first.scale();
        return start.multiply(Numbers.scale(startScale)).compareTo(new BigDecimal(end).multiply(
                Numbers.scale(endScale))) <= 0;
    }

    private static Tail range(String end, Suffix first, Suffix after, boolean rising, boolean ownAmount) {
        Suffix merged = first.any() ? first.orElse(after, after.end()) : after;
        String startScale = first.any() || !rising ? first.scale() : after.scale();
        String endScale = after.scale() != null || !first.any() || ownAmount ? after.scale() : first.scale();
        return new Tail(end, startScale, endScale, merged.plus(), merged.percentUnit(), merged.currencyWord(),
                merged.age(), merged.unit(), after.end());
    }
}
