package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Drops the blocks of the chosen container that are still furniture: link lists, teasers, headline repeats. */
final class BlockFilter {

    private static final double LINK_HEAVY = 0.5;
    private static final double LINKS_ONLY = 0.8;
    private static final int SHORT_BLOCK = 200;

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
        return withoutDanglingHeadings(kept);
    }

    private static boolean isFurniture(BlockText.Paragraph block) {
        boolean linkHeavy = block.linkDensity() > LINK_HEAVY && block.text().length() < SHORT_BLOCK;
        return linkHeavy || block.linkDensity() >= LINKS_ONLY || LineRules.isFurniture(block.text());
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
