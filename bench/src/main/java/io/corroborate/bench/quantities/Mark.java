package io.corroborate.bench.quantities;

/** One quantity to compare, gold or predicted: its amount, its unit in the dataset's vocabulary, and its text. */
public record Mark(Amount amount, String unit, String surface) {

    @Override
    public String toString() {
        return amount + " [" + unit + "]" + (surface == null ? "" : " \"" + surface + "\"");
    }
}
