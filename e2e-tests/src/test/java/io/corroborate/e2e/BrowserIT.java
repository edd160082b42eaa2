package io.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A person's view: the report page and Swagger UI in a real headless Chromium (Debian's, driven by playwright-core).
 * Skipped, with the reason, where Node, Chromium or the driver are not installed; .ci/run installs them.
 */
class BrowserIT {

    private static final Path BROWSER = Path.of(System.getProperty("corroborate.root", "..")).resolve("e2e-tests/browser");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @Test
    void reportAndSwaggerUiWorkInARealBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), "Chromium not installed at " + CHROMIUM);
        assumeTrue(Files.isDirectory(BROWSER.resolve("node_modules/playwright-core")),
                "playwright-core not installed: run npm ci in " + BROWSER);
        assumeTrue(commandWorks("node", "--version"), "Node.js not installed");

        Suite suite = Suite.shared();
        String first = SliceIT.submit(suite, article("Valley Courier", "The Marlow Bridge will reopen in "
                + "June after a $48.2 million repair, the county said on Tuesday. Crews replaced 14 steel spans."));
        String second = SliceIT.submit(suite, article("River Gazette", "Repairs to the Marlow Bridge cost "
                + "about $48 million, county officials said, and the bridge will reopen in June after crews "
                + "replaced 14 steel spans."));
        String story = SliceIT.awaitAnalyzed(suite, first).getString("storyId");
        SliceIT.awaitAnalyzed(suite, second);

        Path shots = BROWSER.resolve("screenshots");
        Files.createDirectories(shots);
        // The driver's output goes to a file, so that a hung browser cannot block the read: the wait is bounded.
        Path log = shots.resolve("check-pages.log");
        Process node = new ProcessBuilder("node", "check-pages.mjs", suite.gatewayUrl(), Suite.WRITER_KEY, story,
                shots.toString()).directory(BROWSER.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = node.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, () -> "the browser checks did not finish within 2 minutes:\n" + output);
        assertEquals(0, node.exitValue(), output);
    }

    private static String article(String source, String text) {
        return "{\"source\":\"" + source + "\",\"title\":\"Marlow Bridge to reopen\","
                + "\"publishedAt\":\"2026-05-12T09:00:00Z\",\"text\":\"" + text + "\"}";
    }

    private static boolean commandWorks(String... command) {
        try {
            return new ProcessBuilder(command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
