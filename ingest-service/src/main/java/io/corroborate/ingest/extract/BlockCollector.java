package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks the chosen containers in document order and emits their paragraph-level blocks. */
final class BlockCollector {

    private static final Set<String> LEAF_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "td", "th", "div", "section", "article", "main", "form", "address");
    private static final Set<String> OWN_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");
    private static final int MAX_DEPTH = 256;

    private final List<BlockText.Paragraph> out = new ArrayList<>();

    private BlockCollector() {
    }

    static List<BlockText.Paragraph> collect(List<Element> roots) {
        BlockCollector collector = new BlockCollector();
        for (Element root : roots) {
            collector.visit(root, 0);
        }
        return collector.out;
    }

    private void visit(Element el, int depth) {
        boolean leaf = !ContentScorer.hasBlockChild(el) && LEAF_TAGS.contains(el.normalName());
        if (leaf || depth > MAX_DEPTH) {
            out.addAll(BlockText.of(List.of(el), tagOf(el)));
            return;
        }
        // Inline text between block children (e.g. "<div>Intro<p>..</p></div>") is a paragraph of its own.
        List<Node> inlineRun = new ArrayList<>();
        for (Node child : el.childNodes()) {
            if (child instanceof Element block && ContentScorer.isBlock(block)) {
                flush(inlineRun);
                visit(block, depth + 1);
            } else if (child instanceof Element || child instanceof TextNode) {
                inlineRun.add(child);
            }
        }
        flush(inlineRun);
    }

    private void flush(List<Node> inlineRun) {
        if (!inlineRun.isEmpty()) {
            out.addAll(BlockText.of(List.copyOf(inlineRun), "p"));
            inlineRun.clear();
        }
    }

    private static String tagOf(Element el) {
        String tag = el.normalName();
        return OWN_TAGS.contains(tag) ? tag : "p";
    }
}
