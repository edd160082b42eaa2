package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The article node of a page's JSON-LD (top level, arrays and {@code @graph}), with {@code @id} references resolved. */
final class JsonLd {

    private static final int MAX_NODES = 500;
    private static final double TITLE_MISS_SHARE = 0.25;
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s[|\\-\u2013\u2014:\u00B7\u2022\u00BB]\\s");

    private final List<Map<?, ?>> nodes;
    private final Map<?, ?> article;

    private JsonLd(List<Map<?, ?>> nodes) {
        this.nodes = nodes;
        this.article = nodes.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
    }

    static JsonLd of(Document doc) {
        List<Map<?, ?>> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                collect(MiniJson.parse(script.data()), nodes, 0);
            }
        }
        return new JsonLd(nodes);
    }

    private static void collect(Object value, List<Map<?, ?>> into, int depth) {
        if (depth > 4 || into.size() >= MAX_NODES) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, into, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            into.add(map);
            collect(map.get("@graph"), into, depth + 1);
            collect(map.get("mainEntity"), into, depth + 1);
        }
    }

    private static boolean isArticle(Map<?, ?> node) {
        for (String type : strings(node.get("@type"))) {
            String t = type.replace("http://schema.org/", "").replace("https://schema.org/", "");
            if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting")) {
                return true;
            }
        }
        return false;
    }

    String headline() {
        return article == null ? null : first(text(article.get("headline")), text(article.get("name")));
    }

    /**
     * The headline, unless the node's {@code name} differs from it and only the name matches the page's title
     * (its {@code <title>} without the site suffix): some pages put a description or kicker in "headline" and
     * the title in "name".
     */
    String headline(String pageTitle) {
        String headline = headline();
        String name = article == null ? null : text(article.get("name"));
        if (headline == null || name == null || name.equals(headline) || pageTitle == null) {
            return headline;
        }
        return matches(name, pageTitle) && !matches(headline, pageTitle) ? name : headline;
    }

    /** True when the candidate's words cover three quarters of the title or of one of its " - " / " | " parts. */
    private static boolean matches(String candidate, String title) {
        Set<String> words = new HashSet<>(List.of(Texts.fold(candidate).split(" ")));
        if (covers(words, title)) {
            return true;
        }
        for (String part : TITLE_PARTS.split(title)) {
            if (covers(words, part)) {
                return true;
            }
        }
        return false;
    }

    /** As Readability measures title similarity: the share of the title's text made of the given words. */
    private static boolean covers(Set<String> words, String title) {
        int all = 0;
        int missing = 0;
        for (String word : Texts.fold(title).split(" ")) {
            all += word.length() + 1;
            missing += words.contains(word) ? 0 : word.length() + 1;
        }
        return all > 0 && missing <= all * TITLE_MISS_SHARE;
    }

    /** The raw articleBody with its line breaks kept (entities decoded), or null. */
    String articleBody() {
        Object body = article == null ? null : article.get("articleBody");
        return body instanceof String s && !s.isBlank() ? Parser.unescapeEntities(s, false) : null;
    }

    /**
     * The article's {@code datePublished} (or {@code dateCreated}); without an article node, the page's own
     * ({@code WebPage}, as SEO plugins write their graph): the first node that has one.
     */
    String datePublished() {
        if (article != null) {
            return first(text(article.get("datePublished")), text(article.get("dateCreated")));
        }
        return firstOfAnyNode("datePublished");
    }

    /** The article's {@code dateModified}, or without an article node, the first node's that has one. */
    String dateModified() {
        return article != null ? text(article.get("dateModified")) : firstOfAnyNode("dateModified");
    }

    private String firstOfAnyNode(String key) {
        for (Map<?, ?> node : nodes) {
            String value = text(node.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Author names joined with ", "; authors may be strings, objects or {@code @id} references. */
    String authors() {
        if (article == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Object author : asList(article.get("author"))) {
            String name = author instanceof Map<?, ?> map ? text(resolve(map).get("name")) : text(author);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    String publisherName() {
        Object publisher = article == null ? null : article.get("publisher");
        for (Object candidate : asList(publisher)) {
            String name = candidate instanceof Map<?, ?> map ? text(resolve(map).get("name")) : text(candidate);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private Map<?, ?> resolve(Map<?, ?> ref) {
        Object id = ref.get("@id");
        if (ref.containsKey("name") || id == null) {
            return ref;
        }
        return nodes.stream().filter(n -> id.equals(n.get("@id")) && n != ref).findFirst().orElse(ref);
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        asList(value).forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    private static String text(Object value) {
        // JSON-LD sits in a script element, so jsoup leaves its entities (&amp;, &#8217;) undecoded.
        return value instanceof String s ? Texts.blankToNull(Parser.unescapeEntities(s, false)) : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
