package io.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.bench.extraction.MetadataMatch;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.bench.extraction.ConfigDefaults;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.IngestConfig;
import io.corroborate.ingest.extract.HtmlExtractor;
import io.corroborate.ingest.service.ArticlePreparer;
import io.corroborate.ingest.service.PreparedArticle;

/**
 * Main text, title, author and date on WCXB's development article pages ({@code wcxb-dev-articles}: 711 pages from
 * ~700 domains, CC-BY-4.0, "WCXB, Murrough Foley 2026"), through the ingest service's own entry point: each page
 * and its URL submitted as a user submits HTML ({@code ArticlePreparer}). The pages are split by domain before anything was run: a domain whose name hashes even is in half A
 * (development: its errors may be read), odd in half B (held out: reported once). Scores as WCXB publishes them:
 * word-level F1 (lower-cased {@code \w+} tokens, bag-of-words precision and recall, averaged over pages), the share
 * of must-include snippets kept and of must-exclude snippets left out; and the share of pages whose title, author
 * and publication date match (title and author equal after collapsing whitespace and case; date the same day).
 *
 * With {@code --readability}, Mozilla Readability runs on the same pages in the same run and is scored the same
 * way (Node and {@code npm ci} in {@code bench/readability}).
 *
 * <pre>  WcxbBench DATASETS [A|B|all] [--misses title|author|date] [--worst N] [--readability] [--behind N]
 *             [--dump FILE]</pre>
 * {@code --behind N} runs Readability too and lists the N pages where its main text beats ours by most.
 * {@code --dump FILE} writes each page's title, byline, date and a hash of its main text: a change meant to leave the
 * output alone (a speed-up) is checked page by page with it.
 */
