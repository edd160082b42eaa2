package io.corroborate.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} values keyed by lower-case property, name, itemprop or http-equiv; first value wins. */
final class MetaTags {

    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            String content = Texts.blankToNull(meta.attr("content"));
            for (String attribute : KEY_ATTRIBUTES) {
                // RDFa allows several properties in one attribute: property="og:title twitter:title".
                String keys = meta.attr(attribute).trim().toLowerCase(Locale.ROOT);
                if (content == null || keys.isEmpty()) {
                    continue;
                }
                for (String key : keys.indexOf(' ') < 0 ? new String[] {keys} : WHITESPACE.split(keys)) {
                    values.putIfAbsent(key, content);
                }
            }
        }
    }

    /** The first of the given keys that the page sets. */
    String first(String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
