package io.corroborate.bench.quantities;

/** A value as NewsQuant compares it: one number, or a range whose two ends are compared in order. */
public record Amount(double first, double second, boolean range) {

    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-8;

    public static Amount single(double value) {
        return new Amount(value, value, false);
    }

    public static Amount range(double from, double to) {
        return new Amount(from, to, true);
    }

    /**
     * The dataset's notation: "6.0", "-1.3", "252.0-287.0" or "3.0 - 4.0"; a leading minus is a sign and an
     * exponent is never a range, as in the CQE evaluation's decoder.
     */
    public static Amount parse(String text) {
        String t = text.trim();
        int dash = t.indexOf('-', 1);
        if (dash < 0 || t.contains("E") || t.startsWith("-")) {
            return single(Double.parseDouble(t));
        }
        return range(Double.parseDouble(t.substring(0, dash).trim()), Double.parseDouble(t.substring(dash + 1).trim()));
    }

    /** numpy.isclose with its defaults (rtol 1e-5, atol 1e-8) on each end; a range never matches a single value. */
    public boolean matches(Amount predicted) {
        return range == predicted.range && close(first, predicted.first) && close(second, predicted.second);
    }

    private static boolean close(double gold, double predicted) {
        return Math.abs(gold - predicted) <= ATOL + RTOL * Math.abs(predicted);
    }

    @Override
    public String toString() {
        return range ? format(first) + "-" + format(second) : format(first);
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
