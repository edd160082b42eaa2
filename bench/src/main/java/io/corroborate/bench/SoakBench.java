package io.corroborate.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.corroborate.bench.throughput.Corpus;

/**
 * A mixed load through a running gateway for a fixed time: one client submits generated articles in small batches
 * at a steady rate while others read story lists, comparisons, stories and articles at a steady rate. Counts every
 * answer that is not 2xx (and every transport error), and prints the read latency percentiles per minute, so that
 * a slow drift shows. Memory is sampled by the calling script (bench/soak.sh).
 * Args: DATASETS_DIR (unused) GATEWAY_URL API_KEY [SECONDS=600] [SUBMITS_PER_S=20] [READS_PER_S=200]
 */
public final class SoakBench {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;
    private final String key;
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();
    private final Set<String> knownStories = ConcurrentHashMap.newKeySet();
    private final List<String> storyIds = Collections.synchronizedList(new ArrayList<>());
    private final List<String> articleIds = Collections.synchronizedList(new ArrayList<>());
    private volatile Queue<Long> minuteLatencies = new ConcurrentLinkedQueue<>();

    private SoakBench(String gateway, String key) {
        this.gateway = gateway;
        this.key = key;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        int submitsPerSecond = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int readsPerSecond = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        new SoakBench(args[1], args[2]).run(seconds, submitsPerSecond, readsPerSecond);
    }

    private void run(int seconds, int submitsPerSecond, int readsPerSecond) throws Exception {
        int batch = 5;
        List<Corpus.Article> corpus = new Corpus(7).generate(submitsPerSecond * seconds + batch);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        var ticker = Executors.newScheduledThreadPool(2);
        AtomicLong next = new AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            int from = (int) next.getAndAdd(batch);
            if (from + batch <= corpus.size()) {
                pool.execute(() -> submit(corpus.subList(from, from + batch)));
            }
        }, 0, 1_000_000L * batch / submitsPerSecond, TimeUnit.MICROSECONDS);
        ticker.scheduleAtFixedRate(() -> pool.execute(this::readOne), 500_000, 1_000_000L / readsPerSecond,
                TimeUnit.MICROSECONDS);

        System.out.printf("soak: %d s, %d articles/s submitted in batches of %d, %d reads/s%n", seconds,
                submitsPerSecond, batch, readsPerSecond);
        System.out.println("minute  submitted   reads  errors  read p50   p99     max");
        long start = System.nanoTime();
        for (int minute = 1; minute * 60L <= seconds; minute++) {
            Thread.sleep(Math.max(0, start / 1_000_000 + minute * 60_000L - System.nanoTime() / 1_000_000));
            Queue<Long> latencies = minuteLatencies;
            minuteLatencies = new ConcurrentLinkedQueue<>();
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%6d %10d %7d %7d %7.1f %7.1f %7.1f  ms%n", minute, submitted.get(), reads.get(),
                    errorCount(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }
        ticker.shutdownNow();
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        System.out.printf("done: %d articles submitted, %d reads, %d errors%s%n", submitted.get(), reads.get(),
                errorCount(), errors.isEmpty() ? "" : " " + errors);
        if (errorCount() > 0) {
            System.exit(1);
        }
    }

    private long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }

    private void submit(List<Corpus.Article> articles) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles/batch"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(articles))));
            if (response.statusCode() != 200) {
                error("submit HTTP " + response.statusCode());
                return;
            }
            for (JsonNode item : JSON.readTree(response.body())) {
                if (item.path("status").asInt() >= 300) {
                    error("submit item " + item.path("status").asInt());
                } else {
                    articleIds.add(item.path("receipt").path("id").asText());
                    submitted.incrementAndGet();
                }
            }
        } catch (Exception e) {
            error("submit " + e.getClass().getSimpleName());
        }
    }

    private void readOne() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String path;
        int choice = random.nextInt(4);
        if (choice == 0 || storyIds.isEmpty() && articleIds.isEmpty()) {
            path = "/api/v1/stories?size=20";
        } else if (choice == 1 && !articleIds.isEmpty()) {
            path = "/api/v1/articles/" + articleIds.get(random.nextInt(articleIds.size()));
        } else if (!storyIds.isEmpty()) {
            String story = storyIds.get(random.nextInt(storyIds.size()));
            path = "/api/v1/stories/" + story + (choice == 2 ? "/comparison" : "");
        } else {
            path = "/api/v1/stories?size=20";
        }
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
            minuteLatencies.add(System.nanoTime() - begin);
            reads.incrementAndGet();
            if (response.statusCode() != 200) {
                error("GET " + path.replaceAll("/[0-9a-f-]{36}", "/{id}").replaceAll("\\?.*", "") + " HTTP "
                        + response.statusCode());
            } else if (path.startsWith("/api/v1/stories?")) {
                for (JsonNode story : JSON.readTree(response.body()).path("items")) {
                    String id = story.path("id").asText();
                    if (knownStories.add(id)) {
                        storyIds.add(id);
                    }
                }
            }
        } catch (Exception e) {
            error("GET " + e.getClass().getSimpleName());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).header("X-API-Key", key).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }
}
