package io.corroborate.bench.quantities;

import java.util.List;
import java.util.function.Function;

/** Sentences per second of one layer on one thread, measured after a warm-up. */
public final class Throughput {

    private static final int WARM_UP_ROUNDS = 20;
    private static final long MEASURE_NANOS = 2_000_000_000L;

    private Throughput() {
    }

    public static double of(List<GoldSentence> sentences, Function<String, List<Mark>> layer) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            sentences.forEach(s -> layer.apply(s.text()));
        }
        long start = System.nanoTime();
        long done = 0;
        int sink = 0;
        while (System.nanoTime() - start < MEASURE_NANOS) {
            for (GoldSentence s : sentences) {
                sink += layer.apply(s.text()).size();
            }
            done += sentences.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return sink < 0 ? 0 : done / seconds; // sink keeps the work from being optimized away
    }
}
