package io.corroborate.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** Chrome tags some site builders also wrap the article in: kept when they hold most of the page's prose. */
    private static final Set<String> MISUSED_TAGS = Set.of("header", "aside");
    private static final double PAGE_SHARE_PROTECTED = 0.6;
    private static final Pattern ONE_PIXEL_WIDE = Pattern.compile("(?<![-a-z])width:[01]px");
    private static final Pattern ONE_PIXEL_HIGH = Pattern.compile("(?<![-a-z])height:[01]px");
    private static final double PROSE_SHARE_PROTECTED = 0.5;
    private static final double HIDDEN_PROSE_SHARE = 0.8;
    private static final int MIN_PROTECTED_PROSE = 500;
    private static final int MIN_DATA_CELLS = 6;
    private static final int MAX_DATA_CELL_CHARS = 200;
    private static final double MAX_SENTENCE_CELL_SHARE = 0.25;

    private final int maxNodes;
    private final boolean byName;
    private final Element body;
    private final int pageTextLength;
    private int pageProse = -1;
    /** The paragraph prose inside elements named by each furniture word, once per paragraph ({@link #structural}). */
    private Map<String, Integer> proseByWord;
    /** Each class attribute read once per page: a page repeats a few hundred of them over thousands of elements. */
    private final Map<String, ClassWords> classWords = new HashMap<>();
    private int visited;

    private FurnitureFilter(int maxNodes, boolean byName, Element body) {
        this.maxNodes = maxNodes;
        this.byName = byName;
        this.body = body;
        this.pageTextLength = body.text().length();
    }

    /** Filters the body of the page; nodes beyond {@code maxNodes} are dropped so later passes stay bounded. */
    static void apply(Element body, int maxNodes) {
        body.filter(new FurnitureFilter(maxNodes, true, body));
    }

    /** Removes only what can never be article text (scripts, chrome tags, hidden nodes), ignoring class names. */
    static void applyTagsOnly(Element body, int maxNodes) {
        body.filter(new FurnitureFilter(maxNodes, false, body));
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
        if (MISUSED_TAGS.contains(tag) && !isHidden(el) && holdsThePage(el)) {
            return false; // <header class="section_blog-post-content">: site builders put the article there too
        }
        if (isHidden(el) && !TAGS.contains(tag) && holdsNearlyAllProse(el)) {
            return false; // streamed server rendering (<div hidden id="S:0">) moves the only copy in by script
        }
        if (TAGS.contains(tag) || isHidden(el) || tag.equals("table") && isDataTable(el)) {
            return true;
        }
        if (tag.equals("form") && isEntryForm(el)) {
            return !holdsTheArticle(el);
        }
        if (!byName || PROTECTED_TAGS.contains(tag) || "articleBody".equalsIgnoreCase(el.attr("itemprop"))) {
            return false;
        }
        // an id naming the content ("hs_cos_wrapper_post_body") outweighs a class word ("…_meta_field")
        boolean named = FurnitureNames.isFurnitureRole(el.attr("role")) || FurnitureNames.isFurniture(el.id())
                || furnitureClass(el) && !FurnitureNames.namesContent(el.id());
        return named && !holdsThePage(el);
    }

    /**
     * Whether a class of the element names furniture on this page. A word that a page builder puts on every block
     * ("widget" in "elementor-widget-wrap" around each section of the text) or a blog engine on the post itself
     * ("tag" in "tag-mba-rankings") names no furniture where the elements it names hold most of the page's
     * paragraph prose: on that page it is structure.
     */
    private boolean furnitureClass(Element el) {
        for (String word : furnitureWords(el, true)) {
            if (!structural(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The furniture words of an element's class names, once each; {@code states} counts the classes that say what
     * state the element is in rather than what it is ("has-gated-overlay" on the article's own body says it has an
     * overlay somewhere inside, not that the body is one).
     */
    private List<String> furnitureWords(Element el, boolean states) {
        String classes = el.className();
        if (classes.isEmpty()) {
            return List.of();
        }
        ClassWords words = classWords.computeIfAbsent(classes, c -> ClassWords.of(el.classNames()));
        return states ? words.all() : words.withoutStates();
    }

    /** The furniture words of one class attribute, with and without the classes that name a state. */
    private record ClassWords(List<String> all, List<String> withoutStates) {
        static ClassWords of(Set<String> names) {
            Set<String> all = new LinkedHashSet<>();
            Set<String> withoutStates = new LinkedHashSet<>();
            for (String name : names) {
                List<String> parts = FurnitureNames.furnitureParts(name);
                all.addAll(parts);
                if (!FurnitureNames.namesState(name)) {
                    withoutStates.addAll(parts);
                }
            }
            return new ClassWords(List.copyOf(all), List.copyOf(withoutStates));
        }
    }

    /**
     * Whether the elements a furniture word names hold most of the page's paragraph prose (at least
     * {@link #PROSE_SHARE_PROTECTED} of it and {@link #MIN_PROTECTED_PROSE} characters), counted once per paragraph.
     */
    private boolean structural(String word) {
        if (proseByWord == null) {
            // one pass: each paragraph's prose counts once for every furniture word named around it
            proseByWord = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (Element p : body.getElementsByTag("p")) {
                int prose = paragraphProse(p);
                seen.clear();
                for (Element up = p.parent(); up != null && prose > 0; up = up.parent()) {
                    for (String named : furnitureWords(up, false)) {
                        if (seen.add(named)) {
                            proseByWord.merge(named, prose, Integer::sum);
                        }
                    }
                }
            }
        }
        int prose = proseByWord.getOrDefault(word, 0);
        if (prose < MIN_PROTECTED_PROSE) {
            return false;
        }
        if (pageProse < 0) {
            pageProse = prose(body);
        }
        return prose >= pageProse * PROSE_SHARE_PROTECTED;
    }

    // A wrapper such as <div id="page" class="has-sidebar"> must not take the article down with it, nor may a
    // container named for a state ("has-gated-overlay") that holds most of the page's paragraph prose.
    private boolean holdsThePage(Element el) {
        if (el.selectFirst("main, [itemprop=articleBody]") != null) {
            return true;
        }
        if (pageTextLength > 500 && el.text().length() >= pageTextLength * PAGE_SHARE_PROTECTED) {
            return true;
        }
        int prose = prose(el);
        if (prose < MIN_PROTECTED_PROSE) {
            return false;
        }
        if (pageProse < 0) {
            pageProse = prose(body);
        }
        return prose >= pageProse * PROSE_SHARE_PROTECTED;
    }

    /**
     * Whether a hidden element holds nearly all the page's paragraph prose: then it is not a hidden copy beside the
     * article (those hold half at most) but the article itself, shown by script.
     */
    private boolean holdsNearlyAllProse(Element el) {
        int prose = prose(el);
        if (prose < MIN_PROTECTED_PROSE) {
            return false;
        }
        if (pageProse < 0) {
            pageProse = prose(body);
        }
        return prose >= pageProse * HIDDEN_PROSE_SHARE;
    }

    /** A form wrapping the article itself (or half the page's prose) rather than sitting beside it. */
    private boolean holdsTheArticle(Element form) {
        if (form.selectFirst("main, article, [itemprop=articleBody]") != null) {
            return true;
        }
        int prose = prose(form);
        if (prose == 0) {
            return false;
        }
        if (pageProse < 0) {
            pageProse = prose(body);
        }
        return prose >= pageProse * PROSE_SHARE_PROTECTED;
    }

    /** Characters of paragraph text that is not link text. */
    private static int prose(Element el) {
        int total = 0;
        for (Element p : el.getElementsByTag("p")) {
            total += paragraphProse(p);
        }
        return total;
    }

    private static int paragraphProse(Element p) {
        int linked = 0;
        for (Element a : p.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return Math.max(0, p.text().length() - linked);
    }

    /**
     * A grid of short cells (names, figures, labels), not a layout table holding prose: its text read as
     * paragraphs is a run of fragments, so it is left out of the article text as the benchmark extractors do.
     */
    static boolean isDataTable(Element table) {
        List<Element> cells = table.select("td, th");
        if (cells.size() < MIN_DATA_CELLS) {
            return false;
        }
        int sentences = 0;
        for (Element cell : cells) {
            String text = cell.text();
            if (text.length() > MAX_DATA_CELL_CHARS) {
                return false;
            }
            sentences += Texts.endsSentence(text) && Texts.wordCount(text) >= 6 ? 1 : 0;
        }
        return sentences < cells.size() * MAX_SENTENCE_CELL_SHARE;
    }

    /**
     * A form that asks for an e-mail address, a password, a search term or a comment: a newsletter sign-up, log-in,
     * search or comment box, whatever its class names say. (Some sites wrap the whole page in one form; that one
     * holds the page and is kept.)
     */
    private static boolean isEntryForm(Element form) {
        return form.selectFirst("input[type=email], input[type=password], input[type=search], textarea") != null;
    }

    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden").trim())) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden") || isScreenReaderOnly(style);
    }

    /** The "visually hidden" idiom: clipped to nothing or shrunk to one pixel, read only by screen readers. */
    private static boolean isScreenReaderOnly(String style) {
        return style.contains("clip:rect(0") || style.contains("clip:rect(1px") || style.contains("clip-path:inset(50%)")
                || ONE_PIXEL_WIDE.matcher(style).find() && ONE_PIXEL_HIGH.matcher(style).find();
    }
}
