package io.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A service started as deployed, with a shipped placeholder secret, refuses to start and says why. */
class SecretsIT {

    private static final Path ROOT = Path.of(System.getProperty("corroborate.root", ".."));

    @Test
    void aPlaceholderSecretStopsTheServiceAtStartup() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString());
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("CORROBORATE_INTERNAL_TOKEN", "CHANGE-ME-internal-token");
        builder.environment().put("CORROBORATE_API_KEYS", "CHANGE-ME-writer-key:writer");
        Path log = java.nio.file.Files.createTempFile("secrets-it", ".log");
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        String output = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "the gateway kept running with placeholder secrets:\n" + output);
        assertNotEquals(0, process.exitValue(), output);
        assertTrue(output.contains("placeholder") && output.contains("corroborate.internal-token")
                && output.contains("corroborate.api-keys"), output);
    }
}
