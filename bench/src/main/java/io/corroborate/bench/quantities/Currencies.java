package io.corroborate.bench.quantities;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The dataset-vocabulary names of every ISO 4217 currency the JDK knows. */
final class Currencies {

    static final Set<String> NAMES = Currency.getAvailableCurrencies().stream()
            .map(c -> UnitVocabulary.currencyName(c.getCurrencyCode()))
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }
}
