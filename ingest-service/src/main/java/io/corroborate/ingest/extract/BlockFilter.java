package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Drops the blocks of the chosen container that are still furniture: link lists, teasers, headline repeats. */
final class BlockFilter {

    private static final double LINK_HEAVY = 0.5;
    private static final double LINKS_ONLY = 0.8;
    private static final int SHORT_BLOCK = 200;
    private static final int MIN_UNLINKED_CHARS = 50;
    private static final double APPEAL_LINKS = 0.25;
    private static final Pattern ADDRESSES_READER = Pattern.compile("\\byour?\\b", Pattern.CASE_INSENSITIVE);

    private BlockFilter() {
    }

    static List<String> keep(List<BlockText.Paragraph> blocks, String title) {
        String headline = title == null ? "" : Texts.fold(title);
        Set<String> seen = new HashSet<>();
        List<BlockText.Paragraph> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockText.Paragraph block = blocks.get(i);
            String folded = Texts.fold(block.text());
            if (TeaserZones.isHeading(block.text())) {
                i = endOfTeasers(blocks, i) - 1;
            } else if (!folded.isEmpty() && !folded.equals(headline) && seen.add(folded) && !isFurniture(block)) {
                kept.add(block);
            }
        }
        return withoutDanglingHeadings(withoutTrailingNotes(kept));
    }

    /**
     * Where the article ends, pages append appeals to the reader with a link (to donate, subscribe, follow, read
     * more of the author): a block that says "you" and links somewhere. Such blocks are dropped from the end
     * backwards; the first ordinary paragraph stops the trim, so the same shapes inside the story stay.
     */
    private static List<BlockText.Paragraph> withoutTrailingNotes(List<BlockText.Paragraph> blocks) {
        int end = blocks.size();
        while (end > 1 && isTrailingNote(blocks.get(end - 1))) {
            end--;
        }
        return end == blocks.size() ? blocks : blocks.subList(0, end);
    }

    private static boolean isTrailingNote(BlockText.Paragraph block) {
        if (!block.tag().equals("p")) {
            return false;
        }
        String text = block.text();
        boolean quoted = "\"\u201C\u00AB".indexOf(text.charAt(0)) >= 0;
        return block.linkDensity() >= APPEAL_LINKS && !quoted && ADDRESSES_READER.matcher(text).find();
    }

    private static boolean isFurniture(BlockText.Paragraph block) {
        boolean linkHeavy = block.linkDensity() > LINK_HEAVY && block.text().length() < SHORT_BLOCK
                && !isLinkedSentence(block);
        return linkHeavy || block.linkDensity() >= LINKS_ONLY || LineRules.isFurniture(block.text());
    }

    /**
     * A finished sentence whose own words (outside its links) still make a clause, as when a reporter links two
     * phrases of one sentence to earlier stories; a teaser or link list has at most a label outside its links.
     */
    private static boolean isLinkedSentence(BlockText.Paragraph block) {
        String text = block.text();
        return block.tag().equals("p") && block.linkDensity() < LINKS_ONLY && Texts.endsSentence(text)
                && text.length() * (1 - block.linkDensity()) >= MIN_UNLINKED_CHARS;
    }

    /** After a "Related" heading, skip list items and short lines until prose resumes. */
    private static int endOfTeasers(List<BlockText.Paragraph> blocks, int heading) {
        int i = heading + 1;
        while (i < blocks.size() && !isProse(blocks.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean isProse(BlockText.Paragraph block) {
        return block.tag().equals("p") && Blocks.isSubstantial(block.text()) && block.linkDensity() < LINK_HEAVY;
    }

    /** A subhead must introduce something: drop headings followed by another heading or by nothing. */
    private static List<String> withoutDanglingHeadings(List<BlockText.Paragraph> blocks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            boolean heading = blocks.get(i).tag().startsWith("h");
            boolean followed = i + 1 < blocks.size() && !blocks.get(i + 1).tag().startsWith("h");
            if (!heading || followed) {
                out.add(blocks.get(i).text());
            }
        }
        return out;
    }
}
