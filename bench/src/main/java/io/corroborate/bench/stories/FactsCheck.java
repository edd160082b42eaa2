package io.corroborate.bench.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.fact.FactBuilder;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Verdict;

/**
 * Compares the three outlets of each BASIL event with the real extractor and fact builder, and checks two known
 * cases: 3ae35b16 ("$1.4 billion" vs "$1.375 billion" is a rounding, one COMPATIBLE fact) and ee05c9b3 ("56
 * percent", a primary share, and "58 percent", a 2012 general-election share, are different facts).
 */
public final class FactsCheck {

    private FactsCheck() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args.length > 0 ? args[0] : "../shared/datasets"), args.length > 1 ? Integer.parseInt(args[1]) : 25);
    }

    public static void run(Path datasets, int conflictSample) throws Exception {
        Map<String, List<BasilArticle>> events = BasilArticle.load(datasets.resolve("basil")).stream()
                .collect(Collectors.groupingBy(BasilArticle::triplet, LinkedHashMap::new, Collectors.toList()));
        ClaimExtractor extractor = new ClaimExtractor();
        FactBuilder builder = new FactBuilder();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        List<String> conflicts = new ArrayList<>();
        int claimCount = 0;
        int multiSource = 0;
        List<Map<Verdict, Integer>> verdictsByHalf = List.of(new EnumMap<>(Verdict.class), new EnumMap<>(Verdict.class));
        int[] multiByHalf = new int[2];
        for (Map.Entry<String, List<BasilArticle>> e : events.entrySet()) {
            int half = e.getValue().get(0).half();
            List<Claim> claims = new ArrayList<>();
            for (BasilArticle a : e.getValue()) {
                UUID article = UUID.nameUUIDFromBytes(a.file().getBytes());
                for (ClaimDraft d : extractor.extract(a.text())) {
                    claims.add(d.toClaim(UUID.randomUUID(), article, a.source()));
                }
            }
            claimCount += claims.size();
            List<Fact> facts = builder.compare(UUID.nameUUIDFromBytes(e.getKey().getBytes()), claims);
            for (Fact f : facts) {
                verdicts.merge(f.verdict(), 1, Integer::sum);
                verdictsByHalf.get(half).merge(f.verdict(), 1, Integer::sum);
                multiSource += f.sourceCount() > 1 ? 1 : 0;
                multiByHalf[half] += f.sourceCount() > 1 ? 1 : 0;
                if (f.verdict() == Verdict.CONFLICT) {
                    conflicts.add("h" + half + " " + e.getKey().substring(0, 8) + " " + describe(f));
                }
            }
            if (e.getKey().startsWith("3ae35b16") || e.getKey().startsWith("ee05c9b3")) {
                check(e.getKey(), facts);
            }
        }
        System.out.printf("%d events, %d claims; facts by verdict %s; facts with 2+ sources %d%n", events.size(),
                claimCount, verdicts, multiSource);
        for (int h = 0; h < 2; h++) {
            // Halves by the parity of the event id's first hex digit: tune on one, report both.
            System.out.printf("  half %d (%s first digit): %s; 2+ sources %d%n", h, h == 0 ? "even" : "odd",
                    verdictsByHalf.get(h), multiByHalf[h]);
        }
        System.out.printf("sample of CONFLICT facts (%d of %d):%n", Math.min(conflictSample, conflicts.size()),
                conflicts.size());
        conflicts.stream().limit(conflictSample).forEach(c -> System.out.println("  " + c));
    }

    private static void check(String event, List<Fact> facts) {
        if (event.startsWith("3ae35b16")) {
            List<Fact> both = facts.stream().filter(f -> has(f, "1.4 billion") && has(f, "1.375 billion")).toList();
            Fact any = facts.stream().filter(f -> has(f, "1.4 billion") || has(f, "1.375 billion")).findFirst()
                    .orElse(null);
            System.out.printf("3ae35b16 $1.4 billion vs $1.375 billion: %s%n", both.isEmpty()
                    ? "FAIL, not one fact" + (any == null ? " (neither figure extracted)" : "; e.g. " + describe(any))
                    : (both.get(0).verdict() == Verdict.COMPATIBLE ? "OK, " : "FAIL, ") + describe(both.get(0)));
            facts.stream().filter(f -> has(f, "billion")).forEach(f -> System.out.println("    " + describe(f)));
        } else {
            List<Fact> both = facts.stream().filter(f -> has(f, "56 percent") && has(f, "58 percent")).toList();
            System.out.printf("ee05c9b3 56 vs 58 percent: %s%n", both.isEmpty() ? "OK, not aligned"
                    : "FAIL, aligned as one fact: " + describe(both.get(0)));
            facts.stream().filter(f -> has(f, "percent")).forEach(f -> System.out.println("    " + describe(f)));
        }
    }

    private static boolean has(Fact f, String surface) {
        return f.claims().stream().anyMatch(c -> c.quote() != null && c.quote().surface() != null
                && c.quote().surface().contains(surface));
    }

    private static String describe(Fact f) {
        return String.format("%s [%s | %s | %s] %s: %s", f.verdict(), f.subject(), f.predicate(), f.object(), f.kind(),
                f.claims().stream().map(c -> c.source() + " \"" + (c.quote() == null ? "?" : c.quote().surface()) + "\"")
                        .collect(Collectors.joining("; ")));
    }
}
