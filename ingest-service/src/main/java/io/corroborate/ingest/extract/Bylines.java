package io.corroborate.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Finds the author line and reduces it to names: no "By", no dates, no "Updated" stamps. */
final class Bylines {

    private static final String MARKUP_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, "
            + ".article-author, .author-name, .byline-name, [class*=byline], [class*=author-name], "
            + "a[href*=/author/], a[href*=/authors/]";
    private static final int MAX_CHARS = 200;
    /** A "By" inside a line, before the name: "Guide by Will Judd", "… 6:01 PM ET By Sergio Martínez-Beltrán". */
    private static final Pattern INNER_BY = Pattern.compile("(?<=\\S)(?<!(?i:edited|reviewed|checked|photographed"
            + "|illustrated|produced|translated))\\s+(?:[Bb]y|BY)\\s+");
    private static final Pattern NAME_START = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu}");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");
    /** Letters after a name: "Ph.D.", "MD", "CEPF®", "DVM". */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:\\p{Lu}{2,6}|Ph\\.\\s?D\\.?|M\\.D\\.|Jr\\.?|Sr\\.?"
            + "|III|II)[®™]?");
    /** A name printed twice in a row, as author boxes with a hidden copy do. */
    private static final Pattern TWICE = Pattern.compile("(\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,3})\\s+\\1(?:\\s|$)");
    /** Words that begin a role printed after a name. */
    private static final Set<String> ROLES = Set.of("writer", "editor", "reporter", "founder", "co-founder",
            "cofounder", "expert", "contributor", "correspondent", "reviewer", "head", "senior", "former", "lead",
            "chief", "manager", "director", "ceo", "columnist", "author", "updated", "published", "edited", "reviewed",
            "journalist", "producer", "photographer", "specialist", "strategist", "consultant", "analyst");
    private static final String[] META_KEYS = {"dc:creator", "dcterm:creator", "author", "article:author", "byl",
        "dc.creator", "sailthru.author", "parsely-author", "citation_author"};
    /** A scholarly page's author as its citation tags write it, family name first: "Roy, Aniruddha". */
    private static final Pattern FAMILY_FIRST = Pattern.compile("([^,]+),\\s*([^,]+)");
    /** Elements whose class says they hold an author's name, in the words of page builders. */
    private static final String AUTHOR_CLASS = "[class*=author-name], [class*=author__name], [class*=author_name], "
            + "[class*=the-author], [class*=author-by-line], [class*=author-details] p, [class*=Author_author], "
            + "[class*=authorName]";
    /** A label a byline's name follows: "By", "Written by", "Author", "Authors:". */
    private static final Pattern LABEL = Pattern.compile("(?i)\\s*(?:by|written\\s+by|posted\\s+by|authors?)"
            + "\\s*:?\\s*");
    /** A person's name as a byline shows it: two to five words, each capitalised ("A. J. Neal", "Nick van Mead"). */
    private static final String NAME_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|del|la"
            + "|le|der|den|bin)){1,4}";
    private static final Pattern NAME = Pattern.compile(NAME_WORDS);
    private static final Pattern BY_START = Pattern.compile("\\s*(?:[Bb]y|BY|[Ww]ritten|[Aa]uthor)\\b");
    private static final Pattern BY_LINE = Pattern.compile("^\\s*(?:[Bb]y:?|BY:?|[Ww]ritten by|[Aa]uthor:)\\s+"
            + "(?<name>" + NAME_WORDS
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})*)\\s*(?:[|,•·]|$)");

    /** Words that make a byline a site's account rather than a person. */
    private static final Set<String> ACCOUNTS = Set.of("admin", "administrator", "webmaster");
    /** One token shaped like an account's handle: with a digit, a dot, an underscore or an at sign inside. */
    private static final Pattern HANDLE = Pattern.compile("\\S*[\\p{L}\\d][._@\\d]\\S*");

    /** An author box, card or bio is short: a name, a line of role, a few sentences of biography. */
    private static final int MAX_BOX_CHARS = 800;
    /** What an avatar's description may say before the name: "Picture of", "Photo of", "Headshot of". */
    private static final Pattern IMAGE_OF = Pattern.compile(
            "(?i)^\\s*(?:picture|photo|image|headshot|avatar)\\s+of\\s+|\\s+(?:picture|photo|image|headshot|avatar)\\s*$");
    /** A page's credits, each role before its name ("content: MarketingSherpa, design: Scott McDaniel"): no byline. */
    private static final Pattern CREDITS = Pattern.compile("(?i)^\\s*\\p{L}+\\s*:\\s*[^:,]+,\\s*\\p{L}+\\s*:");
    /** A line that credits whoever checked the article, not whoever wrote it: "Reviewed by", "Fact checked by". */
    private static final Pattern CHECKER = Pattern.compile("(?i)^\\s*(?:medically\\s+|expert\\s+)?(?:reviewed|fact[-\\s]?checked"
            + "|edited|checked)\\s+by\\b");

    private Bylines() {
    }

    /**
     * The byline: JSON-LD's authors, the author meta tags, then the page's byline markup, then a visible "By Name"
     * line, then the name in an author box. A name that is the site's own ({@code siteName}, the publisher, the
     * host: "Cleveland Clinic" on health.clevelandclinic.org) is passed over for one the page gives a person, and kept
     * only when nothing else names one.
     */
    static String read(Document doc, JsonLd jsonLd, MetaTags meta, String siteName, String host) {
        String fromData = clean(jsonLd.authors());
        String fromMeta = null;
        for (String key : META_KEYS) {
            String value = meta.first(key);
            // "article:author" is often the author's profile page, not a name: the next key may still name one
            if (value != null && key.equals("citation_author")) {
                Matcher inverted = FAMILY_FIRST.matcher(value.trim());
                value = inverted.matches() ? inverted.group(2) + " " + inverted.group(1) : value;
            }
            if (value != null && !value.startsWith("http")) {
                fromMeta = clean(value);
                break;
            }
        }
        String fromTags = fromMeta != null ? fromMeta : labelled(meta);
        String site = null;
        // The page's markup is searched only when the data and meta tags name no one but the site (the searches
        // cost more than the rest of reading the metadata).
        List<Supplier<String>> candidates = List.of(() -> fromData, () -> fromTags, () -> fromMarkup(doc),
                () -> visible(doc), () -> authorBox(doc));
        for (Supplier<String> next : candidates) {
            String candidate = next.get();
            if (candidate == null) {
                continue;
            }
            if (!isSite(candidate, siteName, jsonLd.publisherName(), host) && !impersonal(candidate)) {
                return candidate;
            }
            site = site == null ? candidate : site;
        }
        return site;
    }

    /**
     * Whether a byline is an account rather than a writer: a handle ("andrew.keaveney", "fullysecret1dbb6551f4") or
     * the site's administrator ("NOC Admin"). Kept only when nothing on the page names a person, as the site's own name
     * is. A collective byline ("HomeAdvisor Staff", "The Investopedia Team") is the publication's choice and stands.
     */
    static boolean impersonal(String byline) {
        String trimmed = byline.trim();
        if (HANDLE.matcher(trimmed).matches()) {
            return true;
        }
        for (String word : trimmed.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ACCOUNTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a byline names the site itself rather than a person writing for it. */
    private static boolean isSite(String byline, String siteName, String publisher, String host) {
        String folded = Texts.fold(byline).trim();
        if (folded.isEmpty()) {
            return false;
        }
        for (String name : new String[] {siteName, publisher}) {
            if (name != null && Texts.fold(name).trim().equals(folded)) {
                return true;
            }
        }
        String letters = folded.replace(" ", "");
        return host != null && letters.length() >= 3 && host.replaceAll("[^a-z0-9]", "").contains(letters);
    }

    /**
     * A byline told in label and data meta pairs, as some publishing tools write it for link previews:
     * {@code twitter:label1 = "Written by"}, {@code twitter:data1 = "Chase Bernath"}.
     */
    private static String labelled(MetaTags meta) {
        for (int i = 1; i <= 4; i++) {
            String label = meta.first("twitter:label" + i);
            if (label != null && LABEL.matcher(label).matches()) {
                String name = clean(meta.first("twitter:data" + i));
                if (name != null && NAME.matcher(name).matches()) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String fromMarkup(Document doc) {
        // streams: the search stops at the first element that gives a name instead of matching the whole page
        String marked = doc.selectStream(MARKUP_SELECTOR).map(candidate -> {
            Element name = candidate.selectFirst("[itemprop=name]");
            return clean(name != null ? name.text() : candidate.text());
        }).filter(Objects::nonNull).findFirst().orElse(null);
        if (marked != null) {
            return marked;
        }
        // Page builders name their author boxes in their own words ("post_author_name", "the-author",
        // "post-hero__author__name"): an element so named whose whole text is shaped like a name.
        return doc.selectStream(AUTHOR_CLASS).map(candidate -> clean(candidate.text()))
                .filter(text -> text != null && NAME.matcher(text).matches()).findFirst().orElse(null);
    }

    /**
     * The name in an author box, card or bio ({@code <div class="blog_author-box">…<div>Lauren Vetter</div>},
     * {@code <h4 class="elementor-author-box__name">}, an avatar's {@code alt="Picture of Liz Kenny"}): the first
     * element inside one whose own text is shaped like a name, else the first such image description. Comment
     * authors are not bylines.
     */
    private static String authorBox(Document doc) {
        for (Element box : doc.select("[class*=author]:not([class*=comment])")) {
            if (box.text().length() > MAX_BOX_CHARS) {
                continue; // a page or a section whose class mentions an author somewhere, not a box
            }
            for (Element inside : box.getAllElements()) {
                String text = clean(inside.ownText());
                if (text != null && NAME.matcher(text).matches() && !LABEL.matcher(inside.ownText()).matches()
                        && !text.equals(text.toUpperCase(Locale.ROOT)) && standsAlone(inside, text)) {
                    return text;
                }
            }
            for (Element image : box.select("img[alt]")) {
                String alt = clean(image.attr("alt"));
                if (alt != null && NAME.matcher(alt).matches()) {
                    return alt;
                }
            }
        }
        return null;
    }

    /**
     * Whether a name-shaped text is a line of its own, not words linked or stressed inside a bio's sentence ("my
     * backup is the <strong>Canon EOS R</strong>"): the block around it says little more than the name.
     */
    private static boolean standsAlone(Element element, String name) {
        Element block = element;
        while (block.parent() != null && !ContentScorer.isBlock(block)) {
            block = block.parent();
        }
        return block.text().length() <= name.length() + 20;
    }

    /** "By Jane Doe" written as a short line of its own (in the first part of the page): the byline, as shown. */
    private static String visible(Document doc) {
        String[] found = new String[1];
        TopOfPage.walk(doc, e -> {
            String own = e.ownText();
            if (own.length() >= 2 && own.length() <= 80 && BY_START.matcher(own).lookingAt()) {
                String whole = e.text();
                Matcher m = BY_LINE.matcher(whole.length() <= 80 ? whole : own);
                found[0] = m.find() ? clean(m.group("name")) : null;
                if (found[0] == null && LABEL.matcher(own).matches()) {
                    found[0] = afterLabel(e); // "By <a>A. J. Neal</a>", or "Written by" alone, the name next to it
                }
            }
            return found[0] != null;
        });
        return found[0];
    }

    /**
     * The name an element whose own text is only a label ("By", "Written by", "Author") stands before: its first
     * child ({@code <p>By <a>A. J. Neal</a> <a>View in digital edition</a></p>}), or else the next element beside it
     * ({@code <p>Written by</p><p>Edzel Tabing</p>}, {@code <span>By</span><span>Daryl Austin</span>}), when that
     * is shaped like a name.
     */
    private static String afterLabel(Element label) {
        Element next = label.nextElementSibling();
        boolean labelSeen = false;
        for (Node node : label.childNodes()) {
            if (node instanceof TextNode text && !text.isBlank()) {
                labelSeen = true;
            } else if (node instanceof Element child && labelSeen) {
                next = child; // the element right after the label's words, within it
                break;
            } else if (node instanceof Element && !labelSeen) {
                next = null; // "<a>Content Management</a> by <b>InterRed</b>": a credit, not a byline
                break;
            }
        }
        if (next == null || next.nameIs("h1") || next.nameIs("h2") || next.nameIs("h3")) {
            return null; // a headline after a lone label is no name
        }
        String text = clean(next.text());
        return text != null && NAME.matcher(text).matches() ? text : null;
    }

    /** "By Jane Doe | June 12, 2025" and "Updated 3:00 PM, Jane Doe" both become "Jane Doe". */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = IMAGE_OF.matcher(Texts.collapse(DatePatterns.removeDatesAndTimes(raw))).replaceAll("");
        if (CHECKER.matcher(text).lookingAt() || CREDITS.matcher(text).find()) {
            return null;
        }
        for (String part : text.split("[|\u2022\u00B7]")) {
            String name = tidy(stripLeadWords(part.trim()));
            if (!name.isEmpty() && name.length() <= MAX_CHARS && Texts.wordCount(name) > 0
                    && !LABEL.matcher(name).matches() && !name.equalsIgnoreCase("the author")) {
                return name;
            }
        }
        return null;
    }

    /**
     * A byline's names without what pages print around them: the words before a "By" within the line ("Guide by
     * Will Judd"), quotes, a name printed twice over ("Dylan Ettinger Dylan Ettinger …"), and the role after a name
     * ("Rachel MacDonald Writer", "Brett Cruz, Privacy and Digital Security Expert", "Matt Check Head Winemaker,
     * Co-Founder"). A list of names stays a list.
     */
    static String tidy(String byline) {
        String s = byline;
        Matcher by = INNER_BY.matcher(s);
        int after = -1;
        while (by.find()) {
            after = by.end();
        }
        if (after > 0 && NAME_START.matcher(s.substring(after)).lookingAt()) {
            s = s.substring(after);
        }
        s = s.replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "").trim();
        Matcher twice = TWICE.matcher(s);
        if (twice.lookingAt()) {
            s = twice.group(1);
        }
        int dash = s.indexOf(" - ") >= 0 ? s.indexOf(" - ") : s.indexOf(" – ");
        if (dash > 0 && NAME.matcher(s.substring(0, dash)).matches()) {
            s = s.substring(0, dash); // "David Jackson - FullStack Editorial Team"
        }
        // The names of a list, as written ("A, B, and C", "A and B"), up to the first part that is not a name;
        // a role after a name ends the list there.
        Matcher separator = SEPARATOR.matcher(s);
        int start = 0;
        int end = -1;
        while (start <= s.length()) {
            int stop = separator.find(start) ? separator.start() : s.length();
            String part = s.substring(start, stop);
            if (end > 0 && CREDENTIAL.matcher(part).matches()) {
                end = stop; // "Genevieve Carlton, Ph.D.", "Jeffrey A. Slotnick CPP, PSP": letters after a name are its
                if (stop == s.length()) {
                    break;
                }
                start = separator.end();
                continue;
            }
            String name = withoutRole(part);
            if (name.isEmpty() || !NAME.matcher(name).matches() || name.startsWith("The ") || isRole(name)) {
                break;
            }
            end = start + name.length();
            if (name.length() < part.length() || stop == s.length()) {
                break;
            }
            start = separator.end();
        }
        return end < 0 ? s : s.substring(0, end);
    }

    /** A role printed as a list's next part ("Daniel Burstein, Senior Director"): its first word is a role's. */
    private static boolean isRole(String part) {
        String first = part.split("\\s+", 2)[0];
        return ROLES.contains(first.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
    }

    /** The name before the first word of a role: "Rachel MacDonald Writer" is Rachel MacDonald. */
    private static String withoutRole(String part) {
        String[] words = part.split("\\s+");
        for (int i = 2; i < words.length; i++) {
            if (ROLES.contains(words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""))) {
                return String.join(" ", Arrays.copyOfRange(words, 0, i));
            }
        }
        return part;
    }

    private static String stripLeadWords(String part) {
        String s = trimPunctuation(part);
        boolean changed = true;
        while (changed) {
            String lower = s.toLowerCase(Locale.ROOT);
            String before = s;
            for (String lead : new String[] {"by ", "by:", "written by ", "updated ", "updated:", "published ",
                "published:", "posted ", "posted:", "on ", "and "}) {
                if (lower.startsWith(lead)) {
                    s = trimPunctuation(s.substring(lead.length()));
                    break;
                }
            }
            changed = !s.equals(before);
        }
        return s;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && ",;:-\u2013\u2014 ".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;:-\u2013\u2014 ".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
