package io.corroborate.bench.quantities;

import static io.corroborate.analysis.figure.QuantityExtractor.FRACTION;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import io.corroborate.analysis.figure.QuantityExtractor;
import io.corroborate.api.Value;

/**
 * Writes our units in NewsQuant's vocabulary (lower-case singular English names, as CQE normalizes them):
 * currency codes by their English names, "%" as "percentage", counted nouns by their lemma, no unit as "-".
 */
public final class UnitVocabulary {

    // Where the dataset names a currency by its everyday name instead of the ISO name.
    private static final Map<String, String> CURRENCY_NAMES = Map.of("us dollar", "dollar",
            "british pound", "pound sterling", "israeli new shekel", "shekel", "danish krone", "danish krone");
    private static final Map<String, String> UNIT_NAMES = Map.of("%", "percentage", "pp", "percentage point");
    /** Our unit names where NewsQuant's annotators spelled theirs otherwise (CQE's normalized vocabulary). */
    private static final Map<String, String> NEWSQUANT_LABELS = Map.ofEntries(
            Map.entry("pound", "pound-mass"), Map.entry("tonne", "metric ton"),
            Map.entry("foot pound", "foot pound-force"), Map.entry("pound foot", "pound-foot"),
            Map.entry("network generation", "generation wireless"),
            Map.entry("million british thermal unit", "mega british thermal unit"),
            Map.entry("part per billion", "parts-per-billion"), Map.entry("times", "count"),
            Map.entry("revolution per minute", "revolutions per minute"),
            Map.entry("milliampere hour", "milliampere-hour"), Map.entry("light year", "light-year"));

    private UnitVocabulary() {
    }

    public static String of(Value value) {
        switch (value.kind()) {
            case MONEY:
                String per = value.unit() == null ? "" : " " + label(Lemmas.of(value.unit()));
                return currencyName(value.currency()) + per;
            case PERCENT:
                return UNIT_NAMES.get(value.unit());
            case AGE:
                // "years" → "year of age", "months" → "month of age", as the dataset names ages
                return (value.unit() == null ? "year" : Lemmas.of(value.unit())) + " of age";
            case QUANTITY:
                // A share names its whole after "% " ("a third of Germans" is "% germans"), or "% -".
                if (value.unit() != null && value.unit().startsWith(FRACTION)) {
                    String whole = value.unit().substring(FRACTION.length()).replaceFirst("^ of ", "");
                    return "% " + (whole.isEmpty() ? "-" : Lemmas.of(whole.replace(" and ", " ")));
                }
                return measureOrNoun(value);
            default:
                // A unit of measure by its name, in the dataset's spelling where that differs from ours; counted
                // nouns as written are lemmatized.
                return measureOrNoun(value);
        }
    }

    /**
     * Our unit names in the dataset's spelling, each side of a rate on its own: "times per minute" → "count per
     * minute", "per million british thermal unit" → "per mega british thermal unit".
     */
    private static String label(String unit) {
        if (NEWSQUANT_LABELS.containsKey(unit)) {
            return NEWSQUANT_LABELS.get(unit); // a rate named as one unit: "revolution per minute"
        }
        String[] parts = unit.split(" per ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == 0 && part.startsWith("per ")) {
                out.append("per ");
                part = part.substring("per ".length());
            }
            out.append(i > 0 ? " per " : "").append(NEWSQUANT_LABELS.getOrDefault(part, part));
        }
        return out.toString();
    }

    private static String measureOrNoun(Value value) {
        if (value.unit() == null) {
            return "-";
        }
        return QuantityExtractor.isMeasureName(value.unit()) ? label(value.unit()) : Lemmas.of(label(value.unit()));
    }

    /** "USD" → "dollar", "JPY" → "japanese yen", "AUD" → "australian dollar". */
    static String currencyName(String code) {
        if (code == null) {
            return "-";
        }
        String name;
        try {
            name = Currency.getInstance(code).getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unknown) {
            return code.toLowerCase(Locale.ROOT);
        }
        return CURRENCY_NAMES.getOrDefault(name, name);
    }

    /** True when the dataset unit names a currency (the MONEY subset), or money per something. */
    public static boolean isMoney(String unit) {
        return Currencies.NAMES.contains(unit.split(" per ")[0]) || unit.equals("cent") || unit.equals("sen");
    }

    public static boolean isPercent(String unit) {
        return unit.equals("percentage");
    }
}
