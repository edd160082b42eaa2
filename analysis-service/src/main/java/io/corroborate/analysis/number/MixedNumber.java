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

    /** The whole number plus its fraction, and where the fraction ends. */
    public record Match(String digits, int end) {
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
        if (m.group("glyph") != null) {
            fraction = GLYPHS.get(m.group("glyph"));
        } else if (m.group("word") != null) {
            fraction = new BigDecimal(m.group("word").equals("half") ? "0.5" : "0.25");
        } else {
            int num = Integer.parseInt(m.group("num"));
            int den = Integer.parseInt(m.group("den"));
            if (num >= den) {
                return null;
            }
            fraction = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MathContext.DECIMAL64);
        }
        return new Match(Numbers.normalize(new BigDecimal(digits).add(fraction)).toPlainString(), m.end());
    }
}
