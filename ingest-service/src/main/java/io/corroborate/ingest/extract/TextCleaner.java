package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** Strips page furniture left in already-scraped article text, using general shape rules only. */
public final class TextCleaner {

    private static final int MAX_INPUT_CHARS = 2_000_000;
    private static final int MAX_LABEL_VALUE_CHARS = 400;

    public String clean(String rawText) {
        if (rawText == null || rawText.isBlank()) {
            return "";
        }
        String bounded = rawText.length() > MAX_INPUT_CHARS ? rawText.substring(0, MAX_INPUT_CHARS) : rawText;
        List<String> blocks = dropFurniture(Blocks.split(bounded));
        blocks = trimHeaderLabels(blocks);
        blocks = trimTail(blocks);
        return String.join("\n\n", dropRepeats(blocks));
    }

    private static List<String> dropFurniture(List<String> blocks) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (TeaserZones.isHeading(block)) {
                i = TeaserZones.endOfZone(blocks, i) - 1;
            } else if (LineRules.isMetaLabel(block)) {
                i += valueFollows(blocks, i) ? 1 : 0;
            } else if (!LineRules.isFurniture(block) && !isMenuRun(blocks, i)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean valueFollows(List<String> blocks, int label) {
        return label + 1 < blocks.size() && blocks.get(label + 1).length() <= MAX_LABEL_VALUE_CHARS
                && !TeaserZones.isHeading(blocks.get(label + 1));
    }

    /** Three or more one-to-three-word lines in a row are a menu or share bar, not prose. */
    private static boolean isMenuRun(List<String> blocks, int index) {
        if (!isMenuEntry(blocks.get(index))) {
            return false;
        }
        int start = index;
        while (start > 0 && isMenuEntry(blocks.get(start - 1))) {
            start--;
        }
        int end = index;
        while (end < blocks.size() && isMenuEntry(blocks.get(end))) {
            end++;
        }
        return end - start >= 3;
    }

    private static boolean isMenuEntry(String block) {
        char first = block.charAt(0);
        boolean listItem = !Character.isLetter(first);
        return !listItem && Blocks.isLabel(block, 3) && !block.endsWith(":");
    }

    /** Before the first real paragraph only the headline and full-length decks belong to the article. */
    private static List<String> trimHeaderLabels(List<String> blocks) {
        int firstBody = firstSubstantial(blocks);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (i == 0 || i >= firstBody || !Blocks.isLabel(blocks.get(i), 3)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** After the last real paragraph, keep only finished sentences; the rest is widgets and teasers. */
    private static List<String> trimTail(List<String> blocks) {
        int lastBody = blocks.size() - 1;
        while (lastBody >= 0 && !Blocks.isSubstantial(blocks.get(lastBody))) {
            lastBody--;
        }
        if (lastBody < 0) {
            return blocks;
        }
        List<String> kept = new ArrayList<>(blocks.subList(0, lastBody + 1));
        for (String block : blocks.subList(lastBody + 1, blocks.size())) {
            if (Texts.endsSentence(block) && Texts.wordCount(block) >= 3) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static List<String> dropRepeats(List<String> blocks) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            if (kept.isEmpty() || !Texts.fold(kept.get(kept.size() - 1)).equals(Texts.fold(block))) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static int firstSubstantial(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (Blocks.isSubstantial(blocks.get(i))) {
                return i;
            }
        }
        return blocks.size();
    }
}
