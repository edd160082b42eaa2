package io.corroborate.bench.quantities;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.figure.Quantity;
import io.corroborate.analysis.figure.QuantityExtractor;
import io.corroborate.analysis.service.ClaimFinder;
import io.corroborate.analysis.service.FigureFinder;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/** The two layers under test, each as sentence → predicted marks. */
public final class Layers {

    // A claim keeps no written range ends, only [low, high]; its surface tells whether it was a range.
    private static final Pattern RANGE_SURFACE = Pattern.compile("\\d\\s?(?:[-–]|\\sto\\s|\\sand\\s)\\s?\\D{0,4}\\d");
    // "dozens of people", "tens of millions of dollars": an order of magnitude, kept as the range [low, high].
    private static final Pattern VAGUE_SURFACE = Pattern.compile(
            "(?i)^(?:(?:tens|hundreds) of )?(?:dozens|hundreds|thousands|millions|billions|trillions) of ");

    /** An amount written in cents or pence, which the product holds as a hundredth of its currency. */
    private static final Pattern MINOR_SURFACE = Pattern.compile("(?i)\\d\\s?(cents?|pence|penny|pennies|p)$");

    private Layers() {
    }

    /** Every quantity the pipeline recognizes, framed as a claim or not. */
    public static Function<String, List<Mark>> quantities() {
        QuantityExtractor extractor = new QuantityExtractor();
        return text -> extractor.extract(text).stream().map(Layers::mark).toList();
    }

    /** Only the figures the product turns into claims. */
    public static Function<String, List<Mark>> claims() {
        ClaimExtractor extractor = new ClaimExtractor();
        return text -> extractor.extract(text).stream().map(Layers::mark).toList();
    }

    /** What {@code POST /api/v1/analyze} answers as {@code quantities}: the same code the endpoint runs. */
    public static Function<String, List<Mark>> api() {
        ClaimFinder claims = new ClaimFinder();
        FigureFinder figures = new FigureFinder();
        return text -> figures.find(text, claims.find(null, null, text, null)).stream()
                .map(f -> f.to() != null
                        ? new Mark(Amount.range(f.from().doubleValue(), f.to().doubleValue()),
                                UnitVocabulary.of(f.value()), f.quote().surface())
                        : new Mark(Amount.single(f.value().amount().doubleValue()), UnitVocabulary.of(f.value()),
                                f.quote().surface()))
                .toList();
    }

    private static Mark mark(Quantity q) {
        Amount amount = q.isRange() ? Amount.range(q.from().doubleValue(), q.to().doubleValue())
                : Amount.single(q.value().amount().doubleValue());
        return new Mark(amount, UnitVocabulary.of(q.value()), q.quote().surface());
    }

    private static Mark mark(ClaimDraft d) {
        Value v = d.value();
        Matcher minor = MINOR_SURFACE.matcher(d.quote().surface());
        if (v.kind() == Kind.MONEY && minor.find()) {
            // A claim holds "89 cents" as the money $0.89; the dataset counts cents and pence as written.
            String unit = minor.group(1).toLowerCase(Locale.ROOT).startsWith("c") ? "cent" : "penny";
            v = new Value(Kind.QUANTITY, v.amount().movePointRight(2), null, unit, v.bound(),
                    v.low() == null ? null : v.low().movePointRight(2),
                    v.high() == null ? null : v.high().movePointRight(2));
        }
        return mark(v, d.quote().surface());
    }

    private static Mark mark(Value v, String surface) {
        boolean written = RANGE_SURFACE.matcher(surface).find() || VAGUE_SURFACE.matcher(surface).find();
        boolean range = written && v.low() != null && v.high() != null;
        Amount amount = range ? Amount.range(v.low().doubleValue(), v.high().doubleValue())
                : Amount.single(v.amount().doubleValue());
        return new Mark(amount, UnitVocabulary.of(v), surface);
    }
}
