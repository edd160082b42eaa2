package io.corroborate.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Entry point of the launcher jar that {@code ./corroborate} calls: {@code db}, {@code wait}, {@code demo}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "db" -> runDatabase(options);
            case "wait" -> exitWith(new Readiness(options.duration("timeout", Duration.ofMinutes(3)))
                    .awaitAll(options.positional()));
            case "demo" -> exitWith(new Demo(options.required("gateway"), options.required("key"),
                    options.optional("reader-key")).run(Path.of(options.required("samples"))));
            default -> usage();
        }
    }

    private static void runDatabase(Options options) throws InterruptedException {
        int port = Integer.parseInt(options.required("port"));
        EmbeddedDatabase database = EmbeddedDatabase.persistent(port, Path.of(options.required("data")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            stopped.countDown();
        }));
        System.out.println("READY " + database.jdbcUrl());
        System.out.flush();
        stopped.await();
    }

    private static void exitWith(boolean ok) {
        System.exit(ok ? 0 : 1);
    }

    private static void usage() {
        System.err.println(String.join(System.lineSeparator(), List.of(
                "usage: launcher db --port P --data DIR",
                "       launcher wait [--timeout SECONDS] URL...",
                "       launcher demo --gateway URL --key KEY [--reader-key KEY] --samples DIR")));
        System.exit(2);
    }
}
