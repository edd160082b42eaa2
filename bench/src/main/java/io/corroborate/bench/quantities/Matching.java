package io.corroborate.bench.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of one sentence's predictions against its gold: value and unit first, then value alone,
 * so a prediction with the right unit is never spent on the wrong gold quantity.
 */
public record Matching(int valueHits, int unitHits, List<Mark> missed, List<Mark> spurious,
        List<UnitMismatch> unitMismatches) {

    /** A gold quantity whose value we found with another unit. */
    public record UnitMismatch(Mark gold, Mark ours) {
    }

    public static Matching of(List<Mark> gold, List<Mark> predicted) {
        List<Mark> openGold = new ArrayList<>(gold);
        List<Mark> openPredicted = new ArrayList<>(predicted);
        List<UnitMismatch> sameUnit = new ArrayList<>();
        List<UnitMismatch> otherUnit = new ArrayList<>();
        pair(openGold, openPredicted, (g, p) -> g.amount().matches(p.amount()) && g.unit().equals(p.unit()),
                sameUnit);
        pair(openGold, openPredicted, (g, p) -> g.amount().matches(p.amount()), otherUnit);
        return new Matching(sameUnit.size() + otherUnit.size(), sameUnit.size(), openGold, openPredicted, otherUnit);
    }

    /** Greedy in reading order; moves the paired marks from both lists into {@code pairs}. */
    private static void pair(List<Mark> gold, List<Mark> predicted, BiPredicate<Mark, Mark> same,
            List<UnitMismatch> pairs) {
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (same.test(gold.get(g), predicted.get(p))) {
                    pairs.add(new UnitMismatch(gold.remove(g--), predicted.remove(p)));
                    break;
                }
            }
        }
    }
}
