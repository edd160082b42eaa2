package io.corroborate.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** What sets a subtitle off a headline besides the separators of site names: a colon, a bracket. */
    private static final List<String> SUBTITLE_MARKS = List.of(": ", " [", " (");
    private static final Pattern LEADING_LABEL = Pattern.compile("(?i)(?:title|blog|headline)\\s*:\\s*(?=\\S)");

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

    /**
     * The title without the site's name before or after a separator: the name as {@code siteName} gives it, or a
     * segment whose letters the page's host holds ("Urge Fitness" on urgefitness.com, "Tarkett" on
     * home.tarkett.co.uk); else a short tail after a strong separator, or a very short one after a dash.
     */
    static String stripSiteSuffix(String raw, String siteName, String host) {
        if (raw == null) {
            return null;
        }
        String title = withoutLeadingLabel(raw);
        String bySite = siteName == null ? null : withoutSite(title, siteName);
        if (bySite != null) {
            return bySite;
        }
        String byHost = host == null ? null : withoutHostName(title, host);
        if (byHost != null) {
            return byHost;
        }
        String stripped = withoutShortTail(title, STRONG_SEPARATORS, MAX_SUFFIX_WORDS);
        return stripped != null ? stripped : firstNonNull(withoutShortTail(title, DASHES, 3), title);
    }

    /**
     * The title without a label or a date printed before it: "Title:AlignMerge - …" (a repository's page), "Blog: Best
     * agencies …", "Dec 18 2025 Preparing a transition" (a blog's date line run into its headline).
     */
    static String withoutLeadingLabel(String title) {
        Matcher label = LEADING_LABEL.matcher(title);
        String rest = label.lookingAt() ? title.substring(label.end()) : title;
        Matcher date = DatePatterns.DATE.matcher(rest);
        if (date.lookingAt() && date.end() < rest.length() && Character.isWhitespace(rest.charAt(date.end()))) {
            String after = rest.substring(date.end()).strip();
            rest = Texts.wordCount(after) >= 3 && Character.isUpperCase(after.charAt(0)) ? after : rest;
        }
        return rest.isBlank() ? title : rest;
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

    /** The host of a URL, lower-cased, or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether two titles name one headline: after folding case and punctuation, one holds the other, or most of the
     * shorter's words (three quarters) are in the longer ("8 Recent Trends in Photography", "Recent Trends in
     * Photography").
     */
    static boolean agree(String a, String b) {
        if (headlineAndSubtitle(a, b)) {
            return true;
        }
        String x = Texts.fold(a);
        String y = Texts.fold(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            // One held in the other: a headline with a few words more or less, not a site's name inside a title.
            return Math.min(x.length(), y.length()) >= 12
                    && Math.min(x.length(), y.length()) * 10 >= Math.max(x.length(), y.length()) * 6;
        }
        java.util.Set<String> shorter = new java.util.HashSet<>(List.of((x.length() <= y.length() ? x : y).split(" ")));
        java.util.Set<String> longer = new java.util.HashSet<>(List.of((x.length() <= y.length() ? y : x).split(" ")));
        long shared = shorter.stream().filter(longer::contains).count();
        return shorter.size() >= 3 && shared * 4 >= shorter.size() * 3;
    }

    /**
     * Whether one title is the other's opening words of two or more, the rest set off by a separator, a bracket or the
     * end of a question: a headline and its subtitle ("History of coffee" and "History of coffee | Origin, Spread,
     * …", "Digjitale Signal #18" and "Digjitale Signal #18 – The World Without Work?", "What is a Hot-Swappable
     * Keyboard?" and "What is a Hot-Swappable Keyboard? Your Ultimate Guide").
     */
    private static boolean headlineAndSubtitle(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() == longer.length() || Texts.wordCount(shorter) < 2
                || !longer.regionMatches(true, 0, shorter, 0, shorter.length())) {
            return false;
        }
        String rest = longer.substring(shorter.length());
        char last = shorter.charAt(shorter.length() - 1);
        return Stream.concat(ALL_SEPARATORS.stream(), SUBTITLE_MARKS.stream()).anyMatch(rest::startsWith)
                || (last == '?' || last == '!') && Character.isWhitespace(rest.charAt(0));
    }

    /** The title without a leading or trailing segment that names the host ("– Journey To College"). */
    private static String withoutHostName(String title, String host) {
        String letters = hostLetters(host);
        for (String sep : ALL_SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && namesHost(title.substring(at + sep.length()), letters)
                    && Texts.wordCount(title.substring(0, at)) >= 2) {
                return title.substring(0, at).trim();
            }
            int first = title.indexOf(sep);
            if (first > 0 && namesHost(title.substring(0, first), letters)
                    && Texts.wordCount(title.substring(first + sep.length())) >= 2) {
                return title.substring(first + sep.length()).trim();
            }
        }
        return null;
    }

    /** Whether a text is the site's own name: its {@code og:site_name}, or what its host spells ("Silicon Exposed"). */
    static boolean namesSite(String text, String siteName, String host) {
        return siteName != null && Texts.fold(text).equals(Texts.fold(siteName))
                || host != null && namesHost(text, hostLetters(host));
    }

    /** The letters and digits of a host name ("siliconexposedblogspotcom"), to find a site's name in. */
    private static String hostLetters(String host) {
        return host.replaceAll("[^a-z0-9]", "");
    }

    /** A short segment whose letters (a leading "the" aside) the host holds: the site's name. */
    private static boolean namesHost(String segment, String hostLetters) {
        if (Texts.wordCount(segment) > MAX_SUFFIX_WORDS) {
            return false;
        }
        String letters = segment.toLowerCase(java.util.Locale.ROOT).replaceFirst("^\\s*the\\s+", "")
                .replaceAll("[^a-z0-9]", "");
        return letters.length() >= 3 && hostLetters.contains(letters);
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
