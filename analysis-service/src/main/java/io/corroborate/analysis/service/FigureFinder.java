package io.corroborate.analysis.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.figure.Quantity;
import io.corroborate.analysis.figure.QuantityExtractor;
import io.corroborate.api.Claim;
import io.corroborate.api.FoundQuantity;
import io.corroborate.api.Quote;

/**
 * Every quantity of a text for {@code /api/v1/analyze}: the quantity layer's figures (amounts, shares, counts,
 * measures, ages and durations as written, framed as claims or not), each saying whether a claim states it, in
 * reading order. Figures that date or rank something (years, dates, weekdays, times of day, ranks) are no
 * quantities: they are reported as claims only.
 */
@ApplicationScoped
public class FigureFinder {

    private final QuantityExtractor quantities = new QuantityExtractor();

    /** The figures of {@code text}, given the claims found in it. */
    public List<FoundQuantity> find(String text, List<Claim> claims) {
        List<FoundQuantity> out = new ArrayList<>();
        List<Quantity> found = quantities.extract(text);
        for (Quantity q : found) {
            boolean claimed = claims.stream().anyMatch(c -> overlaps(c.quote(), q.quote()));
            out.add(new FoundQuantity(q.value(), q.quote(), q.to() == null ? null : q.from(), q.to(), claimed));
        }
        return out;
    }

    private static boolean overlaps(Quote a, Quote b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }
}
