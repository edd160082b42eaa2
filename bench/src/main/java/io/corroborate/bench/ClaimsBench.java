package io.corroborate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.corroborate.analysis.service.ClaimFinder;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.bench.stories.BasilArticle;

/**
 * What analysing one article costs before it is placed: the work {@code AnalysisService} does per article outside any
 * transaction — the claims ({@link ClaimFinder}, the service's own bean) and the story signature — on BASIL's 300
 * real articles as a user pastes them (headline, blank line, body), in one thread. Prints the CPU time of the thread
 * per article after warm-up passes, for claims and signature apart, and the claims found (so that a faster build
 * that finds other claims shows). A speed measure: no output is scored.
 * Args: DATASETS_DIR [PASSES=5] [WARMUP=3]
 */
public final class ClaimsBench {

    private ClaimsBench() {
    }

    public static void main(String[] args) throws Exception {
        List<BasilArticle> basil = BasilArticle.load(Path.of(args[0]).resolve("basil"));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ClaimFinder finder = new ClaimFinder();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long claims = 0;
        long claimNanos = 0;
        long signatureNanos = 0;
        int words = basil.stream().mapToInt(a -> a.text().split("\\s+").length).sum();
        for (int pass = 0; pass < warmup + passes; pass++) {
            boolean measured = pass >= warmup;
            for (BasilArticle a : basil) {
                String text = a.title() + "\n\n" + a.text();
                long t0 = cpu.getCurrentThreadCpuTime();
                int found = finder.find(UUID.randomUUID(), a.source(), text,
                        a.date().atStartOfDay().atOffset(ZoneOffset.UTC)).size();
                long t1 = cpu.getCurrentThreadCpuTime();
                StorySignature.ofArticle(a.title(), text);
                long t2 = cpu.getCurrentThreadCpuTime();
                if (measured) {
                    claims += found;
                    claimNanos += t1 - t0;
                    signatureNanos += t2 - t1;
                }
            }
        }
        double n = (double) basil.size() * passes;
        System.out.printf("articles %d (%d words on average) x %d passes after %d of warm-up, one thread%n",
                basil.size(), words / basil.size(), passes, warmup);
        System.out.printf("claims found        %.1f per article%n", claims / n);
        System.out.printf("claims              %.2f ms CPU per article%n", claimNanos / n / 1e6);
        System.out.printf("story signature     %.2f ms CPU per article%n", signatureNanos / n / 1e6);
        System.out.printf("both                %.2f ms CPU per article (%.0f articles/s per core)%n",
                (claimNanos + signatureNanos) / n / 1e6, n * 1e9 / (claimNanos + signatureNanos));
    }
}
