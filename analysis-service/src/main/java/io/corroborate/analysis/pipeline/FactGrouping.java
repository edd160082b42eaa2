package io.corroborate.analysis.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.corroborate.api.Bound;
import io.corroborate.api.Claim;

/**
 * Groups claims into facts: by fact key, then by compatible figure. A claim with a weak key (no subject or object,
 * a generic predicate) joins the one stronger fact it fits, and different figures only make one conflicting fact
 * when their keys are full and the figures close; anything else is kept apart, since a CONFLICT is a strong claim.
 */
final class FactGrouping {

    /** The claims of one fact, its key, and the seed of its id. */
    record Group(FactKey key, String seed, List<Claim> claims) {
    }

    private final NameKeys names;

    FactGrouping(NameKeys names) {
        this.names = names;
    }

    List<Group> group(List<Claim> claims) {
        Map<FactKey, List<Claim>> byKey = new HashMap<>();
        for (Claim claim : claims) {
            FactKey key = Transactions.key(FactKey.of(claim, names), claim);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
        }
        List<Cell> cells = new ArrayList<>();
        byKey.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().text())).forEach(e ->
                ValueCells.split(e.getValue()).forEach(part -> cells.add(new Cell(e.getKey(), part))));
        return conflicts(CellJoins.attachWeak(cells));
    }

    /** One claim per source: the narrowest interval, exact wording first, then the first written. */
    static List<Claim> mostPreciseBySource(List<Claim> group) {
        Map<String, Claim> best = new LinkedHashMap<>();
        for (Claim claim : group) {
            best.merge(String.valueOf(claim.source()), claim, FactGrouping::morePrecise);
        }
        return new ArrayList<>(best.values());
    }

    /** A year standing in for the object marks another occasion; it is never filled in. */
    static boolean isPeriod(String name) {
        return name.length() == 4 && name.chars().allMatch(Character::isDigit);
    }

    /**
     * Cells of one key become one conflicting fact only when the key names a subject, no source states both
     * figures (a source giving both means two things) and the figures are close; otherwise each is its own fact.
     */
    private static List<Group> conflicts(List<Cell> cells) {
        Map<FactKey, List<Cell>> byKey = new LinkedHashMap<>();
        cells.forEach(cell -> byKey.computeIfAbsent(cell.key(), k -> new ArrayList<>()).add(cell));
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, sameKey) -> {
            List<Cell> merged = merge(key, sameKey);
            for (Cell cell : merged) {
                String seed = merged.size() == 1 ? key.text() : key.text() + "|" + cell.anchor().toPlainString();
                groups.add(new Group(key, seed, cell.claims()));
            }
        });
        return groups;
    }

    private static List<Cell> merge(FactKey key, List<Cell> sameKey) {
        List<Cell> ordered = new ArrayList<>(sameKey);
        ordered.sort(Comparator.comparingInt((Cell c) -> -c.sources().size()).thenComparing(Cell::anchor));
        List<Cell> out = new ArrayList<>();
        for (Cell cell : ordered) {
            Cell into = key.subject().isEmpty() ? null : out.stream()
                    .filter(o -> clashes(o, cell)).findFirst().orElse(null);
            if (into == null) {
                out.add(cell);
            } else {
                into.claims().addAll(cell.claims());
            }
        }
        return out;
    }

    private static boolean clashes(Cell a, Cell b) {
        Set<String> shared = new HashSet<>(a.sources());
        shared.retainAll(b.sources());
        return shared.isEmpty() && !ValueCells.far(a.anchor(), b.anchor(), a.generic());
    }

    private static Claim morePrecise(Claim kept, Claim other) {
        int width = Span.compareWidth(other.value(), kept.value());
        if (width != 0) {
            return width < 0 ? other : kept;
        }
        boolean otherExact = other.value().bound() == Bound.EXACT && kept.value().bound() != Bound.EXACT;
        return otherExact ? other : kept;
    }
}
