package io.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decides from class, id and role values whether an element is page furniture. */
final class FurnitureNames {

    private static final Set<String> PARTS = Set.of("share", "sharing", "sharebar", "social", "related",
            "recommended", "recommendation", "recommendations", "newsletter", "newsletters", "subscribe",
            "subscription", "promo", "promotion", "promoted", "advert", "advertisement", "adverts", "ad", "ads",
            "adslot", "adunit", "dfp", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "banner",
            "comment", "comments", "disqus", "popular", "trending", "breadcrumb", "breadcrumbs", "tags", "tag",
            "byline", "author", "authors", "dateline", "caption", "figcaption", "credit", "credits", "nav",
            "navbar", "navigation", "menu", "sidebar", "widget", "masthead", "toolbar", "modal", "popup",
            "outbrain", "taboola", "teaser", "teasers", "signup", "login", "footer", "header", "topbar", "pagination",
            "pager", "print", "skip", "timestamp", "meta", "rail", "partner", "partners", "follow", "tweet",
            "invisible", "offscreen", "sronly", "tooltip", "toc", "jumplink", "overlay", "pullquote");
    private static final Set<String> PAIRS = Set.of("most read", "most popular", "most viewed", "read more",
            "more stories", "more news", "you may", "also read", "further reading", "sr only", "visually hidden",
            "up next", "read next", "see also", "instagram media", "tiktok embed");
    // "tweet", "instagram-media" and "tiktok-embed" are the platforms' own embed markup: a quoted social post is
    // rendered as a card by the platform's script and is not the outlet's text.
    // "paywall" is deliberately absent: schema.org's paywalled-content markup (hasPart.cssSelector ".paywall")
    // puts that class on the article's own gated paragraphs; the subscription prompt is caught by its wording.
    // A container that names itself body/content keeps its place even if it also says "header" or "meta".
    private static final Set<String> CONTENT_PARTS = Set.of("body", "content", "text", "less", "articlebody");
    private static final Set<String> STATES = Set.of("has", "is", "with", "no", "show", "hide");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tooltip");

    private FurnitureNames() {
    }

    static boolean isFurnitureRole(String role) {
        return ROLES.contains(role.trim().toLowerCase(Locale.ROOT));
    }

    /** True when any whole class or id token, split at '-', '_' and camel-case humps, names furniture. */
    static boolean isFurniture(String classAndId) {
        for (String token : classAndId.split("\\s+")) {
            if (!token.isEmpty() && isFurnitureToken(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class or id token names the article's content ("post_body", "entry-content", "article-text"). */
    static boolean namesContent(String token) {
        return !token.isEmpty() && parts(token).stream().anyMatch(CONTENT_PARTS::contains);
    }

    /** Whether a class names a state of its element ("has-gated-overlay", "is-sticky", "with-sidebar"). */
    static boolean namesState(String token) {
        List<String> parts = parts(token);
        return parts.size() > 1 && STATES.contains(parts.get(0));
    }

    private static boolean isFurnitureToken(String token) {
        return !furnitureParts(token).isEmpty();
    }

    /**
     * The furniture words one class or id token is named by ("widget" in "elementor-widget-wrap", "most read" in
     * "most-read-list"); none when the token names itself content ("entry-content", "article-body").
     */
    static List<String> furnitureParts(String token) {
        List<String> parts = parts(token);
        if (parts.stream().anyMatch(CONTENT_PARTS::contains)) {
            return List.of();
        }
        List<String> named = new ArrayList<>(1);
        for (int i = 0; i < parts.size(); i++) {
            if (PARTS.contains(parts.get(i))) {
                named.add(parts.get(i));
            } else if (i > 0 && PAIRS.contains(parts.get(i - 1) + " " + parts.get(i))) {
                named.add(parts.get(i - 1) + " " + parts.get(i));
            }
        }
        return named;
    }

    static List<String> parts(String token) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < token.length() && i < 100; i++) {
            char c = token.charAt(i);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(token.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || hump) {
                flush(current, parts);
            }
            if (Character.isLetterOrDigit(c)) {
                current.append(Character.toLowerCase(c));
            }
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (current.length() > 0) {
            parts.add(current.toString());
            current.setLength(0);
        }
    }
}
