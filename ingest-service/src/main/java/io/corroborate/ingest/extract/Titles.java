package io.corroborate.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Headlines: removes the " | Site" style suffix (or "Site | " prefix) that {@code <title>} carries beyond the
 * headline, and finds the headline a plain text starts with.
 */
public final class Titles {

    private static final List<String> STRONG_SEPARATORS = List.of(" | ", " :: ", " \u00B7 ", " \u2022 ", " \u00BB ");
    private static final List<String> DASHES = List.of(" - ", " \u2013 ", " \u2014 ");
    private static final List<String> ALL_SEPARATORS =
            Stream.concat(STRONG_SEPARATORS.stream(), DASHES.stream()).toList();
    private static final int MAX_SUFFIX_WORDS = 5;

    private Titles() {
    }

    /**
     * The headline a plain text starts with, if it starts with one: a first line of 3–25 words, at most 200
     * characters, not ending like a sentence or a lead-in (".", ":", ";", ","), followed by more text. Scraped
     * and pasted articles usually begin so; a text that starts with its first sentence has no headline.
     */
    public static Optional<String> leadingHeadline(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        if (end < 0) {
            return Optional.empty();
        }
        String line = stripped.substring(0, end).strip();
        int words = line.isEmpty() ? 0 : line.split("\\s+").length;
        char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
        boolean headline = words >= 3 && words <= 25 && line.length() <= 200 && ".:;,".indexOf(last) < 0
                && !stripped.substring(end).isBlank();
        return headline ? Optional.of(line) : Optional.empty();
    }

    static String stripSiteSuffix(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String bySite = siteName == null ? null : withoutSite(title, siteName);
        if (bySite != null) {
            return bySite;
        }
        String stripped = withoutShortTail(title, STRONG_SEPARATORS, MAX_SUFFIX_WORDS);
        return stripped != null ? stripped : firstNonNull(withoutShortTail(title, DASHES, 3), title);
    }

    private static String withoutSite(String title, String siteName) {
        String site = Texts.fold(siteName);
        for (String sep : ALL_SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && Texts.fold(title.substring(at + sep.length())).equals(site)) {
                return title.substring(0, at).trim();
            }
            int first = title.indexOf(sep);
            if (first > 0 && Texts.fold(title.substring(0, first)).equals(site)) {
                return title.substring(first + sep.length()).trim();
            }
        }
        return null;
    }

    /** Cuts after the last separator when what follows is short and the headline left behind is not. */
    private static String withoutShortTail(String title, List<String> separators, int maxTailWords) {
        for (String sep : separators) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && Texts.wordCount(title.substring(at)) <= maxTailWords
                    && Texts.wordCount(title.substring(0, at)) >= 3) {
                return title.substring(0, at).trim();
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
