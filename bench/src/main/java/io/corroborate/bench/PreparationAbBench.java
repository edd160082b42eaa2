package io.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Two builds of the ingest service's page preparation side by side in one JVM, run in alternating rounds over the
 * same WCXB pages: a speed change is measured against the code it replaces under the same machine state, which
 * single runs (whose JIT and machine state differ by ±15%) cannot show. Each build is a bench jar loaded by its own
 * class loader and driven through {@code ArticlePreparer.prepare} by reflection, so any two revisions compare.
 *
 * <pre>  PreparationAbBench DATASETS A.jar B.jar [PAGES=200] [ROUNDS=8]</pre>
 * ({@code bench/ab.sh} builds the jars of two revisions and runs this.) Pages are the first PAGES of the WCXB
 * development pages by file name, both halves: a speed measure, nothing is scored or printed of them.
 */
public final class PreparationAbBench {

    private static final int WARM_UP_ROUNDS = 4;

    private PreparationAbBench() {
    }

    public static void main(String[] args) throws Exception {
        Path html = Path.of(args[0]).resolve("wcxb-dev-articles").resolve("html");
        List<Path> jars = List.of(Path.of(args[1]), Path.of(args[2]));
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        List<String> pages = pages(html, count);
        List<Build> builds = new ArrayList<>();
        for (Path jar : jars) {
            builds.add(new Build(jar));
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Build build : builds) {
                build.round(pages);
            }
        }
        long[] total = new long[builds.size()];
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
            for (int i = 0; i < builds.size(); i++) {
                long nanos = builds.get(i).round(pages);
                total[i] += nanos;
                line.append(String.format(Locale.ROOT, "  %s %.0f", label(i), pages.size() / (nanos / 1e9)));
            }
            System.out.println(line);
        }
        for (int i = 0; i < builds.size(); i++) {
            System.out.printf(Locale.ROOT, "%s (%s): %.0f pages/s per core over %d rounds of %d pages%n", label(i),
                    jars.get(i), rounds * pages.size() / (total[i] / 1e9), rounds, pages.size());
        }
    }

    private static String label(int i) {
        return i == 0 ? "A" : "B";
    }

    private static List<String> pages(Path html, int count) throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(html)) {
            for (Path file : files.sorted().limit(count).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }

    /** One build's {@code ArticlePreparer}, with the service's default limits, reached through its own loader. */
    private static final class Build {
        private final Object preparer;
        private final Method prepare;
        private final Constructor<?> submission;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        Build(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> config = loader.loadClass("io.corroborate.ingest.config.IngestConfig");
            Object defaults = loader.loadClass("io.corroborate.bench.extraction.ConfigDefaults")
                    .getMethod("of", Class.class).invoke(null, config);
            Class<?> preparerClass = loader.loadClass("io.corroborate.ingest.service.ArticlePreparer");
            Constructor<?> make = null;
            for (Constructor<?> c : preparerClass.getConstructors()) {
                if (c.getParameterCount() == 2 && c.getParameterTypes()[0] == config) {
                    make = c; // (IngestConfig, PageFetcher): no fetch happens for a page given as HTML
                }
            }
            if (make == null) {
                throw new IllegalStateException(jar + " has no ArticlePreparer(IngestConfig, PageFetcher) to compare");
            }
            preparer = make.newInstance(defaults, null);
            Class<?> submissionClass = loader.loadClass("io.corroborate.api.ArticleSubmission");
            prepare = preparerClass.getMethod("prepare", submissionClass);
            submission = submissionClass.getConstructors()[0];
        }

        /** Thread CPU nanoseconds to prepare every page once (a page the service refuses counts as prepared). */
        long round(List<String> pages) throws Exception {
            long start = threads.getCurrentThreadCpuTime();
            for (String page : pages) {
                try {
                    prepare.invoke(preparer, submission.newInstance("WCXB", "https://example.com/a", null, null, null,
                            null, page, null));
                } catch (java.lang.reflect.InvocationTargetException refused) {
                    // a page with no text is refused as a user's would be; its work is counted all the same
                }
            }
            return threads.getCurrentThreadCpuTime() - start;
        }
    }
}