public final class WcxbBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private WcxbBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).resolve("wcxb-dev-articles");
        String which = args.length > 1 && !args[1].startsWith("--") ? args[1] : "A";
        String misses = option(args, "--misses");
        int worst = Integer.parseInt(String.valueOf(option(args, "--worst") == null ? "0" : option(args, "--worst")));
        int behind = Integer.parseInt(String.valueOf(option(args, "--behind") == null ? "0" : option(args, "--behind")));
        String dumpFile = option(args, "--dump");
        List<String> dump = dumpFile == null ? null : new ArrayList<>();
        JsonNode metadata = JSON.readTree(root.resolve("metadata.json").toFile());
        // The service's own entry point: the page and its URL, as a user submits them (ArticlePreparer, with the
        // service's default limits); no fetch happens for a page given as HTML.
        ArticlePreparer preparer = new ArticlePreparer(ConfigDefaults.of(IngestConfig.class), null);
        Map<String, double[]> totals = new TreeMap<>();
        List<String> missLines = new ArrayList<>();
        Map<String, Double> f1ByPage = new HashMap<>();
        long nanos = 0;
        int pages = 0;
        boolean readability = List.of(args).contains("--readability") || behind > 0;
        Map<String, JsonNode> truths = new HashMap<>();
        Map<String, String> domains = new HashMap<>();
        Map<String, Double> theirF1 = new HashMap<>();
        List<String> requests = new ArrayList<>();
        List<String[]> timed = new ArrayList<>();
        for (var it = metadata.fields(); it.hasNext();) {
            var entry = it.next();
            String id = entry.getKey();
            String domain = entry.getValue().path("domain").asText();
            String half = Math.floorMod(domain.hashCode(), 2) == 0 ? "A" : "B";
            if (!which.equals("all") && !which.equals(half)) {
                continue;
            }
            Path html = root.resolve("html").resolve(id + ".html.gz");
            Path truthFile = root.resolve("ground-truth").resolve(id + ".json");
            if (!Files.exists(html) || !Files.exists(truthFile)) {
                continue;
            }
            JsonNode file = JSON.readTree(truthFile.toFile());
            JsonNode truth = file.path("ground_truth");
            String url = file.path("url").asText();
            truths.put(id, truth);
            domains.put(id, domain);
            requests.add(JSON.writeValueAsString(Map.of("id", id, "file", html.toAbsolutePath().toString(),
                    "url", url)));
            String page = gunzip(html);
            timed.add(new String[] {page, url});
            long start = System.nanoTime();
            Extracted got = prepare(preparer, page, url);
            nanos += System.nanoTime() - start;
            pages++;
            if (dump != null) {
                dump.add(id + "\t" + got.title() + "\t" + got.byline() + "\t" + got.publishedAt() + "\t"
                        + Integer.toHexString(String.valueOf(got.text()).hashCode()));
            }
            boolean[] ok = score(totals, truth, got);
            f1ByPage.put(id + " " + domain, wordScores(truth.path("main_content").asText(""), got.text())[2]);
            int field = "title".equals(misses) ? 0 : "author".equals(misses) ? 1 : "date".equals(misses) ? 2 : -1;
            if (field >= 0 && !ok[field]) {
                missLines.add(String.format("%s %-28s want %s | got %s", id, domain,
                        truth.path(new String[] {"title", "author", "publish_date"}[field]).asText(null),
                        field == 0 ? got.title() : field == 1 ? got.byline() : got.publishedAt()));
            }
        }
        System.out.printf(Locale.ROOT, "WCXB dev article pages, half %s (%s): %d pages, %.0f pages/s (one thread, "
                + "first pass, cold)%n", which, which.equals("B") ? "held out" : which.equals("A") ? "development"
                        : "both halves", pages, pages / (nanos / 1e9));
        System.out.printf(Locale.ROOT, "  speed after warm-up (one thread, thread CPU time): %.0f pages/s per core, "
                + "the whole preparation; %.0f pages/s per core, the main text and metadata alone%n",
                perCore(timed, (page, url) -> prepare(preparer, page, url).text().length()),
                perCore(timed, (page, url) -> new HtmlExtractor().extract(page, url).text().length()));
        totals.forEach((name, sum) -> System.out.printf(Locale.ROOT, "  %-18s %.3f  (n=%d)%n", name, sum[0] / sum[1],
                (long) sum[1]));
        if (readability) {
            Map<String, double[]> theirs = readability(requests, truths, theirF1);
            System.out.println("Mozilla Readability 0.6.0 (jsdom), same pages, same run:");
            theirs.forEach((name, sum) -> System.out.printf(Locale.ROOT, "  %-18s %.3f  (n=%d)%n", name,
                    sum[0] / sum[1], (long) sum[1]));
        }
        if (dump != null) {
            Files.write(Path.of(dumpFile), dump);
        }
        missLines.forEach(System.out::println);
        f1ByPage.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(worst)
                .forEach(e -> System.out.printf(Locale.ROOT, "  worst %.3f %s%n", e.getValue(), e.getKey()));
        if (behind > 0) {
            // the pages where Readability's main text beats ours by most: what a general mechanism misses
            theirF1.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - f1ByPage.get(e.getKey() + " " + domains.get(e.getKey()))))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(behind)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  behind %.3f (ours %.3f, Readability %.3f) %s %s%n",
                            e.getValue(), f1ByPage.get(e.getKey() + " " + domains.get(e.getKey())),
                            theirF1.get(e.getKey()), e.getKey(), domains.get(e.getKey())));
        }
    }

    /**
     * Mozilla Readability on the same pages ({@code bench/readability/extract.mjs} under Node, its dependencies
     * installed with {@code npm ci} there), scored as our extractor is: the baseline the issue asks beside every
     * figure. A page Readability gives nothing for scores zero.
     */
    private static Map<String, double[]> readability(List<String> requests, Map<String, JsonNode> truths,
            Map<String, Double> f1ByPage) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("corroborate.readability", "bench/readability"));
        Process node = new ProcessBuilder("node", "extract.mjs").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (var in = node.getOutputStream()) {
                for (String request : requests) {
                    in.write((request + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        Map<String, double[]> totals = new TreeMap<>();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                JsonNode got = JSON.readTree(line);
                String id = got.path("id").asText();
                f1ByPage.put(id, wordScores(truths.get(id).path("main_content").asText(""), got.path("text").asText(""))[2]);
                score(totals, truths.get(id), new Extracted(got.path("text").asText(""),
                        got.path("title").asText(null), got.path("byline").asText(null),
                        instant(got.path("publishedTime").asText(null))));
            }
        }
        feeder.join();
        node.waitFor();
        return totals;
    }

    /** A date as Readability gives it (ISO with or without offset, or a date), or null. */
    private static java.time.OffsetDateTime instant(String written) {
        if (written == null || written.length() < 10) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(written);
        } catch (java.time.format.DateTimeParseException notWithOffset) {
            try {
                return java.time.LocalDate.parse(written.substring(0, 10)).atStartOfDay()
                        .atOffset(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** What an extractor gave for a page: its main text, title, byline and publication time (any may be null). */
    private record Extracted(String text, String title, String byline, java.time.OffsetDateTime publishedAt) {
    }

    /**
     * Pages per second of this thread's CPU time (robust to other load on the machine) for {@code work} over the
     * pages, after two passes of warm-up.
     */
    private static double perCore(List<String[]> pages, ToIntBiFunction<String, String> work) {
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            for (String[] page : pages) {
                sink += work.applyAsInt(page[0], page[1]);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < 2; round++) {
            for (String[] page : pages) {
                sink += work.applyAsInt(page[0], page[1]);
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return sink == 42 ? 0 : 2.0 * pages.size() / cpu;
    }

    /** The page through the service's preparation of a submission; a page it refuses (no text) gives nothing. */
    private static Extracted prepare(ArticlePreparer preparer, String html, String url) {
        try {
            PreparedArticle article = preparer.prepare(new ArticleSubmission("WCXB", url, null, null, null, null,
                    html, null));
            return new Extracted(article.text(), article.title(), article.byline(), article.publishedAt());
        } catch (ProblemException refused) {
            return new Extracted("", null, null, null);
        }
    }

    /**
     * Adds one page's scores to {@code totals}, as WCXB scores them, and answers whether its title, author and date
     * matched (a field the gold leaves empty counts as matched and is not scored).
     */
    private static boolean[] score(Map<String, double[]> totals, JsonNode truth, Extracted got) {
        double[] prf = wordScores(truth.path("main_content").asText(""), got.text());
        add(totals, "word P", prf[0]);
        add(totals, "word R", prf[1]);
        add(totals, "word F1", prf[2]);
        String text = normalize(got.text());
        for (JsonNode snippet : truth.path("with")) {
            add(totals, "with kept", text.contains(normalize(snippet.asText())) ? 1 : 0);
        }
        for (JsonNode snippet : truth.path("without")) {
            add(totals, "without left out", text.contains(normalize(snippet.asText())) ? 0 : 1);
        }
        String title = truth.path("title").asText(null);
        String author = truth.path("author").asText(null);
        String date = truth.path("publish_date").asText(null);
        boolean[] ok = {title == null || MetadataMatch.text(title, got.title()),
            author == null || author.isBlank() || MetadataMatch.text(author, got.byline()),
            date == null || date.isBlank() || MetadataMatch.published(date, got.publishedAt())};
        if (title != null) {
            add(totals, "title", ok[0] ? 1 : 0);
        }
        if (author != null && !author.isBlank()) {
            add(totals, "author", ok[1] ? 1 : 0);
        }
        if (date != null && !date.isBlank()) {
            add(totals, "date", ok[2] ? 1 : 0);
        }
        return ok;
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static void add(Map<String, double[]> totals, String name, double value) {
        double[] sum = totals.computeIfAbsent(name, k -> new double[2]);
        sum[0] += value;
        sum[1]++;
    }

    /** Bag-of-words precision, recall and F1 of lower-cased {@code \w+} tokens, as WCXB scores. */
    static double[] wordScores(String gold, String predicted) {
        Map<String, Integer> g = bag(gold);
        Map<String, Integer> p = bag(predicted);
        int goldCount = g.values().stream().mapToInt(Integer::intValue).sum();
        int predictedCount = p.values().stream().mapToInt(Integer::intValue).sum();
        int common = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        if (goldCount == 0 && predictedCount == 0) {
            return new double[] {1, 1, 1};
        }
        double precision = predictedCount == 0 ? 0 : (double) common / predictedCount;
        double recall = goldCount == 0 ? 0 : (double) common / goldCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
