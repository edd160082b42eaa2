package io.corroborate.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.FetchConfig;

/**
 * The guarantees of a fetch that no single request shows: the address checked is the one connected to, every hop of
 * a redirect is checked, and the hops are bounded. A local server stands for the open web; "localhost" is the one
 * host allowed, so that a redirect from it to a private address it does not name must be refused.
 */
class HttpGetTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            byte[] body = "<html><body><p>Hello.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/to-private", exchange -> {
            exchange.getResponseHeaders().add("Location",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/page");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theAddressCheckedIsTheAddressConnectedTo() {
        new HttpGet(config(List.of("localhost")));
        // java.net.http resolves the host again when it connects; with positive answers cached, it gets the answer
        // the check saw, so a name cannot resolve to a public address for the check and a private one for the fetch.
        int ttl = Integer.parseInt(Security.getProperty("networkaddress.cache.ttl").strip());
        assertTrue(ttl > 0 || ttl == -1, "positive DNS answers must be cached, got " + ttl);
    }

    @Test
    void anAllowedHostIsFetched() {
        HttpGet.Answer answer = new HttpGet(config(List.of("localhost"))).get(base + "/page", Map.of());
        assertEquals(200, answer.status());
        assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("Hello."));
    }

    @Test
    void everyHopOfARedirectIsChecked() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> new HttpGet(config(List.of("localhost"))).get(base + "/to-private", Map.of()));
        assertEquals(422, refused.problem().status());
        assertTrue(refused.problem().detail().contains("private"), refused.problem().detail());
    }

    @Test
    void privateAddressesAreRefusedBeforeAnyRequest() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> new HttpGet(config(List.of())).get(base + "/page", Map.of()));
        assertEquals(422, refused.problem().status());
        assertTrue(refused.problem().type().endsWith("forbidden-address"), refused.problem().type());
    }

    @Test
    void redirectsAreBounded() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> new HttpGet(config(List.of("localhost"))).get(base + "/loop", Map.of()));
        assertEquals(422, refused.problem().status());
        assertTrue(refused.problem().detail().contains("redirects"), refused.problem().detail());
    }

    private static FetchConfig config(List<String> allowedHosts) {
        return new FetchConfig() {
            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public int maxBytes() {
                return 1_000_000;
            }

            @Override
            public int maxRedirects() {
                return 3;
            }

            @Override
            public boolean allowPrivateAddresses() {
                return false;
            }

            @Override
            public Optional<List<String>> allowedHosts() {
                return Optional.of(allowedHosts);
            }

            @Override
            public String userAgent() {
                return "corroborate-test";
            }
        };
    }
}
