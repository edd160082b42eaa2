package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of a run of inline nodes, split into paragraphs at double {@code <br>}, with its share of link text. */
final class BlockText implements NodeVisitor {

    private final StringBuilder text = new StringBuilder();
    private int linkDepth;
    private int linkedChars;

    /** One paragraph of emitted text with the fraction of it that was link text. */
    record Paragraph(String text, String tag, double linkDensity) {
    }

    static List<Paragraph> of(List<Node> nodes, String tag) {
        BlockText collector = new BlockText();
        for (Node node : nodes) {
            NodeTraversor.traverse(collector, node);
        }
        return collector.paragraphs(tag);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            String chunk = textNode.getWholeText();
            text.append(chunk);
            linkedChars += linkDepth > 0 ? Texts.collapse(chunk).length() : 0;
        } else if (node instanceof Element el && el.normalName().equals("br")) {
            text.append('\u0000');
        } else if (node instanceof Element el && el.normalName().equals("a")) {
            linkDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el && el.normalName().equals("a")) {
            linkDepth--;
        }
    }

    private List<Paragraph> paragraphs(String tag) {
        String whole = text.toString();
        String all = Texts.collapse(whole.replace('\u0000', ' '));
        double density = all.isEmpty() ? 0 : Math.min(1.0, (double) linkedChars / all.length());
        if (whole.indexOf('\u0000') < 0) { // no line break: one paragraph, already collapsed
            return all.isEmpty() ? List.of() : List.of(new Paragraph(all, tag, density));
        }
        List<Paragraph> out = new ArrayList<>();
        // Two line breaks in a row separate paragraphs in pages that use <br><br> instead of <p>.
        for (String part : whole.split("\u0000\\s*\u0000")) {
            String collapsed = Texts.collapse(part.replace('\u0000', ' '));
            if (!collapsed.isEmpty()) {
                out.add(new Paragraph(collapsed, tag, density));
            }
        }
        return out;
    }
}
