package io.corroborate.bench.quantities;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.corroborate.bench.quantities.Evaluation.Outcome;
import io.corroborate.bench.quantities.Matching.UnitMismatch;

/** Prints the score table, the published figures to compare with, and the errors of the development half. */
public final class Report {

    private static final String ROW = "%-26s %6d %6d   %5.1f %5.1f %5.1f   %5.1f %5.1f %5.1f%n";

    private final PrintStream out;

    public Report(PrintStream out) {
        this.out = out;
    }

    public void table(String layer, Evaluation evaluation) {
        out.printf("%n== %s ==%n", layer);
        out.printf("%-26s %6s %6s   %-17s   %-17s%n", "", "gold", "pred", "value P/R/F1", "value+unit P/R/F1");
        for (Map.Entry<String, Tally> e : evaluation.tallies().entrySet()) {
            Tally t = e.getValue();
            out.printf(ROW, e.getKey(), t.gold(), t.predicted(), t.value().precision(), t.value().recall(),
                    t.value().f1(), t.valueAndUnit().precision(), t.valueAndUnit().recall(), t.valueAndUnit().f1());
        }
    }

    public void published() {
        out.printf("%npublished on NewsQuant (value F1 / value+unit F1): CQE 92.0 / 85.6, quantulum3 73.0 / 47.2, "
                + "GPT-3 70.6 / 59.1, Recognizers-Text 69.1 / 34.2; targets here: value F1 >= 93, value+unit >= 88%n");
    }

    /** The first {@code limit} misses and false alarms of sentences in {@code half} (0 even, 1 odd). */
    public void errors(Evaluation evaluation, int limit, int half) {
        int shown = 0;
        out.printf("%n== errors, half %s (FN = gold missed or wrong unit, FP = predicted not in gold) ==%n",
                half == 0 ? "A" : "B");
        for (Outcome o : evaluation.outcomes()) {
            if (o.sentence().index() % 2 != half || shown >= limit) {
                continue;
            }
            List<Mark> missed = o.matching().missed();
            List<Mark> spurious = o.matching().spurious();
            if (!missed.isEmpty() || !spurious.isEmpty()) {
                out.printf("#%d %s%n", o.sentence().index(), o.sentence().text());
                missed.forEach(m -> out.printf("   FN %s%n", m));
                spurious.forEach(m -> out.printf("   FP %s%n", m));
                shown += missed.size() + spurious.size();
            }
        }
    }

    /** Value hits whose unit differs, which cost only value+unit. */
    public void unitErrors(Evaluation evaluation, int limit, int half) {
        out.printf("%n== unit mismatches, half %s (gold vs ours) ==%n", half == 0 ? "A" : "B");
        int shown = 0;
        for (Outcome o : evaluation.outcomes()) {
            if (o.sentence().index() % 2 != half) {
                continue;
            }
            for (UnitMismatch u : o.matching().unitMismatches()) {
                if (shown++ < limit) {
                    out.printf("#%d gold %s  ours %s%n", o.sentence().index(), u.gold(), u.ours());
                }
            }
        }
    }
}
