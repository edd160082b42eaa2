package io.corroborate.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Polls health URLs until every one answers 200, or the deadline passes. */
final class Readiness {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration timeout;

    Readiness(Duration timeout) {
        this.timeout = timeout;
    }

    boolean awaitAll(List<String> urls) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (String url : urls) {
            if (!await(url, deadline)) {
                System.err.println("Not ready after " + timeout.toSeconds() + " s: " + url);
                return false;
            }
        }
        return true;
    }

    private boolean await(String url, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (isUp(url)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private boolean isUp(String url) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
