package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.bench.extraction.ErrorReport;
import io.corroborate.bench.extraction.FundusPage;
import io.corroborate.bench.extraction.RougeLsum;
import io.corroborate.ingest.extract.HtmlExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Main-text extraction on the fundus evaluation set (80 pages, 16 English outlets), scored with ROUGE-LSum
 * F1 against the hand-extracted bodies exactly as the fundus evaluation does (see {@link RougeLsum}): the
 * extraction's paragraphs and each acceptable reference (optional "[...]" paragraphs dropped in every
 * combination, or all/none above four) are joined by blank lines, the best-F1 reference is kept per page, and
 * pages are macro-averaged. Published F1: Fundus 97.69, trafilatura 93.62, news-please 93.39, jusText 86.96,
 * boilerpipe 79.90.
 *
 * <p>The outlets are split into a development half (alphabetical order, every other outlet) and a held-out
 * half; {@code --errors N} prints the N worst development pages only. Speed is single-threaded parse +
 * extract over in-memory HTML after warm-up
 * (5 rounds), timed over 10 rounds of all pages, as pages per second of the thread's CPU time (so other
 * processes on the machine do not distort the per-core figure) and of wall-clock time.
 *
 * <pre>
 *   ExtractionBench DATASETS [--errors N] [--pages] [--validate EXTRACTIONS.json SCORES.tsv SCRAPER]
 * </pre>
 * {@code --validate} scores another tool's published extractions (fundus-evaluation's
 * {@code dataset/extractions/*.json}) and compares with its published per-page scores, to check the scorer.
 */
public final class ExtractionBench {

    private static final int WARMUP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 10;

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path fundus = Path.of(args[0]).resolve("fundus");
        List<FundusPage> pages = FundusPage.load(fundus);
        int errors = intOption(args, "--errors", 0);
        int validate = indexOf(args, "--validate");
        if (validate > 0) {
            validate(pages, Path.of(args[validate + 1]), Path.of(args[validate + 2]), args[validate + 3]);
            return;
        }
        Set<String> dev = FundusPage.developmentOutlets(pages);
        HtmlExtractor extractor = new HtmlExtractor();
        List<Result> results = new ArrayList<>();
        for (FundusPage page : pages) {
            String text = extractor.extract(page.html(), page.url()).text();
            results.add(new Result(page, dev.contains(page.outlet()), text, RougeLsum.best(page.references(), text)));
        }
        if (indexOf(args, "--pages") > 0) {
            results.forEach(r -> System.out.printf(Locale.ROOT, "%-28s %s P %6.2f R %6.2f F1 %6.2f%n", r.page.name(),
                    r.dev ? "dev " : "held", 100 * r.score.precision(), 100 * r.score.recall(), 100 * r.score.f1()));
        }
        System.out.println("Development outlets: " + dev);
        summarize("development half", results.stream().filter(Result::dev).toList());
        summarize("held-out half", results.stream().filter(r -> !r.dev).toList());
        summarize("all 80 pages", results);
        printErrors(results, errors);
        double[] speed = pagesPerSecond(pages, extractor);
        System.out.printf(Locale.ROOT, "Speed (one thread, parse + extract, after warm-up): %.0f pages/s per core "
                + "(thread CPU time); %.0f pages/s wall-clock%n", speed[0], speed[1]);
    }

    private record Result(FundusPage page, boolean dev, String text, RougeLsum.Score score) {
    }

    private static void summarize(String label, List<Result> results) {
        double p = results.stream().mapToDouble(r -> r.score.precision()).average().orElse(0);
        double r = results.stream().mapToDouble(x -> x.score.recall()).average().orElse(0);
        double f = results.stream().mapToDouble(x -> x.score.f1()).average().orElse(0);
        System.out.printf(Locale.ROOT, "ROUGE-LSum %-17s (%2d pages): P %6.2f  R %6.2f  F1 %6.2f%n", label,
                results.size(), 100 * p, 100 * r, 100 * f);
    }

    private static void printErrors(List<Result> results, int n) {
        results.stream().filter(Result::dev).sorted(Comparator.comparingDouble(r -> r.score.f1())).limit(n)
                .forEach(r -> {
                    System.out.printf(Locale.ROOT, "%n%s  F1 %.2f  P %.2f  R %.2f%n", r.page.name(),
                            100 * r.score.f1(), 100 * r.score.precision(), 100 * r.score.recall());
                    String gold = r.page.references().get(0);
                    ErrorReport.describe(gold, r.text).forEach(System.out::println);
                });
    }

    /** Pages per second of this thread's CPU time (per core, robust to other load) and of wall-clock time. */
    private static double[] pagesPerSecond(List<FundusPage> pages, HtmlExtractor extractor) {
        long sink = 0;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (FundusPage page : pages) {
                sink += extractor.extract(page.html(), page.url()).text().length();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (FundusPage page : pages) {
                sink += extractor.extract(page.html(), page.url()).text().length();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (sink == 42) {
            System.out.println();
        }
        return new double[] {TIMED_ROUNDS * pages.size() / cpu, TIMED_ROUNDS * pages.size() / wall};
    }

    private static void validate(List<FundusPage> pages, Path extractions, Path scores, String scraper) throws Exception {
        JsonNode json = new ObjectMapper().readTree(extractions.toFile());
        Map<String, Double> published = new HashMap<>();
        for (String line : Files.readAllLines(scores)) {
            String[] cols = line.split("\t");
            if (cols.length >= 5 && cols[0].equals(scraper)) {
                published.put(cols[1], Double.parseDouble(cols[4]));
            }
        }
        double sumOurs = 0;
        double sumPublished = 0;
        double maxDiff = 0;
        int close = 0;
        for (FundusPage page : pages) {
            List<String> body = new ArrayList<>();
            json.path(page.name()).path("body").forEach(p -> body.add(p.asText()));
            double ours = RougeLsum.best(page.references(), String.join("\n\n", body)).f1();
            double theirs = published.getOrDefault(page.name(), Double.NaN);
            sumOurs += ours;
            sumPublished += theirs;
            double diff = Math.abs(ours - theirs);
            maxDiff = Math.max(maxDiff, diff);
            close += diff < 0.005 ? 1 : 0;
            if (diff >= 0.005) {
                System.out.printf(Locale.ROOT, "%-28s ours %.4f published %.4f%n", page.name(), ours, theirs);
            }
        }
        System.out.printf(Locale.ROOT, "%s: macro F1 ours %.2f vs published %.2f; %d/%d pages within 0.5 points; max diff %.2f%n",
                scraper, 100 * sumOurs / pages.size(), 100 * sumPublished / pages.size(), close, pages.size(), 100 * maxDiff);
    }

    private static int indexOf(String[] args, String flag) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(flag)) {
                return i;
            }
        }
        return -1;
    }

    private static int intOption(String[] args, String flag, int fallback) {
        int i = indexOf(args, flag);
        return i > 0 && i + 1 < args.length ? Integer.parseInt(args[i + 1]) : fallback;
    }
}
