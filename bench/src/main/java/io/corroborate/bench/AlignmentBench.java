package io.corroborate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.fact.AlignmentModel;
import io.corroborate.analysis.fact.FactBuilder;
import io.corroborate.analysis.model.ClaimEntity;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Verdict;

/**
 * Cross-source alignment of figures on hand-annotated BASIL events ({@code bench/alignment/basil-*.json}): every
 * figure two or more outlets state, grouped by the fact it states, with a careful reader's verdict. Each outlet's
 * article goes through the service's own extractor and fact builder as a user pastes it (headline, blank line,
 * body), each claim stored and read back through {@code ClaimEntity} before the comparison, as the service does.
 * Scores:
 * <ul>
 * <li>claim-pair precision / recall / F1 at the level of outlets: a pair is two outlets whose claims stand in one
 * fact. A predicted pair is right when both claims were annotated in the same gold fact; a predicted pair of claims
 * nobody annotated counts as wrong (annotators listed every figure two outlets share), and precision restricted
 * to pairs touching an annotated claim is shown beside it;</li>
 * <li>verdict accuracy: for each gold fact, the system fact holding most of its claims (two outlets at least) must
 * carry the gold verdict; a gold fact the system never brings together counts as wrong;</li>
 * <li>extraction recall: gold claims that some system claim overlaps.</li>
 * </ul>
 * Arguments: DATASETS [dev|dev2|heldout|heldout2|heldout3|fictional-a|…|all|a,b] [--errors] [--labels] [--sweep]
 * [--wrong]. Several sets print a line each and one line for all of them pooled (pairs and facts summed, the
 * micro-average); {@code --wrong} counts the wrong verdicts of the gold facts brought together by gold and system
 * verdict and by the shape of the fact that holds them (exactly the gold fact's claims, part of them, or with others);
 * {@code --labels} prints, for each gold fact brought together, the annotators' description of what it measures beside
 * the label the system gives it (subject/predicate/object) and its summary; a name is
 * {@code bench/alignment/<name>.json} (our fictional sets, which carry their articles) or the BASIL half
 * {@code basil-<name>.json}. The dev halves are for tuning (errors, threshold sweep); each held-out half is reported
 * once.
 */
