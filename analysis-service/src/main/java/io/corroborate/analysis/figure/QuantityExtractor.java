package io.corroborate.analysis.figure;

import java.util.ArrayList;
import java.util.List;

import io.corroborate.analysis.text.Sentence;
import io.corroborate.analysis.text.SentenceSplitter;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;

/**
 * Finds every quantity of a text, including those no claim is framed for (bare counts, physical measures):
 * the layer below {@link io.corroborate.analysis.claim.ClaimExtractor}, used to measure quantity recognition on
 * its own. Thread-safe.
 */
public final class QuantityExtractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final FigureScanner scanner = FigureScanner.forQuantities();

    /** The unit of a share ("a third of Germans"): {@code fraction}, or {@code fraction of <the whole>}. */
    public static final String FRACTION = Fraction.FRACTION;

    /**
     * True when {@code unit} is a unit of measure under its normalized name ("revolutions per minute", "kilometre"),
     * as opposed to a counted noun as written ("heart transplants").
     */
    public static boolean isMeasureName(String unit) {
        return unit != null && Units.isName(unit);
    }

    /** The quantities of {@code text} in reading order; quote offsets refer to {@code text}. */
    public List<Quantity> extract(String text) {
        List<Quantity> quantities = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return quantities;
        }
        for (Sentence sentence : splitter.split(text)) {
            List<Figure> figures = FromTo.merge(sentence.text(), scanner.scan(sentence.text()));
            for (Figure figure : Ellipsis.fill(sentence.text(), figures)) {
                if (figure.value().kind() == Kind.YEAR) {
                    continue; // a year dates a quantity; it measures nothing
                }
                int start = sentence.start() + figure.start();
                int end = sentence.start() + figure.end();
                Quote quote = new Quote(sentence.text(), start, end, text.substring(start, end));
                quantities.add(new Quantity(figure.value(), figure.from(), figure.to(), quote));
            }
        }
        return quantities;
    }
}
