package io.corroborate.ingest.dedupe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reduces a URL to the key two submissions of the same page share (case, default port, tracking, fragment). */
public final class UrlKeys {

    private UrlKeys() {
    }

    /** The key, or empty for anything that is not an absolute http(s) URL. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") + port(uri)
                    + path(uri) + query(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String port(URI uri) {
        int port = uri.getPort();
        return port < 0 || port == 80 || port == 443 ? "" : ":" + port;
    }

    private static String path(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String query(URI uri) {
        if (uri.getRawQuery() == null) {
            return "";
        }
        String kept = Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }

    private static boolean isTracking(String param) {
        return param.startsWith("utm_") || param.startsWith("fbclid=") || param.startsWith("gclid=")
                || param.startsWith("mc_cid=") || param.startsWith("mc_eid=") || param.startsWith("ref=")
                || param.startsWith("cmpid=");
    }
}
