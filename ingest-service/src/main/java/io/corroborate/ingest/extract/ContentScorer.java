package io.corroborate.ingest.extract;

import java.util.List;

import java.util.ArrayList;
import java.util.Comparator;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Readability-style scoring: paragraphs vote for their parent and grandparent; the best-voted container wins. */
final class ContentScorer {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li",
            "blockquote", "pre", "table", "tr", "td", "h2", "h3", "h4", "h5", "h6", "dl", "dd", "dt", "form",
            "figure", "header", "footer", "aside", "nav", "hr", "address", "tbody", "thead", "tfoot", "th", "caption");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|meta|footer|footnote|foot|sidebar|widget|promo|related|share|sponsor", Pattern.CASE_INSENSITIVE);
    private static final int[] DIVIDERS = {1, 2, 6};
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** Scores every container under {@code body}; null when no paragraph of any length was found. */
    static ContentScorer score(Element body) {
        ContentScorer scorer = new ContentScorer(TextStats.of(body));
        for (Element el : body.getAllElements()) {
            if (isParagraph(el)) {
                scorer.vote(el);
            }
        }
        return scorer;
    }

    static boolean isParagraph(Element el) {
        if (PARAGRAPH_TAGS.contains(el.normalName())) {
            return true;
        }
        return (el.normalName().equals("div") || el.normalName().equals("section")) && !hasBlockChild(el)
                && !el.ownText().isBlank();
    }

    static boolean hasBlockChild(Element el) {
        for (Element child : el.children()) {
            if (isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block-level element. Custom elements ({@code <amp-live-list>}, {@code <story-body>}) have no display of
     * their own in the HTML spec; one that wraps block children is laid out as a block, so it is treated as one
     * instead of gluing everything inside it into a single paragraph.
     */
    static boolean isBlock(Element el) {
        String tag = el.normalName();
        if (BLOCK_TAGS.contains(tag)) {
            return true;
        }
        if (tag.indexOf('-') > 0) {
            for (Element child : el.children()) {
                if (BLOCK_TAGS.contains(child.normalName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void vote(Element paragraph) {
        String text = paragraph.text();
        if (text.length() < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
        Element ancestor = paragraph.parent();
        for (int level = 0; level < DIVIDERS.length && ancestor != null; level++) {
            scores.computeIfAbsent(ancestor, ContentScorer::initial);
            scores.merge(ancestor, points / DIVIDERS[level], Double::sum);
            ancestor = ancestor.parent();
        }
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c == ',' || c == '\uFF0C' || c == '\u060C' ? 1 : 0;
        }
        return n;
    }

    private static double initial(Element el) {
        double base = switch (el.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "th", "h2", "h3", "h4", "h5", "h6" -> -5;
            default -> 0;
        };
        // Semantic markup is the page author's own claim to be the article; weigh it like a telling class name.
        boolean semantic = el.normalName().equals("article") || "articleBody".equalsIgnoreCase(el.attr("itemprop"));
        String names = el.className() + " " + el.id();
        return base + (semantic ? 25 : 0) + (POSITIVE.matcher(names).find() ? 25 : 0) - (NEGATIVE.matcher(names).find() ? 25 : 0);
    }

    /** The final score of a container: its votes discounted by how much of its text is link text. */
    double finalScore(Element el) {
        Double raw = scores.get(el);
        return raw == null ? 0 : raw * (1 - stats.linkDensity(el));
    }

    TextStats stats() {
        return stats;
    }

    /** The scored containers, best first. */
    List<Element> ranked() {
        List<Element> all = new ArrayList<>(scores.keySet());
        all.sort(Comparator.comparingDouble(this::finalScore).reversed());
        return all;
    }

    Element best() {
        Element best = null;
        double bestScore = 0;
        for (Element candidate : scores.keySet()) {
            double s = finalScore(candidate);
            if (s > bestScore) {
                best = candidate;
                bestScore = s;
            }
        }
        return best;
    }
}
