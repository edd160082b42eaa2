package io.corroborate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.service.ClaimFinder;
import io.corroborate.analysis.service.FigureFinder;
import io.corroborate.api.AnalyzeResponse;
import io.corroborate.api.Claim;
import io.corroborate.api.FoundQuantity;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Figures of 150 BASIL sentences annotated by hand before any extractor ran on them
 * ({@code bench/quantities/<set>.json}: file, sentence location, and each figure's surface, value, unit and
 * measure; the sentences are read from the dataset). Each sentence goes through what {@code POST /api/v1/analyze}
 * runs, and its answer is scored as a user reads it: the {@code quantities}, plus the claims' figures no quantity
 * covers (years, dates, ranks; not weekdays, clock times and months named alone, which the annotators' rules leave
 * out). A predicted figure matches a gold one of the same sentence when the values are
 * equal (relative tolerance 1e-5; a range by its first end), one to one, in order; value+unit also needs the unit,
 * normalized here (plural or singular, people/person, a currency by its code, our kinds by the gold's words).
 * Sets: {@code basil-dev} (development since the eighth session), {@code basil-heldout2} (development since the
 * thirteenth session) and {@code basil-heldout3} (held out: report once). Usage:
 * {@code bench/run.sh basilQuantities [set ...] [--errors]}.
 */
public final class BasilQuantitiesBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> UNIT_WORDS = Map.of("people", "person", "%", "percent",
            "pp", "percentage point", "votes for", "vote", "votes against", "vote");

    private BasilQuantitiesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args.length > 0 ? args[0] : "../shared/datasets").resolve("basil/articles");
        Path dir = Path.of(System.getProperty("corroborate.quantities", "bench/quantities"));
        boolean errors = List.of(args).contains("--errors");
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                sets.add(args[i]);
            }
        }
        for (String set : sets.isEmpty() ? List.of("basil-dev") : sets) {
            score(set, JSON.readTree(dir.resolve(set + ".json").toFile()), articles, errors);
        }
    }

    private static void score(String set, JsonNode gold, Path articles, boolean errors) throws Exception {
        ClaimFinder claims = new ClaimFinder();
        FigureFinder figures = new FigureFinder();
        int goldCount = 0;
        int predicted = 0;
        int valueHits = 0;
        int unitHits = 0;
        for (JsonNode entry : gold.path("sentences")) {
            String text = sentence(articles.resolve(entry.path("file").asText()), entry.path("loc").asText());
            List<Claim> found = claims.find(null, null, text, null);
            AnalyzeResponse answer = new AnalyzeResponse(found, figures.find(text, found));
            List<Double> values = new ArrayList<>();
            List<String> units = new ArrayList<>();
            List<String> surfaces = new ArrayList<>();
            for (FoundQuantity q : answer.quantities()) {
                values.add(q.from() != null ? q.from().doubleValue() : q.value().amount().doubleValue());
                units.add(unit(q.value()));
                surfaces.add(q.quote().surface());
            }
            for (Claim c : answer.claims()) {
                boolean covered = answer.quantities().stream().anyMatch(q -> q.quote().start() < c.quote().end()
                        && c.quote().start() < q.quote().end());
                // The annotators' rules leave weekdays and clock times out: figures of kinds the gold does not
                // annotate can be neither right nor wrong here, so they are not scored.
                boolean annotated = c.value().kind() != Kind.TIME
                        && !(c.value().kind() == Kind.DATE && "weekday".equals(c.value().unit()))
                        && !monthAlone(c.value());
                if (!covered && annotated) {
                    values.add(dateValue(c.value()));
                    units.add(unit(c.value()));
                    surfaces.add(c.quote().surface());
                }
            }
            predicted += values.size();
            boolean[] used = new boolean[values.size()];
            for (JsonNode g : entry.path("quantities")) {
                goldCount++;
                double value = g.path("value").asDouble();
                String unit = normalize(g.path("unit").asText());
                int hit = -1;
                for (int i = 0; i < values.size(); i++) {
                    if (!used[i] && close(value, values.get(i))) {
                        hit = i;
                        if (unit.equals(units.get(i))) {
                            break;
                        }
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    valueHits++;
                    unitHits += unit.equals(units.get(hit)) ? 1 : 0;
                    if (errors && !unit.equals(units.get(hit))) {
                        System.out.printf("  UNIT %s %s: gold %s, ours %s%n", entry.path("loc").asText(),
                                g.path("surface").asText(), unit, units.get(hit));
                    }
                } else if (errors) {
                    System.out.printf("  MISSED %s \"%s\" in: %s%n", entry.path("loc").asText(),
                            g.path("surface").asText(), text);
                }
            }
            for (int i = 0; errors && i < values.size(); i++) {
                if (!used[i]) {
                    System.out.printf("  EXTRA %s \"%s\" %s %s in: %s%n", entry.path("loc").asText(),
                            surfaces.get(i), values.get(i), units.get(i), text);
                }
            }
        }
        System.out.printf("BASIL sentences, %s: %d sentences, %d gold figures, %d predicted%n", set,
                gold.path("sentences").size(), goldCount, predicted);
        System.out.printf("value       P %.1f  R %.1f  F1 %.1f%n", pct(valueHits, predicted), pct(valueHits, goldCount),
                f1(valueHits, predicted, goldCount));
        System.out.printf("value+unit  P %.1f  R %.1f  F1 %.1f%n", pct(unitHits, predicted), pct(unitHits, goldCount),
                f1(unitHits, predicted, goldCount));
    }

    /**
     * A claim's figure as the annotators wrote it: a calendar date (month·100 + day) as its day of the month, a month
     * of a written year ("July 2017") as the year, a span of years ("1965 to 1970") by its first end.
     */
    private static double dateValue(Value v) {
        boolean calendar = v.kind() == Kind.DATE && !"weekday".equals(v.unit());
        boolean month = calendar && v.low() != null && v.high() != null && v.low().compareTo(v.high()) != 0;
        if (month && v.unit() != null && v.unit().matches("\\d{4}")) {
            return Double.parseDouble(v.unit());
        }
        if (v.kind() == Kind.YEAR && v.low() != null) {
            return v.low().doubleValue();
        }
        return calendar ? v.amount().intValue() % 100 : v.amount().doubleValue();
    }

    /** "in September": a month named alone, with no year, which the annotators' rules leave out. */
    private static boolean monthAlone(Value v) {
        return v.kind() == Kind.DATE && !"weekday".equals(v.unit()) && v.low() != null && v.high() != null
                && v.low().compareTo(v.high()) != 0 && (v.unit() == null || !v.unit().matches("\\d{4}"));
    }

    private static String unit(Value v) {
        return switch (v.kind()) {
            case MONEY -> v.currency() == null ? "" : v.currency().toLowerCase(Locale.ROOT);
            case PERCENT -> "pp".equals(v.unit()) ? "percentage point" : "percent";
            case AGE -> "year";
            case YEAR -> "year";
            case DATE -> "weekday".equals(v.unit()) ? "weekday"
                    : v.unit() != null && v.unit().matches("\\d{4}") && v.low() != null && v.high() != null
                            && v.low().compareTo(v.high()) != 0 ? "year" : "date";
            case TIME -> "time";
            case ORDINAL -> "rank";
            default -> v.unit() == null ? "" : normalize(v.unit());
        };
    }

    /** Lower case, the gold's words for ours, the last word's lemma (plural and singular alike). */
    private static String normalize(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT).trim().replace("metre", "meter"); // one spelling of the metric units
        String u = UNIT_WORDS.getOrDefault(lower, lower);
        int space = u.lastIndexOf(' ');
        String head = u.substring(space + 1);
        String lemma = head.chars().allMatch(Character::isLetter) ? Lexicon.get().sense(head).lemma() : head;
        return UNIT_WORDS.getOrDefault(lemma, lemma);
    }

    private static boolean close(double gold, double predicted) {
        return Math.abs(gold - predicted) <= 1e-8 + 1e-5 * Math.abs(gold);
    }

    private static String sentence(Path file, String loc) throws java.io.IOException {
        JsonNode article = JSON.readTree(file.toFile());
        String[] parts = loc.substring(1).split("\\.S");
        return article.path("body-paragraphs").get(Integer.parseInt(parts[0])).get(Integer.parseInt(parts[1]))
                .asText();
    }

    private static double pct(int hits, int of) {
        return of == 0 ? 0 : 100.0 * hits / of;
    }

    private static double f1(int hits, int predicted, int gold) {
        double p = pct(hits, predicted);
        double r = pct(hits, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
