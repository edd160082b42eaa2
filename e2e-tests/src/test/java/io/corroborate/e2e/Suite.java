package io.corroborate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.corroborate.testing.TestDatabases;

/** The three packaged services run as real processes against a real PostgreSQL database of their own. */
final class Suite implements AutoCloseable {

    static final String WRITER_KEY = "e2e-writer-key";
    static final String READER_KEY = "e2e-reader-key";
    static final String INTERNAL_TOKEN = "e2e-internal-token";

    private static final Path ROOT = Path.of(System.getProperty("corroborate.root", ".."));
    private static final Path LOGS = ROOT.resolve("e2e-tests/target/e2e-logs");

    private static Suite shared;

    private final TestDatabases.TestDatabase database = TestDatabases.create();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new HashMap<>();

    /** One suite for all end-to-end test classes of this JVM, stopped when the JVM exits. */
    static synchronized Suite shared() {
        if (shared == null) {
            shared = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private Suite() {
        for (String service : new String[] {"ingest-service", "analysis-service", "gateway"}) {
            ports.put(service, freePort());
        }
        ports.keySet().forEach(this::start);
        ports.keySet().forEach(this::awaitReady);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    void start(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("CORROBORATE_API_KEYS", WRITER_KEY + ":writer," + READER_KEY + ":reader");
        env.put("CORROBORATE_INGEST_URL", "http://127.0.0.1:" + ports.get("ingest-service"));
        env.put("CORROBORATE_ANALYSIS_URL", "http://127.0.0.1:" + ports.get("analysis-service"));
        env.put("CORROBORATE_INGEST_DELIVERY_INITIAL_BACKOFF", "PT0.5S");
        env.put("CORROBORATE_INGEST_DELIVERY_MAX_BACKOFF", "PT2S");
        // A delivery cut short by a crash is retried once its lease ends: short here, so tests wait little.
        env.put("CORROBORATE_INGEST_DELIVERY_LEASE", "PT5S");
        processes.put(service, launch(service, ports.get(service), database, env, service));
    }

    /**
     * Starts one packaged service as a process on {@code port} against {@code database}, with the suite's internal
     * token and {@code env}; its output goes to {@code e2e-tests/target/e2e-logs/<log>.log}.
     */
    static Process launch(String service, int port, TestDatabases.TestDatabase database, Map<String, String> env,
            String log) {
        try {
            Files.createDirectories(LOGS);
            ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx384m", "-jar",
                    ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString());
            Map<String, String> environment = builder.environment();
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", database.user());
            // A service refuses to start without a database password; the test server trusts local connections, so
            // any password will do where it has none.
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password().isEmpty() ? "trusted-local-test-server"
                    : database.password());
            environment.put("CORROBORATE_INTERNAL_TOKEN", INTERNAL_TOKEN);
            environment.putAll(env);
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve(log + ".log").toFile()));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service, e);
        }
    }

    /** Kills a service the hard way (SIGKILL), as a crash would. */
    void kill(String service) throws InterruptedException {
        Process process = processes.remove(service);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The HTTP status of a service's readiness check, or -1 when it does not answer. */
    int readiness(String service) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + ports.get(service) + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void awaitReady(String service) {
        awaitReady(service, ports.get(service), processes.get(service));
    }

    /** Waits up to 90 s for a started service to report ready; fails at once if its process exits. */
    static void awaitReady(String name, int port, Process process) {
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + LOGS.resolve(name + ".log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within 90 s");
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        TestDatabases.drop(database);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path samples() {
        return ROOT.resolve("samples");
    }
}
