package io.corroborate.ingest.service;

/** A page fetched from the web: its decoded body, where the redirects ended, and whether it is HTML. */
public record FetchedPage(String finalUrl, String body, boolean isHtml) {
}
