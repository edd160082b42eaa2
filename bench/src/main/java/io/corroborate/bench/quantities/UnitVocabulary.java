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

    private UnitVocabulary() {
    }

    public static String of(Value value) {
        switch (value.kind()) {
            case MONEY:
                String per = value.unit() == null ? "" : " " + Lemmas.of(value.unit());
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
                // A unit of measure already has its normalized name (CQE's own, e.g. "revolutions per minute"), as
                // CQE outputs it; only counted nouns as written are lemmatized.
                return measureOrNoun(value);
        }
    }

    private static String measureOrNoun(Value value) {
        return value.unit() == null ? "-" : QuantityExtractor.isMeasureName(value.unit()) ? value.unit()
                : Lemmas.of(value.unit());
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
