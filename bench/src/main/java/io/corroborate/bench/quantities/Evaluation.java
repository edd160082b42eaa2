package io.corroborate.bench.quantities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Scores one layer on every sentence, overall, per half (even/odd index) and on the money and percent subsets. */
public final class Evaluation {

    public static final String ALL = "all";
    public static final String HALF_A = "half A (even)";
    public static final String HALF_B = "half B (odd)";
    public static final String MONEY = "MONEY subset";
    public static final String PERCENT = "PERCENT subset";

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    /** One sentence's matching, kept for the error listing. */
    public record Outcome(GoldSentence sentence, Matching matching) {
    }

    private Evaluation(boolean halves) {
        for (String name : halves ? List.of(ALL, HALF_A, HALF_B, MONEY, PERCENT) : List.of(ALL, MONEY, PERCENT)) {
            tallies.put(name, new Tally());
        }
    }

    public static Evaluation run(List<GoldSentence> sentences, Function<String, List<Mark>> layer) {
        return run(sentences, layer, true);
    }

    /** Without the two halves, for a set that is scored only as a whole. */
    public static Evaluation run(List<GoldSentence> sentences, Function<String, List<Mark>> layer, boolean halves) {
        Evaluation e = new Evaluation(halves);
        for (GoldSentence s : sentences) {
            List<Mark> predicted = layer.apply(s.text());
            Matching all = Matching.of(s.gold(), predicted);
            e.outcomes.add(new Outcome(s, all));
            e.add(ALL, s.gold(), predicted, all);
            if (halves) {
                e.add(s.index() % 2 == 0 ? HALF_A : HALF_B, s.gold(), predicted, all);
            }
            e.subset(MONEY, s, predicted, UnitVocabulary::isMoney);
            e.subset(PERCENT, s, predicted, UnitVocabulary::isPercent);
        }
        return e;
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** The subset is taken by unit on both sides: gold with that unit against predictions with that unit. */
    private void subset(String name, GoldSentence s, List<Mark> predicted, Predicate<String> unit) {
        List<Mark> gold = s.gold().stream().filter(m -> unit.test(m.unit())).toList();
        List<Mark> ours = predicted.stream().filter(m -> unit.test(m.unit())).toList();
        add(name, gold, ours, Matching.of(gold, ours));
    }

    private void add(String name, List<Mark> gold, List<Mark> predicted, Matching matching) {
        tallies.get(name).add(gold.size(), predicted.size(), matching);
    }
}
