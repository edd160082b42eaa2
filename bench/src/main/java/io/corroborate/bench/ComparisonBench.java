package io.corroborate.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.fact.FactBuilder;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/**
 * Cost of one story update (FactBuilder.compare over all the story's claims after one more article joins) for
 * synthetic, fictional stories of 10 to 10,000 articles, each with about 8 claims: 5 shared facts written exactly,
 * rounded or hedged, plus single-source noise. Reports the median time after warm-up and claims per second. With
 * fictional alignment sets as argument ({@code bench/run.sh comparison fictional-k}), one story of their real prose
 * instead (see {@link #realStory}).
 */
public final class ComparisonBench {

    private static final String[][] FACTS = {
        {"Veltra Corp", "investment", "Norrin Labs", "MONEY", "14.3"},
        {"Norrin Labs", "stake", "Veltra Corp", "PERCENT", "49"},
        {"Norrin Labs", "employees", null, "COUNT", "900"},
        {"Ilse Marrow", "age", null, "AGE", "28"},
        {"Norrin Labs", "revenue", null, "MONEY", "870"},
    };

    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[1].startsWith("fictional-")) {
            realStory(Path.of(System.getProperty("corroborate.alignment", "bench/alignment")), args[1].split(","));
            return;
        }
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 1_000, 10_000};
        FactBuilder builder = new FactBuilder();
        // JIT warm-up on a mid-size story so that small stories are not timed while the code is still interpreted.
        List<Claim> warmUp = story(1_000, new Random(1));
        for (int i = 0; i < 15; i++) {
            builder.compare(UUID.randomUUID(), warmUp);
        }
        System.out.println("| articles | claims | facts | median ms / update | claims/s | µs per claim |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            List<Claim> claims = story(n, new Random(n));
            UUID id = UUID.nameUUIDFromBytes(("story" + n).getBytes());
            int runs = n >= 10_000 ? 5 : 9;
            int warm = n >= 10_000 ? 2 : 20;
            List<Fact> facts = null;
            for (int i = 0; i < warm; i++) {
                facts = builder.compare(id, claims);
            }
            long[] times = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                facts = builder.compare(id, claims);
                times[i] = System.nanoTime() - t0;
            }
            Arrays.sort(times);
            double ms = times[runs / 2] / 1e6;
            System.out.printf("| %,d | %,d | %,d | %.2f | %,.0f | %.2f |%n", n, claims.size(), facts.size(), ms,
                    claims.size() / (ms / 1000), ms * 1000 / claims.size());
        }
    }

    /**
     * One story of real prose: every article of our fictional alignment sets {@code sets} (their articles, headline and
     * body, through the service's {@link ClaimExtractor} with each article's date), and the median time of a
     * {@code FactBuilder.compare} over all its claims with the articles' days, as a rebuild of that story runs.
     */
    private static void realStory(Path dir, String[] sets) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ClaimExtractor extractor = new ClaimExtractor();
        List<Claim> claims = new ArrayList<>();
        Map<UUID, LocalDate> published = new HashMap<>();
        int articles = 0;
        for (String set : sets) {
            for (JsonNode event : json.readTree(dir.resolve(set + ".json").toFile()).path("events")) {
                for (JsonNode a : event.path("articles")) {
                    StringBuilder text = new StringBuilder(a.path("title").asText(""));
                    for (JsonNode paragraph : a.path("body-paragraphs")) {
                        text.append("\n\n");
                        paragraph.forEach(sentence -> text.append(sentence.asText()).append(' '));
                    }
                    UUID article = new UUID(7, articles++);
                    LocalDate day = a.path("date").isTextual() ? LocalDate.parse(a.path("date").asText()) : null;
                    if (day != null) {
                        published.put(article, day);
                    }
                    String source = a.path("outlet").asText();
                    extractor.extract(text.toString(), day).forEach(d -> claims.add(d.toClaim(
                            UUID.nameUUIDFromBytes((article + "|" + claims.size()).getBytes()), article, source)));
                }
            }
        }
        FactBuilder builder = new FactBuilder();
        UUID id = UUID.nameUUIDFromBytes(String.join(",", sets).getBytes());
        List<Fact> facts = null;
        for (int i = 0; i < 20; i++) {
            facts = builder.compare(id, claims, published);
        }
        int runs = 21;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            facts = builder.compare(id, claims, published);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        double ms = times[runs / 2] / 1e6;
        System.out.printf("one story of %s: %,d articles, %,d claims, %,d facts: median %.1f ms per update, %.1f µs"
                + " per claim%n", String.join(", ", sets), articles, claims.size(), facts.size(), ms,
                ms * 1000 / claims.size());
    }

    /** {@code articles} articles from 40 fictional outlets, each with 5 shared facts in a random form plus 3 noise. */
    static List<Claim> story(int articles, Random random) {
        List<Claim> claims = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            UUID article = new UUID(articles, a);
            String source = "Outlet " + (a % 40);
            for (String[] f : FACTS) {
                claims.add(claim(article, source, f[0], f[1], f[2], Kind.valueOf(f[3]),
                        variant(new BigDecimal(f[4]), random)));
            }
            for (int k = 0; k < 3; k++) {
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5_000));
                claims.add(claim(article, source, "Resident " + a + "-" + k, "count", null, Kind.COUNT,
                        new double[] {amount.doubleValue(), amount.doubleValue(), amount.doubleValue(), 0}));
            }
        }
        return claims;
    }

    /** The value as written: exact, rounded to a whole number, or hedged ("about"). {amount, low, high, bound}. */
    private static double[] variant(BigDecimal value, Random random) {
        double v = value.doubleValue();
        return switch (random.nextInt(3)) {
            case 0 -> new double[] {v, v - 0.05, v + 0.05, 0};
            case 1 -> new double[] {Math.rint(v), Math.rint(v) - 0.5, Math.rint(v) + 0.5, 0};
            default -> new double[] {Math.rint(v), Math.rint(v) * 0.9, Math.rint(v) * 1.1, 1};
        };
    }

    private static Claim claim(UUID article, String source, String subject, String predicate, String object, Kind kind,
            double[] v) {
        String currency = kind == Kind.MONEY ? "USD" : null;
        String unit = switch (kind) {
            case PERCENT -> "%";
            case AGE -> "years";
            case COUNT -> "people";
            default -> null;
        };
        BigDecimal scale = kind == Kind.MONEY ? BigDecimal.valueOf(1_000_000_000L) : BigDecimal.ONE;
        Value value = new Value(kind, BigDecimal.valueOf(v[0]).multiply(scale), currency, unit,
                v[3] == 1 ? Bound.APPROXIMATE : Bound.EXACT, BigDecimal.valueOf(v[1]).multiply(scale),
                BigDecimal.valueOf(v[2]).multiply(scale));
        String surface = (v[3] == 1 ? "about " : "") + BigDecimal.valueOf(v[0]).stripTrailingZeros().toPlainString();
        return new Claim(UUID.randomUUID(), article, source, subject, predicate, object, value,
                new Quote(subject + " " + predicate + " " + surface + ".", 0, surface.length(), surface), null, false);
    }
}
