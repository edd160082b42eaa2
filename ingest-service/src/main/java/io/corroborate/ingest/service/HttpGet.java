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
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.FetchConfig;

/**
 * GETs a URL from the open web with timeouts, a size cap and a redirect limit, refusing private, loopback,
 * link-local and reserved addresses at every hop after DNS resolution (unless the host is explicitly allowed).
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

    private final FetchConfig config;
    private final HttpClient http;

    public HttpGet(FetchConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer get(String url, Map<String, String> headers) {
        URI uri = checked(url);
        try {
            for (int hop = 0; hop <= config.maxRedirects(); hop++) {
                HttpResponse<InputStream> response = http.send(request(uri, headers),
                        HttpResponse.BodyHandlers.ofInputStream());
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() >= 300 && response.statusCode() < 400 && location != null) {
                    response.body().close();
                    uri = checked(uri.resolve(location).toString());
                    continue;
                }
                return new Answer(response.statusCode(), response.headers(), readCapped(response.body()), uri);
            }
            throw failed("More than " + config.maxRedirects() + " redirects");
        } catch (HttpTimeoutException e) {
            throw failed("The server did not answer within " + config.timeout().toSeconds() + " s");
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

    private HttpRequest request(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("User-Agent", config.userAgent()).GET();
        headers.forEach(request::header);
        return request.build();
    }

    private byte[] readCapped(InputStream body) throws IOException {
        try (body) {
            byte[] bytes = body.readNBytes(config.maxBytes() + 1);
            if (bytes.length > config.maxBytes()) {
                throw ProblemException.tooLarge("The resource is larger than " + config.maxBytes() + " bytes");
            }
            return bytes;
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
