package io.corroborate.ingest.extract;

import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Walks the first elements of a page's body in document order, as a reader meets them: bylines, date stamps. */
final class TopOfPage {

    /** How many elements from the top of the page a stamp or byline is looked for in. */
    static final int SCAN = 1500;

    private TopOfPage() {
    }

    /** Visits at most {@link #SCAN} elements of the body in order, until {@code visit} answers true (done). */
    static void walk(Document doc, Predicate<Element> visit) {
        if (doc.body() == null) {
            return;
        }
        int[] seen = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return ++seen[0] > SCAN || visit.test(e) ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc.body());
    }
}