public final class AlignmentBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        String which = args.length > 1 ? args[1] : "dev";
        Report report = new Report(List.of(args).contains("--errors"), List.of(args).contains("--labels"));
        Path dir = Path.of(System.getProperty("corroborate.alignment", "bench/alignment"));
        Map<String, Path> articles = basilFiles(datasets.resolve("basil/articles"));
        List<String> sets = which.equals("all") ? List.of("dev", "dev2", "heldout", "heldout2")
                : List.of(which.split(","));
        if (List.of(args).contains("--fit")) {
            List<Story> test = null;
            for (String a : args) {
                if (a.startsWith("--test=")) {
                    test = load(dir, List.of(a.substring(7).split(",")), articles);
                }
            }
            fit(which, load(dir, sets, articles), test);
            return;
        }
        if (List.of(args).contains("--sweep")) {
            List<Story> stories = load(dir, sets, articles);
            AlignmentModel model = AlignmentModel.standard();
            for (int t = 10; t <= 90; t += 5) {
                Score total = new Score();
                FactBuilder builder = new FactBuilder(model.withThreshold(t / 100.0));
                for (Story story : stories) {
                    total.add(score(story, builder, Report.SCORES));
                }
                System.out.printf("threshold %.2f  %s%n", t / 100.0, total);
            }
            return;
        }
        Score all = new Score();
        for (String half : sets) {
            long start = System.nanoTime();
            List<Story> stories = load(dir, List.of(half), articles);
            Score total = new Score();
            for (Story story : stories) {
                total.add(score(story, new FactBuilder(), report));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s (%d events): %s  [%.1f s]%n", half, stories.size(), total, seconds);
            all.add(total);
        }
        if (sets.size() > 1) {
            System.out.printf("all %d sets: %s%n", sets.size(), all);
        }
        if (List.of(args).contains("--wrong")) {
            System.out.printf("wrong verdicts of facts brought together (gold->system, shape): %s%n",
                    all.wrongVerdicts());
        }
    }

    /**
     * Fits {@link AlignmentModel} on the sets' annotated facts (logistic regression, L2-regularised, by gradient
     * descent, each class weighing half), then chooses the threshold by pair F1 on the same sets, and prints the
     * model file.
     */
    private static void fit(String which, List<Story> stories, List<Story> test) {
        FactBuilder builder = new FactBuilder();
        List<AlignmentModel.Example> examples = new ArrayList<>();
        for (Story story : stories) {
            examples.addAll(builder.examples(story.claims(), story.published(), c -> story.gold().get(c.id())));
        }
        long positives = examples.stream().filter(AlignmentModel.Example::same).count();
        System.out.printf("%d examples, %d of one fact%n", examples.size(), positives);
        int n = AlignmentModel.FEATURES.size();
        for (int i = 0; i < n; i++) {
            int f = i;
            double pos = examples.stream().filter(AlignmentModel.Example::same).mapToDouble(e -> e.features()[f])
                    .average().orElse(0);
            double neg = examples.stream().filter(e -> !e.same()).mapToDouble(e -> e.features()[f]).average()
                    .orElse(0);
            System.out.printf("  %-16s mean %.3f of one fact, %.3f apart%n", AlignmentModel.FEATURES.get(i), pos, neg);
        }
        double[] w = new double[n];
        double bias = 0;
        double rate = 2;
        double l2 = 1e-3;
        double posWeight = 0.5 / positives;
        double negWeight = 0.5 / (examples.size() - positives);
        for (int iteration = 0; iteration < 3000; iteration++) {
            double[] grad = new double[n];
            double gradBias = 0;
            for (AlignmentModel.Example e : examples) {
                double z = bias;
                for (int i = 0; i < n; i++) {
                    z += w[i] * e.features()[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = (p - (e.same() ? 1 : 0)) * (e.same() ? posWeight : negWeight);
                for (int i = 0; i < n; i++) {
                    grad[i] += err * e.features()[i];
                }
                gradBias += err;
            }
            for (int i = 0; i < n; i++) {
                w[i] -= rate * (grad[i] + l2 * w[i]);
            }
            bias -= rate * gradBias;
        }
        AlignmentModel fitted = new AlignmentModel(bias, w, 0.5);
        System.out.println(fitted.weights());
        double bestF1 = -1;
        double bestThreshold = 0.5;
        for (int t = 20; t <= 95; t += 5) {
            Score total = new Score();
            FactBuilder candidate = new FactBuilder(fitted.withThreshold(t / 100.0));
            for (Story story : stories) {
                total.add(score(story, candidate, Report.SCORES));
            }
            System.out.printf("threshold %.2f  %s%n", t / 100.0, total);
            if (test != null) {
                Score held = new Score();
                for (Story story : test) {
                    held.add(score(story, candidate, Report.SCORES));
                }
                System.out.printf("      test  %s%n", held);
            }
            if (total.f1() > bestF1 + 1e-9) {
                bestF1 = total.f1();
                bestThreshold = t / 100.0;
            }
        }
        System.out.println();
        System.out.print(fitted.withThreshold(bestThreshold).toProperties(String.format(Locale.ROOT,
                "Fitted by: bench/run.sh alignment %s --fit%n(%d events, %d examples, %d of one fact; the threshold "
                        + "gives the best pair F1, %.3f, on the same events).", which, stories.size(), examples.size(),
                positives, bestF1)));
    }

    /** One event's articles through the extractor, and which gold fact each claim is (by the annotated surface). */
    record Story(String id, JsonNode event, List<Claim> claims, Map<UUID, LocalDate> published,
            Map<String, String> texts, Map<String, Map<String, Integer>> sentenceStarts, Map<UUID, Integer> gold) {
    }

    private static List<Story> load(Path dir, List<String> sets, Map<String, Path> files) throws IOException {
        List<Story> out = new ArrayList<>();
        for (String set : sets) {
            for (JsonNode event : JSON.readTree(dataset(dir, set).toFile()).path("events")) {
                out.add(load(event, files));
            }
        }
        return out;
    }

    private static Story load(JsonNode event, Map<String, Path> files) throws IOException {
        String id = event.path("event").asText();
        Map<String, String> texts = new HashMap<>();
        Map<String, Map<String, Integer>> sentenceStarts = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        // The day each dated article was published, as the service passes it from the article's publishedAt.
        Map<UUID, LocalDate> published = new HashMap<>();
        // An event carries its articles (our own fictional sets) or names BASIL's files by its id.
        List<JsonNode> articles = new ArrayList<>();
        if (event.has("articles")) {
            event.path("articles").forEach(articles::add);
        } else {
            for (Path file : files.values().stream().filter(p -> p.getFileName().toString().startsWith(id)).toList()) {
                articles.add(JSON.readTree(file.toFile()));
            }
            // BASIL names its outlets in either case ("fox", "FOX") and annotators copied either: one name per outlet
            for (JsonNode fact : event.path("facts")) {
                for (JsonNode c : fact.path("claims")) {
                    ((ObjectNode) c).put("outlet", c.path("outlet").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (JsonNode a : articles) {
            String outlet = a.has("outlet") ? a.path("outlet").asText()
                    : a.path("source").asText().toLowerCase(Locale.ROOT);
            Map<String, Integer> starts = new HashMap<>();
            StringBuilder text = new StringBuilder(a.path("title").asText("").trim());
            starts.put("T", 0);
            int p = 0;
            for (JsonNode paragraph : a.path("body-paragraphs")) {
                text.append("\n\n");
                int s = 0;
                for (JsonNode sentence : paragraph) {
                    if (s > 0) {
                        text.append(' ');
                    }
                    starts.put("P" + p + ".S" + s, text.length());
                    text.append(sentence.asText().trim());
                    s++;
                }
                p++;
            }
            texts.put(outlet, text.toString());
            if (a.hasNonNull("date") && a.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                published.put(UUID.nameUUIDFromBytes((id + "|" + outlet).getBytes()),
                        LocalDate.parse(a.path("date").asText().substring(0, 10)));
            }
            sentenceStarts.put(outlet, starts);
            UUID article = UUID.nameUUIDFromBytes((id + "|" + outlet).getBytes());
            // As the service does: ClaimFinder's extraction, then the claim stored and read back (ClaimEntity) before
            // the comparison; ids derived from the offsets so that a run is repeatable.
            int ordinal = 0;
            for (ClaimDraft d : new ClaimExtractor().extract(text.toString(), published.get(article))) {
                // Two claims may share a surface (a tally's votes for and against): the ordinal tells them apart.
                Claim claim = d.toClaim(UUID.nameUUIDFromBytes((article + "|" + d.quote().start() + "|" + ordinal)
                        .getBytes()), article, outlet);
                claims.add(ClaimEntity.of(claim, UUID.nameUUIDFromBytes(id.getBytes()), ordinal++).toClaim());
            }
        }
        return new Story(id, event, claims, published, texts, sentenceStarts,
                gold(event, claims, texts, sentenceStarts));
    }

    /** Gold claims located in the text: the system claim each one is, and the index of its gold fact. */
    static Map<UUID, Integer> gold(JsonNode event, List<Claim> claims, Map<String, String> texts,
            Map<String, Map<String, Integer>> sentenceStarts) {
        Map<UUID, Integer> gold = new HashMap<>();
        int g = 0;
        for (JsonNode fact : event.path("facts")) {
            for (JsonNode c : fact.path("claims")) {
                Claim found = find(c, claims, texts, sentenceStarts);
                if (found != null) {
                    gold.putIfAbsent(found.id(), g);
                }
            }
            g++;
        }
        return gold;
    }

    /** The claim over a gold claim's surface; of several (a tally's two figures), the one with the gold value. */
    static Claim find(JsonNode c, List<Claim> claims, Map<String, String> texts,
            Map<String, Map<String, Integer>> sentenceStarts) {
        String outlet = c.path("outlet").asText();
        Integer sentenceStart = sentenceStarts.getOrDefault(outlet, Map.of()).get(c.path("loc").asText());
        if (sentenceStart == null) {
            return null;
        }
        String text = texts.get(outlet);
        int at = text.indexOf(c.path("surface").asText(), sentenceStart);
        if (at < 0) {
            return null;
        }
        int end = at + c.path("surface").asText().length();
        Claim found = null;
        for (Claim claim : claims) {
            if (claim.source().equals(outlet) && claim.quote().start() < end && claim.quote().end() > at) {
                boolean sameValue = c.has("value")
                        && claim.value().amount().compareTo(c.path("value").decimalValue()) == 0;
                if (found == null || sameValue) {
                    found = claim;
                }
                if (sameValue) {
                    break;
                }
            }
        }
        return found;
    }

    /** What a run prints beside the scores: each error ({@code --errors}), each fact's label ({@code --labels}). */
    record Report(boolean errors, boolean labels) {
        static final Report SCORES = new Report(false, false);
    }

    private static Score score(Story story, FactBuilder builder, Report report) {
        return score(story, builder.compare(UUID.nameUUIDFromBytes(story.id().getBytes()), story.claims(),
                story.published()), builder, report);
    }

    /** The story's own claim of the id a fact's claim carries. */
    private static Claim byId(List<Claim> claims, Claim claim) {
        return claims.stream().filter(c -> c.id().equals(claim.id())).findFirst().orElse(claim);
    }

    /** Why a claim stays out of the group alignment gave another claim, when that group holds more than one. */
    private static String againstGroup(FactBuilder builder, List<Claim> claims, Map<UUID, LocalDate> published,
            Claim claim, List<Claim> group) {
        if (group == null || group.contains(claim)) {
            return "";
        }
        List<Claim> others = group.stream().filter(c -> c != claim).toList();
        return others.size() < 2 ? "" : " | vs the group of " + others.size() + " " + builder.explain(claims,
                published, claim, others);
    }

    /**
     * Scores the facts a comparison gave for one annotated event; {@code builder} explains the errors
     * ({@code --errors}) and may be null when none are printed.
     */
    static Score score(Story story, List<Fact> facts, FactBuilder builder, Report report) {
        boolean errors = report.errors();
        String id = story.id();
        JsonNode event = story.event();
        List<Claim> claims = story.claims();
        Map<String, String> texts = story.texts();
        Map<String, Map<String, Integer>> sentenceStarts = story.sentenceStarts();
        Map<UUID, Integer> groupOfClaim = story.gold();
        List<Set<String>> goldOutlets = new ArrayList<>();
        List<String> goldVerdicts = new ArrayList<>();
        Score score = new Score();
        int g = 0;

        for (JsonNode fact : event.path("facts")) {
            Set<String> outlets = new HashSet<>();
            for (JsonNode c : fact.path("claims")) {
                String outlet = c.path("outlet").asText();
                outlets.add(outlet);
                score.goldClaims++;
                Claim found = find(c, claims, texts, sentenceStarts);
                if (found != null) {
                    score.foundClaims++;
                } else if (errors) {
                    Integer sentenceStart = sentenceStarts.getOrDefault(outlet, Map.of()).get(c.path("loc").asText());
                    String text = texts.get(outlet);
                    System.out.printf("  MISSED %s %s %s: \"%s\" in: %s%n", id.substring(0, 8), outlet,
                            c.path("loc").asText(), c.path("surface").asText(), sentenceStart == null ? "(no sentence)"
                                    : text.substring(sentenceStart, Math.min(text.length(), sentenceStart + 160)));
                }
            }
            goldOutlets.add(outlets);
            goldVerdicts.add(fact.path("verdict").asText());
            g++;
        }
        Map<Integer, Set<String>> extractedOutlets = new HashMap<>();
        for (Claim c : claims) {
            Integer cg = groupOfClaim.get(c.id());
            if (cg != null) {
                extractedOutlets.computeIfAbsent(cg, k -> new HashSet<>()).add(c.source());
            }
        }
        Set<String> goldPairs = new HashSet<>();
        for (int i = 0; i < goldOutlets.size(); i++) {
            for (String x : goldOutlets.get(i)) {
                for (String y : goldOutlets.get(i)) {
                    if (x.compareTo(y) < 0) {
                        goldPairs.add(i + "|" + x + "|" + y);
                        Set<String> extracted = extractedOutlets.getOrDefault(i, Set.of());
                        score.extractedPairs += extracted.contains(x) && extracted.contains(y) ? 1 : 0;
                    }
                }
            }
        }
        Set<String> found = new HashSet<>();
        for (Fact fact : facts) {
            List<Claim> placed = fact.claims();
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    Claim a = placed.get(i);
                    Claim b = placed.get(j);
                    Integer ga = groupOfClaim.get(a.id());
                    Integer gb = groupOfClaim.get(b.id());
                    score.predicted++;
                    score.touching += ga != null || gb != null ? 1 : 0;
                    if (ga != null && ga.equals(gb)) {
                        score.correct++;
                        String x = a.source().compareTo(b.source()) < 0 ? a.source() : b.source();
                        String y = x.equals(a.source()) ? b.source() : a.source();
                        found.add(ga + "|" + x + "|" + y);
                    } else if (errors) {
                        System.out.printf("  %s %s %s: %s | %s%s%n", ga != null || gb != null ? "WRONG PAIR"
                                : "UNANNOTATED PAIR", id.substring(0, 8), describe(fact), quote(a, ga), quote(b, gb),
                                builder == null ? "" : "\n      WHY " + builder.explain(claims, story.published(),
                                        byId(claims, a), byId(claims, b)));
                    }
                }
            }
        }
        score.goldPairs += goldPairs.size();
        score.truePairs += (int) goldPairs.stream().filter(found::contains).count();
        if (errors) {
            Map<UUID, Fact> factOf = new HashMap<>();
            facts.forEach(f -> f.claims().forEach(c -> factOf.put(c.id(), f)));
            Map<UUID, List<Claim>> groupOf = new HashMap<>();
            builder.groups(claims, story.published()).forEach(gr -> gr.forEach(c -> groupOf.put(c.id(), gr)));
            goldPairs.stream().filter(p -> !found.contains(p)).sorted().forEach(p -> {
                int group = Integer.parseInt(p.substring(0, p.indexOf('|')));
                StringBuilder where = new StringBuilder();
                for (Claim c : claims) {
                    Integer cg = groupOfClaim.get(c.id());
                    if (cg != null && cg == group) {
                        Fact f = factOf.get(c.id());
                        where.append("\n      ").append(quote(c, cg)).append(" subj=").append(c.subject())
                                .append(" -> ").append(f == null ? "(not placed: with " + groupOf.getOrDefault(c.id(),
                                        List.of()).stream().filter(o -> o != c).map(o -> quote(o,
                                                groupOfClaim.get(o.id()))).toList() + ")"
                                        : describe(f) + " " + f.summary());
                    }
                }
                String[] outlets = p.split("\\|");
                Claim x = claims.stream().filter(c -> outlets[1].equals(c.source())
                        && Integer.valueOf(group).equals(groupOfClaim.get(c.id()))).findFirst().orElse(null);
                Claim y = claims.stream().filter(c -> outlets[2].equals(c.source())
                        && Integer.valueOf(group).equals(groupOfClaim.get(c.id()))).findFirst().orElse(null);
                String why = x == null || y == null ? "not extracted"
                        : builder.explain(claims, story.published(), x, y) + " | reverse "
                                + builder.explain(claims, story.published(), y, x) + againstGroup(builder, claims,
                                        story.published(), x, groupOf.get(y.id()))
                                + againstGroup(builder, claims, story.published(), y, groupOf.get(x.id()));
                System.out.printf("  MISSED PAIR %s %s: %s (%s)%n      WHY %s%s%n", id.substring(0, 8), p,
                        event.path("facts").get(group).path("measure").asText(),
                        event.path("facts").get(group).path("verdict").asText(), why, where);
            });
        }
        Map<UUID, Fact> placedIn = new HashMap<>();
        facts.forEach(f -> f.claims().forEach(c -> placedIn.put(c.id(), f)));
        for (int i = 0; i < goldVerdicts.size(); i++) {
            Fact best = null;
            int bestCount = 1;
            for (Fact fact : facts) {
                int count = 0;
                for (Claim c : fact.claims()) {
                    count += Integer.valueOf(i).equals(groupOfClaim.get(c.id())) ? 1 : 0;
                }
                if (count > bestCount) {
                    best = fact;
                    bestCount = count;
                }
            }
            score.goldFacts++;
            boolean right = best != null && best.verdict() == Verdict.valueOf(goldVerdicts.get(i));
            score.rightVerdicts += right ? 1 : 0;
            score.byVerdict.computeIfAbsent(goldVerdicts.get(i), k -> new int[2])[0] += right ? 1 : 0;
            score.byVerdict.get(goldVerdicts.get(i))[1]++;
            score.foundFacts += best != null ? 1 : 0;
            if (best != null && !right) {
                final int group = i;
                long mine = best.claims().stream()
                        .filter(c -> Integer.valueOf(group).equals(groupOfClaim.get(c.id()))).count();
                long extracted = claims.stream().filter(c -> Integer.valueOf(group).equals(groupOfClaim.get(c.id())))
                        .count();
                String shape = mine < best.claims().size() ? "with others" : mine < extracted ? "partial" : "exact";
                score.wrong.merge(goldVerdicts.get(i) + "->" + best.verdict() + " " + shape, 1, Integer::sum);
            }
            if (report.labels() && best != null) {
                System.out.printf("  LABEL %s | %s | %s | %s%n", id.substring(0, 8),
                        event.path("facts").get(i).path("measure").asText(), describe(best), best.summary());
            }
            if (errors && best == null) {
                final int lost = i;
                StringBuilder where = new StringBuilder();
                claims.stream().filter(c -> Integer.valueOf(lost).equals(groupOfClaim.get(c.id()))).forEach(c -> {
                    Fact f = placedIn.get(c.id());
                    where.append("\n      ").append(quote(c, lost)).append(" -> ")
                            .append(f == null ? "(in no fact)" : describe(f) + " " + f.summary());
                });
                System.out.printf("  APART %s %s (%s)%s%n", id.substring(0, 8),
                        event.path("facts").get(i).path("measure").asText(), goldVerdicts.get(i), where);
            }
            if (errors && best != null && !right) {
                final int group = i;
                final Fact chosen = best;
                Set<UUID> inFact = best.claims().stream().map(Claim::id).collect(Collectors.toSet());
                Set<String> factSources = best.claims().stream().map(Claim::source).collect(Collectors.toSet());
                List<Claim> gold = claims.stream().filter(c -> Integer.valueOf(group).equals(groupOfClaim.get(c.id())))
                        .toList();
                long mine = best.claims().stream().filter(c -> Integer.valueOf(group).equals(groupOfClaim.get(c.id())))
                        .count();
                long sourcesOut = gold.stream().map(Claim::source).filter(src -> !factSources.contains(src)).distinct()
                        .count();
                StringBuilder held = new StringBuilder(" [" + mine + " of the fact's claims, "
                        + (best.claims().size() - mine) + " others, " + sourcesOut + " of its outlets left out]");
                for (Claim c : best.claims()) {
                    held.append("\n      ").append(quote(c, groupOfClaim.get(c.id()))).append(" in: ")
                            .append(c.quote().sentence());
                }
                gold.stream().filter(c -> !inFact.contains(c.id()))
                        .forEach(c -> {
                            boolean also = factSources.contains(c.source());
                            held.append(also ? "\n      ALSO " : "\n      LEFT OUT ").append(quote(c, group))
                                    .append(" in: ").append(c.quote().sentence());
                            if (!also && builder != null) {
                                // why the outlet's mention stays out of the fact as it is
                                held.append("\n        WHY ").append(builder.explain(claims, story.published(),
                                        byId(claims, c), chosen.claims().stream().map(m -> byId(claims, m)).toList()));
                            }
                        });
                System.out.printf("  VERDICT %s gold %s, system %s: %s — %s%s%n", id.substring(0, 8),
                        goldVerdicts.get(i), best.verdict(), describe(best), best.summary(), held);
            }
        }
        return score;
    }

    /** {@code bench/alignment/<name>.json}, or the BASIL half {@code basil-<name>.json}. */
    static Path dataset(Path dir, String name) {
        Path own = dir.resolve(name + ".json");
        return Files.exists(own) ? own : dir.resolve("basil-" + name + ".json");
    }

    private static String describe(Fact f) {
        return f.subject() + "/" + f.predicate() + "/" + f.object();
    }

    private static String quote(Claim c, Integer group) {
        return c.source() + (group == null ? "(-)" : "(g" + group + ")") + " \"" + c.quote().surface() + "\" ["
                + c.measure() + (c.period() == null ? "" : " @" + c.period()) + "]";
    }

    static Map<String, Path> basilFiles(Path root) throws IOException {
        Map<String, Path> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".json")).forEach(p -> out.put(p.getFileName().toString(), p));
        }
        return out;
    }

    /** Counts over events. */
    static final class Score {
        int predicted;
        int touching;
        int correct;
        int goldPairs;
        int truePairs;
        int goldFacts;
        int foundFacts;
        int rightVerdicts;
        /** Right verdicts and gold facts, by the gold verdict. */
        final Map<String, int[]> byVerdict = new TreeMap<>();
        /**
         * Wrong verdicts of gold facts brought together, by gold and system verdict and by the shape of the fact
         * that holds them: exactly the gold fact's extracted claims, only some of them, or with other claims.
         */
        final Map<String, Integer> wrong = new TreeMap<>();
        int goldClaims;
        int foundClaims;
        int extractedPairs;

        void add(Score o) {
            extractedPairs += o.extractedPairs;
            predicted += o.predicted;
            touching += o.touching;
            correct += o.correct;
            goldPairs += o.goldPairs;
            truePairs += o.truePairs;
            goldFacts += o.goldFacts;
            foundFacts += o.foundFacts;
            rightVerdicts += o.rightVerdicts;
            o.byVerdict.forEach((v, n) -> {
                int[] mine = byVerdict.computeIfAbsent(v, k -> new int[2]);
                mine[0] += n[0];
                mine[1] += n[1];
            });
            o.wrong.forEach((k, n) -> wrong.merge(k, n, Integer::sum));
            goldClaims += o.goldClaims;
            foundClaims += o.foundClaims;
        }

        double f1() {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double pTouching = touching == 0 ? 0 : (double) correct / touching;
            double r = goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
            double f = f1();
            return String.format("pairs P %.3f (%.3f on annotated claims) R %.3f F1 %.3f [%d predicted, %d gold]; "
                    + "verdict accuracy %.3f (%d/%d; %d gold facts brought together); extraction recall %.3f "
                    + "(%d/%d); recall of the pairs whose claims were both extracted %.3f", p, pTouching, r, f, predicted,
                    goldPairs, (double) rightVerdicts / goldFacts,
                    rightVerdicts, goldFacts, foundFacts, (double) foundClaims / goldClaims, foundClaims, goldClaims,
                    extractedPairs == 0 ? 0 : (double) truePairs / extractedPairs)
                    + byVerdict.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                            .collect(Collectors.joining(", ", "; right verdicts by gold verdict: ", ""));
        }

        /** The wrong verdicts of facts brought together, most frequent first. */
        String wrongVerdicts() {
            return wrong.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }
    }
}
