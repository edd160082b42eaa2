package io.corroborate.analysis.pipeline;

import java.util.Locale;
import java.util.Map;

/** Maps currency signs and names as written to ISO 4217 codes. */
final class Currencies {

    /** Prefix signs and codes written before the number, longest first for the regex. */
    static final String PREFIX = "RM(?=\\d)|US\\s?\\$|\\$US|\\$A(?=\\d)|U\\.S\\.\\$|HK\\s?\\$|A\\$|AU\\$|C\\$|CA\\$|HK\\$|NZ\\$|S\\$|R\\$|\\$|€|£|¥|₹"
            + "|(?:USD|EUR|GBP|JPY|AUD|CAD|CNY|INR|CHF|HKD|NZD|SGD|RMB|Rs\\.?)\\s?";

    /** Currency names written after the number ("1.2 trillion yen", "10.5 million Australian dollars"). */
    static final String WORD = "(?:(?:Australian|Canadian|US|U\\.S\\.|American|Hong Kong|New Zealand|Singapore)\\s)?"
            + "(?:dollars?|yen|euros?|pounds?(?: sterling)?|yuan|renminbi|rupees?|francs?|won|ringgit|kunas?)"
            + "|(?:Danish|Norwegian|Swedish|Czech)\\s(?:crowns?|kron(?:e|er|a|or))"
            // ISO codes written after the number, as wire copy does ("108.79 JPY")
            + "|(?-i:USD|EUR|GBP|JPY|AUD|CAD|CNY|INR|CHF|HKD|NZD|SGD|MYR|DKK|NOK|SEK)";

    private static final Map<String, String> SIGNS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("$us", "USD"), Map.entry("$a", "AUD"), Map.entry("u.s.$", "USD"), Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"), Map.entry("hk$", "HKD"),
            Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"), Map.entry("r$", "BRL"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("rmb", "CNY"), Map.entry("rm", "MYR"));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("yen", "JPY"), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"),
            Map.entry("franc", "CHF"), Map.entry("won", "KRW"), Map.entry("australian", "AUD"),
            Map.entry("canadian", "CAD"), Map.entry("hong", "HKD"), Map.entry("new", "NZD"),
            Map.entry("singapore", "SGD"), Map.entry("ringgit", "MYR"), Map.entry("kuna", "HRK"),
            Map.entry("danish", "DKK"), Map.entry("norwegian", "NOK"), Map.entry("swedish", "SEK"),
            Map.entry("czech", "CZK"));

    private Currencies() {
    }

    /** ISO code of a prefix such as "US$", "€" or "EUR ". */
    static String ofPrefix(String prefix) {
        String key = prefix.replace(" ", "").toLowerCase(Locale.ROOT);
        return SIGNS.getOrDefault(key, key.toUpperCase(Locale.ROOT));
    }

    /** ISO code of a trailing name such as "Australian dollars" or "yen"; plain dollars are USD. */
    static String ofWord(String word) {
        if (word.matches("[A-Z]{3}")) {
            return word;
        }
        String lower = word.trim().toLowerCase(Locale.ROOT);
        String first = lower.split("\\s")[0];
        String singular = first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
        return NAMES.getOrDefault(first, NAMES.getOrDefault(singular, "USD"));
    }
}
