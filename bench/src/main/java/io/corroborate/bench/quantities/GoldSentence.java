package io.corroborate.bench.quantities;

import java.util.List;

/** A NewsQuant sentence, its position in the file (used to split it into halves) and its gold quantities. */
public record GoldSentence(int index, String text, List<Mark> gold) {
}
