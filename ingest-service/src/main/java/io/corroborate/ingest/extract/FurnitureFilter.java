package io.corroborate.ingest.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/** Removes non-article elements in place: scripts, chrome, hidden copies and furniture named by class, id or role. */
final class FurnitureFilter implements NodeFilter {

    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "input", "button", "select", "textarea", "label", "option", "optgroup",
            "datalist", "fieldset", "nav", "header", "footer", "aside", "menu", "dialog", "figure", "figcaption",
            "picture", "img", "video", "audio", "map", "link", "meta", "base", "head", "h1");
    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "main", "form");
    private static final double PAGE_SHARE_PROTECTED = 0.6;

    private final int maxNodes;
    private final int pageTextLength;
    private int visited;

    private FurnitureFilter(int maxNodes, int pageTextLength) {
        this.maxNodes = maxNodes;
        this.pageTextLength = pageTextLength;
    }

    /** Filters the body of the page; nodes beyond {@code maxNodes} are dropped so later passes stay bounded. */
    static void apply(Element body, int maxNodes) {
        body.filter(new FurnitureFilter(maxNodes, body.text().length()));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (++visited > maxNodes) {
            return FilterResult.REMOVE;
        }
        if (!(node instanceof Element el) || depth == 0) {
            return FilterResult.CONTINUE;
        }
        return isFurniture(el) ? FilterResult.REMOVE : FilterResult.CONTINUE;
    }

    private boolean isFurniture(Element el) {
        String tag = el.normalName();
        if (TAGS.contains(tag) || isHidden(el)) {
            return true;
        }
        if (PROTECTED_TAGS.contains(tag) || "articleBody".equalsIgnoreCase(el.attr("itemprop"))) {
            return false;
        }
        boolean named = FurnitureNames.isFurnitureRole(el.attr("role"))
                || FurnitureNames.isFurniture(el.className() + " " + el.id());
        return named && !holdsThePage(el);
    }

    // A wrapper such as <div id="page" class="has-sidebar"> must not take the article down with it.
    private boolean holdsThePage(Element el) {
        if (el.selectFirst("main, [itemprop=articleBody]") != null) {
            return true;
        }
        return pageTextLength > 500 && el.text().length() >= pageTextLength * PAGE_SHARE_PROTECTED;
    }

    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden").trim())) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
