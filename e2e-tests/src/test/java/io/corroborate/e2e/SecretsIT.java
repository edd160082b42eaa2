package io.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.corroborate.testing.TestDatabases;

/** A service started as deployed, with a shipped placeholder or an empty secret, refuses to start and says why. */
class SecretsIT {

    private static final Path ROOT = Path.of(System.getProperty("corroborate.root", ".."));

    @Test
    void aPlaceholderSecretStopsTheServiceAtStartup() throws IOException, InterruptedException {
        String output = refusedStart("gateway", Map.of("CORROBORATE_INTERNAL_TOKEN", "CHANGE-ME-internal-token",
                "CORROBORATE_API_KEYS", "CHANGE-ME-writer-key:writer"));
        assertTrue(output.contains("placeholder") && output.contains("corroborate.internal-token")
                && output.contains("corroborate.api-keys"), output);
    }

    @Test
    void anEmptyDatabasePasswordStopsTheServiceAtStartup() throws IOException, InterruptedException {
        TestDatabases.TestDatabase database = TestDatabases.create();
        try {
            String output = refusedStart("ingest-service", Map.of(
                    "CORROBORATE_INTERNAL_TOKEN", "a-real-token-0123456789",
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", database.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", ""));
            assertTrue(output.contains("quarkus.datasource.password (empty)"), output);
        } finally {
            TestDatabases.drop(database);
        }
    }

    /** Starts a packaged service as deployed with {@code env}; asserts that it stops on its own, and gives its output. */
    private static String refusedStart(String service, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString());
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().putAll(env);
        Path log = Files.createTempFile("secrets-it", ".log");
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, service + " kept running with a placeholder or empty secret:\n" + output);
        assertNotEquals(0, process.exitValue(), output);
        return output;
    }
}
