package io.corroborate.analysis.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.corroborate.api.Agreement;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Verdict;

/** Aligns the claims of a story into facts and judges, per fact, whether the sources agree. Thread-safe. */
public final class FactBuilder {

    private static final Comparator<Fact> ORDER = Comparator.comparingInt(Fact::sourceCount).reversed()
            .thenComparing(f -> f.verdict() != Verdict.CONFLICT)
            .thenComparing(f -> f.subject() == null ? "\uffff" : f.subject())
            .thenComparing(Fact::predicate)
            .thenComparing(f -> f.object() == null ? "" : f.object())
            .thenComparing(f -> f.id().toString());

    /**
     * The facts of the story, most-sourced first and conflicts before others; ids are stable per story. A claim the
     * sentence denies ("did not pay $15 billion") supports no value and enters no fact.
     */
    public List<Fact> compare(UUID storyId, List<Claim> allClaims) {
        List<Claim> claims = allClaims.stream().filter(c -> !c.negated()).toList();
        NameKeys names = new NameKeys(allNames(claims));
        List<Fact> facts = new ArrayList<>();
        for (FactGrouping.Group group : new FactGrouping(names).group(claims)) {
            facts.add(fact(storyId, group, names));
        }
        facts.sort(ORDER);
        return facts;
    }

    private static Fact fact(UUID storyId, FactGrouping.Group group, NameKeys names) {
        FactKey key = group.key();
        List<Claim> perSource = FactGrouping.mostPreciseBySource(group.claims());
        Claim best = Consensus.pick(perSource);
        List<Claim> placed = perSource.stream()
                .map(c -> c.withAgreement(Consensus.agreement(c.value(), best.value())))
                .sorted(Comparator.comparing(Claim::agreement).thenComparing(c -> String.valueOf(c.source())))
                .collect(Collectors.toList());
        Claim consensus = best.withAgreement(Consensus.agreement(best.value(), best.value()));
        Verdict verdict = verdict(placed);
        UUID id = UUID.nameUUIDFromBytes((storyId + "|" + group.seed()).getBytes(StandardCharsets.UTF_8));
        Frame shown = key.predicate().equals(Transactions.FAMILY) ? Transactions.shown(perSource, names)
                : new Frame(names.display(key.subject()), key.predicate(), names.display(key.object()));
        return new Fact(id, shown.subject(), shown.predicate(), shown.object(), key.kind(),
                verdict, best.value(), placed.size(), Summary.of(verdict, consensus, placed), placed);
    }

    private static Verdict verdict(List<Claim> placed) {
        if (placed.size() == 1) {
            return Verdict.SINGLE_SOURCE;
        }
        if (placed.stream().anyMatch(c -> c.agreement() == Agreement.DIFFERENT)) {
            return Verdict.CONFLICT;
        }
        boolean allExact = placed.stream().allMatch(c -> c.agreement() == Agreement.EXACT);
        return allExact ? Verdict.AGREE : Verdict.COMPATIBLE;
    }

    private static Set<String> allNames(List<Claim> claims) {
        Set<String> names = new HashSet<>();
        for (Claim claim : claims) {
            names.add(claim.subject());
            names.add(claim.object());
        }
        names.remove(null);
        return names;
    }
}
