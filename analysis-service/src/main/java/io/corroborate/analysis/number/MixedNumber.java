package io.corroborate.analysis.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.text.Patterns;

/** The fraction written after a whole number: "7½", "1 1/2 cups", "two and a half years". */
public final class MixedNumber {

    private static final Pattern MIXED = Pattern.compile("(?:\\s?(?<glyph>[½¼¾⅓⅔⅛])|\\s(?<num>[1-9])[/⁄](?<den>[2-9]"
            + "|1[0-6])|\\sand\\s(?:a|one)\\s(?<word>half|quarter))(?![\\p{L}\\p{N}/⁄])");
    private static final Map<String, BigDecimal> GLYPHS = Map.of("½", new BigDecimal("0.5"),
            "¼", new BigDecimal("0.25"), "¾", new BigDecimal("0.75"), "⅛", new BigDecimal("0.125"),
            "⅓", BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64),
            "⅔", BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64));
    private static final Map<String, Integer> DENOMINATORS = Map.of("½", 2, "¼", 4, "¾", 4, "⅛", 8, "⅓", 3, "⅔", 3);

    /**
     * The whole number plus its fraction, where the fraction ends, and half the step of the fraction written: a reader
     * takes "two and a half years" as precise to a quarter year, "7¼" to an eighth, not to the tenth "7.25" implies.
     */
    public record Match(String digits, int end, BigDecimal half) {
    }

    private MixedNumber() {
    }

    /** The mixed number whose whole part {@code digits} ends at {@code pos}, or null when no fraction follows. */
    public static Match at(String s, int pos, String digits) {
        if (digits.contains(".")) {
            return null;
        }
        Matcher m = Patterns.at(MIXED, s, pos);
        if (m == null) {
            return null;
        }
        BigDecimal fraction;
        int denominator;
        if (m.group("glyph") != null) {
            fraction = GLYPHS.get(m.group("glyph"));
            denominator = DENOMINATORS.get(m.group("glyph"));
        } else if (m.group("word") != null) {
            boolean half = m.group("word").equals("half");
            fraction = new BigDecimal(half ? "0.5" : "0.25");
            denominator = half ? 2 : 4;
        } else {
            int num = Integer.parseInt(m.group("num"));
            denominator = Integer.parseInt(m.group("den"));
            if (num >= denominator) {
                return null;
            }
            fraction = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        }
        BigDecimal half = BigDecimal.ONE.divide(BigDecimal.valueOf(2L * denominator), MathContext.DECIMAL64);
        return new Match(Numbers.normalize(new BigDecimal(digits).add(fraction)).toPlainString(), m.end(), half);
    }
}
