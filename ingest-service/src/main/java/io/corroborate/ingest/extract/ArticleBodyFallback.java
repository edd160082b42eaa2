package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Completes a truncated page from its JSON-LD {@code articleBody}. Metered and client-rendered pages often
 * ship only the first paragraphs (or none) in the markup but the whole text in structured data; when that
 * text holds clearly more words than the markup gave, its missing paragraphs are appended.
 */
final class ArticleBodyFallback {

    private static final int MIN_MISSING_WORDS = 80;
    private static final double MIN_MISSING_SHARE = 0.5;
    private static final int PREFIX_CHARS = 60;

    private ArticleBodyFallback() {
    }

    static List<String> complete(List<String> fromMarkup, String articleBody, String title) {
        if (articleBody == null) {
            return fromMarkup;
        }
        String seen = Texts.fold(String.join(" ", fromMarkup));
        List<String> missing = new ArrayList<>();
        int missingWords = 0;
        for (String paragraph : paragraphs(articleBody, title)) {
            if (!isPresent(seen, Texts.fold(paragraph))) {
                missing.add(paragraph);
                missingWords += Texts.wordCount(paragraph);
            }
        }
        if (missingWords < MIN_MISSING_WORDS || missingWords < MIN_MISSING_SHARE * Texts.wordCount(seen)) {
            return fromMarkup;
        }
        List<String> out = new ArrayList<>(fromMarkup);
        out.addAll(missing);
        return out;
    }

    /** Present when the markup text holds the paragraph, or its opening words if it was edited on the way. */
    private static boolean isPresent(String seen, String folded) {
        return seen.contains(folded) || folded.length() > PREFIX_CHARS && seen.contains(folded.substring(0, PREFIX_CHARS));
    }

    /** Plain text split at line breaks, or HTML (some sites put markup in articleBody) split at its blocks. */
    private static List<String> paragraphs(String articleBody, String title) {
        List<BlockText.Paragraph> blocks = new ArrayList<>();
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') > 0) {
            blocks.addAll(BlockCollector.collect(List.of(Jsoup.parseBodyFragment(articleBody).body())));
        } else {
            for (String line : articleBody.split("\\R")) {
                String text = Texts.collapse(line);
                if (!text.isEmpty()) {
                    blocks.add(new BlockText.Paragraph(text, "p", 0));
                }
            }
        }
        return BlockFilter.keep(blocks, title);
    }
}
