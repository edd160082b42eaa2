package io.corroborate.ingest.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.commons.ProblemException;

/** Fetches a submitted article URL: an HTML page or plain text, decoded with the right charset. */
@ApplicationScoped
public class PageFetcher {

    private static final Map<String, String> ACCEPT = Map.of("Accept",
            "text/html,application/xhtml+xml,text/plain;q=0.8");

    private final HttpGet http;

    public PageFetcher(HttpGet http) {
        this.http = http;
    }

    public FetchedPage fetch(String url) {
        HttpGet.Answer answer = http.get(url, ACCEPT);
        if (answer.status() != 200) {
            throw HttpGet.failed("The page answered HTTP " + answer.status());
        }
        String type = answer.contentType().isEmpty() ? "text/html" : answer.contentType();
        boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
        if (!html && !type.startsWith("text/plain")) {
            throw ProblemException.unprocessable("unsupported-content", "Unsupported content",
                    "The URL serves " + type.split(";")[0].strip() + ", not an HTML page or plain text");
        }
        return new FetchedPage(answer.finalUri().toString(), Charsets.decode(answer.body(), type), html);
    }
}
