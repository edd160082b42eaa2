package io.corroborate.ingest.extract;

import java.util.List;
import java.util.Set;

/** Finds "Related Articles"-style headings and how far their teaser items run. */
final class TeaserZones {

    private static final Set<String> HEADINGS = Set.of("related", "related articles", "related stories",
            "related posts", "related news", "related content", "related coverage", "related reading",
            "related topics", "you may also like", "you might also like", "you may be interested in",
            "read more", "read next", "more stories", "more news", "more articles", "recommended",
            "recommended for you", "recommended stories", "recommended articles", "most read", "most popular",
            "most viewed", "trending", "trending now", "trending stories", "popular", "popular now",
            "popular stories", "don t miss", "top stories", "latest news", "latest stories", "more on this story",
            "further reading", "explore more", "up next", "editor s picks", "editors picks", "in other news",
            "around the web", "from our partners", "sponsored stories", "promoted stories", "what to read next");
    private static final List<String> HEADING_PREFIXES = List.of("more from ", "more in ", "more on ",
            "latest from ", "more stories from ", "other stories from ", "also on ", "explore more ");

    private TeaserZones() {
    }

    static boolean isHeading(String block) {
        if (block.length() > 60 || Texts.endsSentence(block)) {
            return false;
        }
        String folded = Texts.fold(block);
        return HEADINGS.contains(folded) || folded.length() < 50 && startsWithAny(folded);
    }

    /**
     * Index of the first block after the zone that starts at {@code heading}. Teaser items are short lines,
     * or longer snippets announced by a source/time line; a substantial paragraph that no such line
     * announced means the article body has resumed.
     */
    static int endOfZone(List<String> blocks, int heading) {
        boolean itemOpen = false;
        int i = heading + 1;
        for (; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (isItemMeta(block)) {
                itemOpen = true;
            } else if (Blocks.isSubstantial(block)) {
                if (!itemOpen) {
                    break;
                }
                itemOpen = false;
            }
        }
        return i;
    }

    private static boolean isItemMeta(String block) {
        boolean sourceDash = (block.startsWith("- ") || block.startsWith("\u2014 ") || block.startsWith("\u2013 "))
                && Texts.wordCount(block) <= 5;
        return sourceDash || DatePatterns.RELATIVE_TIME.matcher(block).matches()
                || DatePatterns.TICKER_PREFIX.matcher(block).find() || DatePatterns.READ_TIME.matcher(block).find()
                || block.length() < 60 && DatePatterns.DATE.matcher(block).find();
    }

    private static boolean startsWithAny(String folded) {
        for (String prefix : HEADING_PREFIXES) {
            if (folded.startsWith(prefix) && Texts.wordCount(folded) <= 7) {
                return true;
            }
        }
        return false;
    }
}
