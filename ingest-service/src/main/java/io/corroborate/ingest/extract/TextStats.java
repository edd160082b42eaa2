package io.corroborate.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element, gathered in one pass so that scoring deeply nested pages stays
 * linear instead of re-reading each subtree once per ancestor.
 */
final class TextStats implements NodeVisitor {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    private int linkDepth;

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats, root);
        return stats;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element el) {
            lengths.put(el, new int[2]);
            linkDepth += el.normalName().equals("a") ? 1 : 0;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof TextNode text) {
            addTo(text.parent(), text.text().trim().length(), linkDepth > 0);
        } else if (node instanceof Element el) {
            linkDepth -= el.normalName().equals("a") ? 1 : 0;
            int[] own = lengths.get(el);
            addTo(el.parent(), own[0], false);
            addLinked(el.parent(), own[1]);
        }
    }

    private void addTo(Node parent, int chars, boolean linked) {
        int[] counts = parent instanceof Element el ? lengths.get(el) : null;
        if (counts != null) {
            counts[0] += chars;
            counts[1] += linked ? chars : 0;
        }
    }

    private void addLinked(Node parent, int chars) {
        int[] counts = parent instanceof Element el ? lengths.get(el) : null;
        if (counts != null) {
            counts[1] += chars;
        }
    }

    int textLength(Element el) {
        int[] counts = lengths.get(el);
        return counts == null ? el.text().length() : counts[0];
    }

    double linkDensity(Element el) {
        int[] counts = lengths.get(el);
        return counts == null || counts[0] == 0 ? 0 : Math.min(1.0, (double) counts[1] / counts[0]);
    }
}
