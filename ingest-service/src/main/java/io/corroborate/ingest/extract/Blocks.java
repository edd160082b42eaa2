package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits scraped text into paragraph blocks and judges how much a block looks like article prose. */
final class Blocks {

    private Blocks() {
    }

    /** A finished sentence of some length, or a long run of prose: the kind of block an article body is made of. */
    static boolean isSubstantial(String block) {
        if (Texts.endsWithEllipsis(block)) {
            return false;
        }
        int words = Texts.wordCount(block);
        return Texts.endsSentence(block) && words >= 8 || block.length() >= 200 && words >= 30;
    }

    /** A short line with no closing punctuation: a heading, label, menu entry or teaser headline. */
    static boolean isLabel(String block, int maxWords) {
        return !Texts.endsSentence(block) && Texts.wordCount(block) <= maxWords;
    }

    /**
     * One block per line, except that a line that only continues a hard-wrapped sentence (previous line has
     * no closing punctuation, this one starts in lower case) is joined to it.
     */
    static List<String> split(String raw) {
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> blocks = new ArrayList<>();
        boolean previousBlank = true;
        for (String rawLine : unified.split("\n")) {
            String line = InlineCleaner.clean(rawLine);
            if (line.isEmpty()) {
                previousBlank = rawLine.isBlank();
                continue;
            }
            if (!previousBlank && !blocks.isEmpty() && continuesWrap(blocks.get(blocks.size() - 1), line)) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + line);
            } else {
                blocks.add(line);
            }
            previousBlank = false;
        }
        return blocks;
    }

    private static boolean continuesWrap(String previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(line.charAt(0)) && Character.isLetterOrDigit(last) || last == ',';
    }
}
