package io.corroborate.analysis.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a cell with a weak key (a headline leaving out who or whom, a figure whose measure is not named) to the one
 * stronger cell it fits: same kind and unit, the same names where it names any, and a compatible figure.
 */
final class CellJoins {

    private CellJoins() {
    }

    /** The cells left once every weak cell with exactly one fitting stronger cell has been merged into it. */
    static List<Cell> attachWeak(List<Cell> cells) {
        CandidateIndex index = new CandidateIndex(cells);
        Map<Cell, Cell> target = new IdentityHashMap<>();
        List<Cell> strongestFirst = new ArrayList<>(cells);
        strongestFirst.sort(Comparator.comparingInt(Cell::strength).reversed());
        for (Cell cell : strongestFirst) {
            if (cell.strength() < 3) {
                Cell only = onlyFittingRoot(cell, index.candidates(cell), target);
                if (only != null) {
                    target.put(cell, only);
                }
            }
        }
        List<Cell> kept = new ArrayList<>();
        for (Cell cell : cells) {
            if (target.containsKey(cell)) {
                target.get(cell).claims().addAll(cell.claims());
            } else {
                kept.add(cell);
            }
        }
        return kept;
    }

    /** The one root the weak cell fits, or null for none or several (stops at the second: the cost stays bounded). */
    private static Cell onlyFittingRoot(Cell weak, List<Cell> candidates, Map<Cell, Cell> target) {
        // Several fitting cells that were themselves joined into one fact are one choice, not several.
        Set<Cell> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Cell candidate : candidates) {
            if (fits(weak, candidate) && roots.add(root(candidate, target)) && roots.size() > 1) {
                return null;
            }
        }
        return roots.size() == 1 ? roots.iterator().next() : null;
    }

    /**
     * Cells by what a weak cell must share with its target, so that finding the target does not scan the whole
     * story: by a name it gives (subject or object, for transactions either party), else by its specific
     * predicate, else (a figure with no name and no measure) by kind and unit alone.
     */
    private static final class CandidateIndex {
        private final Map<String, List<Cell>> byName = new HashMap<>();
        private final Map<String, List<Cell>> byPredicate = new HashMap<>();
        private final Map<String, List<Cell>> byKindUnit = new HashMap<>();

        CandidateIndex(List<Cell> cells) {
            for (Cell cell : cells) {
                FactKey key = cell.key();
                add(byKindUnit, base(key), cell);
                add(byPredicate, base(key) + "|" + key.predicate(), cell);
                add(byName, base(key) + "|" + key.subject(), cell);
                if (!key.object().equals(key.subject())) {
                    add(byName, base(key) + "|" + key.object(), cell);
                }
            }
        }

        List<Cell> candidates(Cell weak) {
            FactKey key = weak.key();
            if (!key.subject().isEmpty()) {
                return byName.getOrDefault(base(key) + "|" + key.subject(), List.of());
            }
            if (!key.object().isEmpty()) {
                return byName.getOrDefault(base(key) + "|" + key.object(), List.of());
            }
            if (!weak.generic()) {
                List<Cell> same = byPredicate.getOrDefault(base(key) + "|" + key.predicate(), List.of());
                if (!Predicates.TRANSACTIONS.contains(key.predicate())) {
                    return same;
                }
                List<Cell> both = new ArrayList<>(same);
                both.addAll(byPredicate.getOrDefault(base(key) + "|" + Transactions.FAMILY, List.of()));
                return both;
            }
            return byKindUnit.getOrDefault(base(key), List.of());
        }

        private static String base(FactKey key) {
            return key.kind() + "|" + key.unit();
        }

        private static void add(Map<String, List<Cell>> index, String key, Cell cell) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
    }

    /** Targets always point at roots: a cell is joined only after every stronger cell has been placed. */
    private static Cell root(Cell cell, Map<Cell, Cell> target) {
        return target.getOrDefault(cell, cell);
    }

    private static boolean fits(Cell weak, Cell strong) {
        FactKey w = weak.key();
        FactKey s = strong.key();
        return strong.strength() > weak.strength() && w.unit().equals(s.unit()) && predicateFits(weak, s)
                && namesFit(w, s) && ValueCells.compatible(weak.anchorValue(), strong.anchorValue());
    }

    private static boolean predicateFits(Cell weak, FactKey s) {
        String p = weak.key().predicate();
        boolean transaction = s.predicate().equals(Transactions.FAMILY) && Predicates.TRANSACTIONS.contains(p);
        return p.equals(s.predicate()) || weak.generic() || transaction;
    }

    private static boolean namesFit(FactKey w, FactKey s) {
        if (s.predicate().equals(Transactions.FAMILY) && !w.predicate().equals(Transactions.FAMILY)) {
            Set<String> parties = Set.of(s.subject(), s.object());
            return (w.subject().isEmpty() || parties.contains(w.subject()))
                    && (w.object().isEmpty() || parties.contains(w.object()));
        }
        // A measure of a pair may be told from the second party's side: "X pays a 31% premium for Y" and
        // "Y's 31% premium" are one figure, so a claim about Y alone fits a fact about (X, Y).
        if (w.object().isEmpty() && !w.subject().isEmpty() && w.subject().equals(s.object())) {
            return true;
        }
        boolean subject = w.subject().isEmpty() || w.subject().equals(s.subject());
        boolean object = w.object().isEmpty() ? !FactGrouping.isPeriod(s.object()) : w.object().equals(s.object());
        return subject && object;
    }
}
