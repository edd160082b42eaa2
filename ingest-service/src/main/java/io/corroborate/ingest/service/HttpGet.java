package io.corroborate.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.Security;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.FetchConfig;

/**
 * GETs a URL from the open web within one time budget for the whole request (every hop, headers and body), with a
 * size cap and a redirect limit, refusing private, loopback, link-local and reserved addresses at every hop after DNS
 * resolution (unless the host is explicitly allowed).
 *
 * <p>The address checked is the address connected to: the check resolves the host through the JVM's name cache,
 * and the HTTP client resolves it again through the same cache moments later. The cache keeps a positive answer for
 * {@code networkaddress.cache.ttl} seconds; this class makes sure that is set (to {@value #DNS_TTL_SECONDS} s when
 * unset or 0), so a host cannot answer the check with a public address and the connection with a private one (DNS
 * rebinding).
 */
@ApplicationScoped
public class HttpGet {

    /** What a GET answered: status, headers, at most the size cap of body, and where redirects ended. */
    public record Answer(int status, HttpHeaders headers, byte[] body, URI finalUri) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        }
    }

    /** How long a checked DNS answer is kept, and so reused by the connection. */
    static final int DNS_TTL_SECONDS = 30;
    /** Closes the body of a fetch that outlives its budget, which ends a read blocked on a slow server. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fetch-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    static {
        String ttl = Security.getProperty("networkaddress.cache.ttl");
        if (ttl == null || ttl.strip().equals("0")) {
            Security.setProperty("networkaddress.cache.ttl", String.valueOf(DNS_TTL_SECONDS));
        }
    }

    private final FetchConfig config;
    private final HttpClient http;

    public HttpGet(FetchConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer get(String url, Map<String, String> headers) {
        URI uri = checked(url);
        Instant deadline = Instant.now().plus(config.timeout());
        try {
            for (int hop = 0; hop <= config.maxRedirects(); hop++) {
                HttpResponse<InputStream> response = http.send(request(uri, headers, remaining(deadline)),
                        HttpResponse.BodyHandlers.ofInputStream());
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() >= 300 && response.statusCode() < 400 && location != null) {
                    response.body().close();
                    uri = checked(uri.resolve(location).toString());
                    continue;
                }
                return new Answer(response.statusCode(), response.headers(),
                        readCapped(response.body(), deadline), uri);
            }
            throw failed("More than " + config.maxRedirects() + " redirects");
        } catch (HttpTimeoutException e) {
            throw failed("The fetch did not finish within " + config.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw failed("The URL could not be fetched (" + e.getClass().getSimpleName().replace("Exception", "")
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("Fetching was interrupted");
        }
    }

    /** Checks a URL the way {@link #get} will, without fetching it. */
    public URI checked(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ProblemException.badRequest("url must be an absolute http or https URL");
        }
        boolean allowed = config.allowPrivateAddresses()
                || config.allowedHosts().map(h -> h.contains(uri.getHost())).orElse(false);
        if (!allowed) {
            refusePrivate(uri.getHost());
        }
        return uri;
    }

    /** What is left of the budget; a spent budget is a timeout. */
    private Duration remaining(Instant deadline) throws HttpTimeoutException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new HttpTimeoutException("budget spent");
        }
        return left;
    }

    private HttpRequest request(URI uri, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", config.userAgent()).GET();
        headers.forEach(request::header);
        return request.build();
    }

    /**
     * Reads at most the size cap of the body before the deadline: a server that sends slowly has its body closed when
     * the budget is spent, which ends the blocked read.
     */
    private byte[] readCapped(InputStream body, Instant deadline) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> stop = DEADLINES.schedule(() -> {
            expired.set(true);
            try {
                body.close();
            } catch (IOException e) {
                // closing is all we can do
            }
        }, remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        try (body) {
            byte[] bytes = body.readNBytes(config.maxBytes() + 1);
            if (expired.get()) {
                throw new HttpTimeoutException("budget spent while reading the body");
            }
            if (bytes.length > config.maxBytes()) {
                throw ProblemException.tooLarge("The resource is larger than " + config.maxBytes() + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw expired.get() ? new HttpTimeoutException("budget spent while reading the body") : e;
        } finally {
            stop.cancel(false);
        }
    }

    private void refusePrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!AddressPolicy.isPublic(address)) {
                    throw ProblemException.unprocessable("forbidden-address", "Address not allowed",
                            "The URL's host resolves to a private, loopback, link-local or reserved address");
                }
            }
        } catch (UnknownHostException e) {
            throw failed("The URL's host cannot be resolved");
        }
    }

    static ProblemException failed(String detail) {
        return ProblemException.unprocessable("fetch-failed", "The URL could not be fetched", detail);
    }
}
