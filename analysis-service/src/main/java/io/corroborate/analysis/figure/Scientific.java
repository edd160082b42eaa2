package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Scientific notation: "1.99×10^30 kilograms", "2.998 x 10−8 meters per second", "6.02×10²³". The exponent needs
 * "×" or "x" before a 10 with a caret, a minus glued to it or superscript digits, so "3 x 10 metres" stays a size.
 */
final class Scientific {

    private static final Pattern NOTATION = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<mantissa>\\d{1,3}(?:\\.\\d{1,8})?)"
            + "\\s?[×xX]\\s?10(?:\\^(?<caret>[-−]?\\d{1,3})|(?<minus>[−-]\\d{1,3})|(?<super>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))"
            + "(?![\\p{N}])");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Scientific() {
    }

    static List<Figure> find(String s) {
        List<Figure> found = new ArrayList<>();
        if (!s.contains("10")) {
            return found;
        }
        Matcher m = NOTATION.matcher(s);
        while (m.find()) {
            int exponent = exponent(m);
            BigDecimal amount = new BigDecimal(m.group("mantissa")).scaleByPowerOfTen(exponent);
            Units.Match unit = Units.at(s, m.end());
            int end = unit == null ? m.end() : unit.end();
            BigDecimal half = Numbers.halfUnit(m.group("mantissa")).scaleByPowerOfTen(exponent);
            Value value = Intervals.single(Kind.QUANTITY, amount, half, Hedge.before(s.substring(0, m.start())),
                    null, unit == null ? null : unit.name());
            found.add(new Figure(value, m.start(), end, amount, null));
        }
        return found;
    }

    private static int exponent(Matcher m) {
        String written = m.group("caret") != null ? m.group("caret") : m.group("minus");
        if (written != null) {
            return Integer.parseInt(written.replace('−', '-'));
        }
        StringBuilder digits = new StringBuilder();
        for (char c : m.group("super").toCharArray()) {
            digits.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return Integer.parseInt(digits.toString());
    }
}
