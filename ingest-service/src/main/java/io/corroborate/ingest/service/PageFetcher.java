package io.corroborate.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.FetchConfig;

/**
 * Fetches a submitted URL with timeouts, a size cap, a redirect limit and charset detection, refusing private and
 * metadata addresses at every hop (after DNS resolution) unless configured otherwise.
 */
@ApplicationScoped
public class PageFetcher {

    private final FetchConfig config;
    private final HttpClient http;

    public PageFetcher(FetchConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public FetchedPage fetch(String url) {
        URI uri = checked(url);
        try {
            for (int hop = 0; hop <= config.maxRedirects(); hop++) {
                HttpResponse<InputStream> response = http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                    response.body().close();
                    uri = checked(uri.resolve(response.headers().firstValue("Location").get()).toString());
                    continue;
                }
                return read(uri, response);
            }
            throw fetchProblem("More than " + config.maxRedirects() + " redirects");
        } catch (HttpTimeoutException e) {
            throw fetchProblem("The page did not answer within " + config.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw fetchProblem("The page could not be fetched: " + e.getClass().getSimpleName().replace("Exception", ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fetchProblem("Fetching was interrupted");
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(config.timeout()).header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8").GET().build();
    }

    private FetchedPage read(URI uri, HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw fetchProblem("The page answered HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
            if (!html && !type.startsWith("text/plain")) {
                throw ProblemException.unprocessable("unsupported-content", "Unsupported content",
                        "The URL serves " + type.split(";")[0].strip() + ", not an HTML page or plain text");
            }
            byte[] bytes = body.readNBytes(config.maxBytes() + 1);
            if (bytes.length > config.maxBytes()) {
                throw ProblemException.tooLarge("The page is larger than " + config.maxBytes() + " bytes");
            }
            return new FetchedPage(uri.toString(), Charsets.decode(bytes, type), html);
        }
    }

    private URI checked(String url) {
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
        if (!config.allowPrivateAddresses()) {
            refusePrivate(uri.getHost());
        }
        return uri;
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
            throw fetchProblem("The URL's host cannot be resolved");
        }
    }

    private static ProblemException fetchProblem(String detail) {
        return ProblemException.unprocessable("fetch-failed", "The URL could not be fetched", detail);
    }
}
