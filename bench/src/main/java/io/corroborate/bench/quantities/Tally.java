package io.corroborate.bench.quantities;

/** Running counts of gold, predicted and matched quantities, and the scores they give. */
public final class Tally {

    private int gold;
    private int predicted;
    private int valueHits;
    private int unitHits;

    public void add(int goldCount, int predictedCount, Matching matching) {
        gold += goldCount;
        predicted += predictedCount;
        valueHits += matching.valueHits();
        unitHits += matching.unitHits();
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public Score value() {
        return Score.of(valueHits, gold, predicted);
    }

    public Score valueAndUnit() {
        return Score.of(unitHits, gold, predicted);
    }

    /** Precision, recall and F1 in percent. */
    public record Score(double precision, double recall, double f1) {

        static Score of(int hits, int gold, int predicted) {
            double p = predicted == 0 ? 0 : 100.0 * hits / predicted;
            double r = gold == 0 ? 0 : 100.0 * hits / gold;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
