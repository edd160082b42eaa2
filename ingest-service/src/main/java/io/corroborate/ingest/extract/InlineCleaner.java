package io.corroborate.ingest.extract;

import java.util.regex.Pattern;

/** Removes furniture that sits inside a line: image markdown, citation markers, widget error strings. */
final class InlineCleaner {

    private static final Pattern CITATION = Pattern.compile("\\s?\\[(?:\\d{1,3}(?:\\s{0,2}[,\u2013-]\\s{0,2}\\d{1,3}){0,10}"
            + "|citation needed|clarification needed|better source needed|according to whom\\?|by whom\\?|when\\?"
            + "|who\\?|dubious|discuss|note \\d{1,3}|[a-z])\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDGET_ERROR = Pattern.compile(
            "\\b(?:error in retrieving data|error loading data|failed to load data)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BRACKET_SCAN = 1000;

    private InlineCleaner() {
    }

    static String clean(String line) {
        String noImages = line.contains("](") ? stripMarkdownImagesAndLinks(line) : line;
        String noCitations = CITATION.matcher(noImages).replaceAll("");
        return Texts.collapse(WIDGET_ERROR.matcher(noCitations).replaceAll(" "));
    }

    /** Drops {@code ![alt](url)} entirely and keeps only the text of {@code [text](url)}; alt text may nest brackets. */
    static String stripMarkdownImagesAndLinks(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            boolean link = line.charAt(i) == '[';
            int close = link || line.startsWith("![", i) ? matching(line, link ? i : i + 1, '[', ']') : -1;
            int end = close < 0 || !line.startsWith("(", close + 1) ? -1 : matching(line, close + 1, '(', ')');
            if (end < 0) {
                out.append(line.charAt(i++));
                continue;
            }
            if (link) {
                out.append(stripMarkdownImagesAndLinks(line.substring(i + 1, close)));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static int matching(String s, int openAt, char open, char close) {
        int depth = 0;
        int limit = Math.min(s.length(), openAt + MAX_BRACKET_SCAN);
        for (int i = openAt; i < limit; i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
