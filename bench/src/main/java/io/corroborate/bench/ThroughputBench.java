package io.corroborate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.corroborate.bench.stories.BasilArticle;
import io.corroborate.bench.throughput.Corpus;

/**
 * End-to-end throughput through a running gateway: submits N generated articles in batches from several
 * threads, then waits until analysis has placed every one in a story and rebuilt every comparison they touched.
 * Prints submit, placement and end-to-end rates.
 * Args: DATASETS_DIR GATEWAY_URL API_KEY [N=2000] [THREADS=4] [BATCH=50] [ANALYSIS_METRICS_URL] [generated|real]
 * [SKIP=0]: the articles are the corpus's SKIP-th to (SKIP + N)-th, so that a first run of SKIP articles warms the
 * suite up and a second run measures it warm with articles it has not seen ({@code bench/throughput.sh}'s WARMUP).
 * In {@code real} mode the articles are BASIL's real-length texts (about 800 words, against some 80 generated),
 * each new one the first half of one BASIL article joined to the second half of another, under a fresh URL and date,
 * so that no two are near-duplicates (which analysis would place without extracting anything).
 * With the analysis service's metrics URL, progress is read from its article counter, which costs nothing;
 * otherwise from the stories' article counts through the gateway (a scan of every story page per poll, a load of
 * its own once there are thousands of stories).
 */
public final class ThroughputBench {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[1];
        String key = args[2];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int batch = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        String metrics = args.length > 6 ? args[6] : null;
        boolean real = args.length > 7 && args[7].equals("real");
        int skip = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        List<Corpus.Article> all = real ? realLength(Path.of(args[0]), skip + n) : new Corpus(42).generate(skip + n);
        List<Corpus.Article> corpus = all.subList(skip, skip + n);
        long already = analysed(gateway, key, metrics);

        long start = System.nanoTime();
        submitAll(gateway, key, corpus, threads, batch);
        double submitSeconds = (System.nanoTime() - start) / 1e9;
        long analysed;
        while ((analysed = analysed(gateway, key, metrics) - already) < n) {
            Thread.sleep(100);
            if ((System.nanoTime() - start) / 1e9 > 1800) {
                throw new IllegalStateException("only " + analysed + " of " + n + " analysed after 30 min");
            }
        }
        double placedSeconds = (System.nanoTime() - start) / 1e9;
        // Comparisons are rebuilt behind placement: the run ends when none is left to rebuild.
        while (metrics != null && pendingComparisons(metrics) > 0) {
            Thread.sleep(100);
        }
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("articles            %d (batches of %d from %d threads)%n", n, batch, threads);
        System.out.printf("submitted in        %.1f s  (%.0f articles/s accepted by the gateway)%n", submitSeconds,
                n / submitSeconds);
        System.out.printf("placed in stories   %.1f s  (%.0f articles/s)%n", placedSeconds, n / placedSeconds);
        System.out.printf("all analysed in     %.1f s  (%.0f articles/s end to end: every comparison rebuilt)%n",
                totalSeconds, n / totalSeconds);
    }

    /** The stories whose comparison analysis has still to rebuild (its gauge; Prometheus text format). */
    static long pendingComparisons(String metrics) throws Exception {
        return (long) metric(metrics, "corroborate_analysis_comparisons_pending ");
    }

    /** N real-length articles made of halves of two BASIL articles of different events. */
    private static List<Corpus.Article> realLength(Path datasets, int n) throws IOException {
        List<BasilArticle> basil = BasilArticle
                .load(datasets.resolve("basil"));
        List<Corpus.Article> out = new ArrayList<>(n);
        int size = basil.size();
        for (int i = 0; i < n; i++) {
            // Each (a, b) pair once: a cycles through the articles, b is a further 1, 2, ... articles on.
            BasilArticle a = basil.get(i % size);
            BasilArticle b = basil.get((i % size + 1 + i / size) % size);
            String[] first = a.text().split("\n\n");
            String[] second = b.text().split("\n\n");
            String text = String.join("\n\n", Arrays.copyOfRange(first, 0, (first.length + 1) / 2)) + "\n\n"
                    + String.join("\n\n", Arrays.copyOfRange(second, second.length / 2, second.length));
            out.add(new Corpus.Article(a.source(), "https://real.example/" + i, a.title(),
                    a.date().atTime(12, 0).atOffset(ZoneOffset.UTC).plusMinutes(i), text));
        }
        return out;
    }

    private static void submitAll(String gateway, String key, List<Corpus.Article> corpus, int threads, int batch)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i += batch) {
            List<Corpus.Article> slice = corpus.subList(i, Math.min(corpus.size(), i + batch));
            done.add(pool.submit(() -> post(gateway + "/api/v1/articles/batch", key, JSON.writeValueAsString(slice))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static JsonNode post(String url, String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("batch answered " + response.statusCode() + ": " + response.body());
        }
        for (JsonNode item : JSON.readTree(response.body())) {
            if (item.path("status").asInt() >= 400) {
                throw new IllegalStateException("an item was refused: " + item);
            }
        }
        return null;
    }

    private static long analysed(String gateway, String key, String metrics) throws Exception {
        return metrics == null ? analysedArticles(gateway, key) : analysedByMetrics(metrics);
    }

    /** Analysis' own count of articles placed in stories (Prometheus text format). */
    static long analysedByMetrics(String metrics) throws Exception {
        return (long) metric(metrics, "corroborate_analysis_articles_total ");
    }

    /** The value of the metric whose line starts with {@code prefix}, 0 when there is none. */
    private static double metric(String metrics, String prefix) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(metrics)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String line : body.split("\n")) {
            // "name value" or "name value # {exemplar labels} exemplar-value timestamp"
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.split("\\s+")[1]);
            }
        }
        return 0;
    }

    /** Articles analysis has placed in stories: the sum of the stories' article counts. */
    private static long analysedArticles(String gateway, String key) throws Exception {
        long total = 0;
        for (int page = 0; ; page++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/stories?size=100&page="
                    + page)).header("X-API-Key", key).build();
            JsonNode body = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode story : body.path("items")) {
                total += story.path("articleCount").asLong();
            }
            if ((page + 1) * 100L >= body.path("total").asLong()) {
                return total;
            }
        }
    }

}
