package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/** Chooses the element(s) holding the article: the best-scored container, or a semantic one that scores as well. */
final class ContentPicker {

    private static final double RELATED_SHARE = 0.6;
    private static final double SIBLING_SHARE = 0.2;
    private static final int SIBLING_MIN_SCORE = 10;
    /** How nearly as well (a share of the best score) the parts of a split article score. */
    private static final double SPLIT_SHARE = 0.75;
    /** How many other such parts make an article split. */
    private static final int SPLIT_PARTS = 2;
    private static final int MAX_PEERS = 5;
    private static final double LITTLE_PROSE = 0.4;
    private static final double MOST_PROSE = 0.6;
    private static final int MAX_CLIMB = 4;
    private static final double MAX_LINK_DENSITY = 0.3;
    /** How many separate {@code <article>} elements make a page a list of tiles rather than one article. */
    private static final int TILES = 3;

    private ContentPicker() {
    }

    static List<Element> pick(Element body) {
        ContentScorer scorer = ContentScorer.score(body);
        Element top = scorer.best();
        if (top == null) {
            return List.of(body);
        }
        List<Element> articleBodies = body.select("[itemprop=articleBody]");
        List<Element> parts = articleBodies.size() > 1 ? outermost(articleBodies) : articleBodies;
        if (parts.size() > 1 && accepts(parts, top, scorer.stats())) {
            return parts;
        }
        Element semantic = semanticChoice(body, articleBodies, top, scorer.stats());
        return semantic != null ? List.of(semantic) : withSiblings(sharedAncestor(top, scorer, body), scorer);
    }

    /**
     * An article cut into several blocks that each scored nearly as well as the best one (a page builder's text
     * widgets, each in a section of its own) is their common container: when at least {@link #SPLIT_PARTS} other
     * containers not inside the best one score {@link #SPLIT_SHARE} of it or more, the best moves up to the
     * nearest ancestor holding them all, as long as that ancestor is not the body.
     */
    private static Element sharedAncestor(Element top, ContentScorer scorer, Element body) {
        double bar = scorer.finalScore(top) * SPLIT_SHARE;
        List<Element> peers = new ArrayList<>();
        for (Element candidate : scorer.ranked()) {
            if (scorer.finalScore(candidate) < bar || peers.size() >= MAX_PEERS) {
                break;
            }
            if (candidate != top && !isWithin(candidate, top) && !isWithin(top, candidate)
                    && peers.stream().noneMatch(p -> isWithin(candidate, p) || isWithin(p, candidate))) {
                peers.add(candidate);
            }
        }
        if (peers.size() < SPLIT_PARTS) {
            return climb(top, scorer, body);
        }
        Element ancestor = top.parent();
        while (ancestor != null && !ancestor.normalName().equals("body")) {
            Element holder = ancestor;
            long held = peers.stream().filter(p -> isWithin(p, holder)).count();
            if (held >= SPLIT_PARTS) {
                return ancestor;
            }
            ancestor = ancestor.parent();
        }
        return top;
    }

    /**
     * A page that marks several separate parts as its articleBody (a live blog's summary and its stream of updates,
     * a story split around a gallery) means all of them; they are taken together, in page order.
     */
    private static boolean accepts(List<Element> parts, Element top, TextStats stats) {
        double prose = 0;
        boolean nested = false;
        for (Element part : parts) {
            prose += prose(part, stats);
            nested |= isWithin(top, part) || isWithin(part, top);
        }
        double topProse = prose(top, stats);
        return prose > 0 && (nested && prose >= topProse * RELATED_SHARE || prose >= topProse);
    }

    private static List<Element> outermost(List<Element> elements) {
        List<Element> out = new ArrayList<>();
        for (Element el : elements) {
            if (out.stream().noneMatch(outer -> isWithin(el, outer))) {
                out.add(el);
            }
        }
        return out;
    }

    /**
     * articleBody, then the fullest article, then main; taken when it holds about as much prose as the winner. A page
     * of {@link #TILES} or more separate articles (a listing's cards) has none of them as its article.
     */
    private static Element semanticChoice(Element body, List<Element> articleBodies, Element top, TextStats stats) {
        List<Element> candidates = new ArrayList<>(articleBodies);
        List<Element> articles = new ArrayList<>(body.select("article"));
        if (outermost(articles).size() >= TILES) {
            articles.clear(); // a list of article tiles: none of them is the page's article
        }
        articles.sort(Comparator.comparingDouble((Element a) -> prose(a, stats)).reversed());
        candidates.addAll(articles);
        candidates.addAll(body.select("main, [role=main]"));
        double topProse = prose(top, stats);
        for (Element candidate : candidates) {
            double p = prose(candidate, stats);
            boolean nested = isWithin(top, candidate) || isWithin(candidate, top);
            if (p > 0 && (nested && p >= topProse * RELATED_SHARE || p >= topProse)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A best block holding little of the page's prose (under {@link #LITTLE_PROSE}: one entry of a list article, an
     * intro above many short sections, a disclaimer beside an article cut into many small blocks) gives way to the
     * nearest ancestor, at most {@link #MAX_CLIMB} levels up, that holds most of it ({@link #MOST_PROSE}) and is not a
     * list of links; failing that, to the innermost element of the page that holds most of it.
     */
    private static Element climb(Element top, ContentScorer scorer, Element body) {
        TextStats stats = scorer.stats();
        double page = prose(body, stats);
        if (page <= 0 || prose(top, stats) >= page * LITTLE_PROSE) {
            return top;
        }
        Element ancestor = top.parent();
        for (int level = 0; level < MAX_CLIMB && ancestor != null && ancestor != body; level++) {
            if (prose(ancestor, stats) >= page * MOST_PROSE && stats.linkDensity(ancestor) < MAX_LINK_DENSITY) {
                return ancestor;
            }
            ancestor = ancestor.parent();
        }
        Element holder = innermostHolder(body, page * MOST_PROSE, stats);
        return holder != null ? holder : top;
    }

    /** The innermost element holding at least {@code least} prose that is not a list of links, or null. */
    private static Element innermostHolder(Element body, double least, TextStats stats) {
        Element at = body;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element child : at.children()) {
                if (prose(child, stats) >= least) {
                    at = child;
                    deeper = true;
                    break;
                }
            }
        }
        return at == body || stats.linkDensity(at) >= MAX_LINK_DENSITY ? null : at;
    }

    static boolean isWithin(Element inner, Element outer) {
        for (Element el = inner; el != null; el = el.parent()) {
            if (el == outer) {
                return true;
            }
        }
        return false;
    }

    /** Paragraph text that is not link text: how much article prose an element holds. */
    static double prose(Element el, TextStats stats) {
        double total = 0;
        for (Element child : el.getAllElements()) {
            if (ContentScorer.isParagraph(child)) {
                total += stats.textLength(child) * (1 - stats.linkDensity(child));
            }
        }
        return total;
    }

    // An article split by an ad slot leaves sibling containers that scored well in their own right.
    private static List<Element> withSiblings(Element top, ContentScorer scorer) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(SIBLING_MIN_SCORE, scorer.finalScore(top) * SIBLING_SHARE);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scorer.finalScore(sibling) >= threshold || isLoneParagraph(sibling, scorer.stats())) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean isLoneParagraph(Element el, TextStats stats) {
        return el.normalName().equals("p") && stats.textLength(el) >= 80 && stats.linkDensity(el) < 0.25;
    }
}
