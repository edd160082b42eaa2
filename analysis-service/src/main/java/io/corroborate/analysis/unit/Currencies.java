package io.corroborate.analysis.unit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps currency signs and names as written to ISO 4217 codes. */
public final class Currencies {

    // A lone "C" or "S" before a spaced "$" is a country ("C $6", "S $1mil"), not the end of a name
    // ("Model S $80,000").
    // Checked once the letter is read: a look-behind tried at every position of a sentence would be slow.
    private static final String SPACED_LETTER = "(?<!\\p{Lu}\\p{L}{0,20}\\s\\p{Lu})";

    /** Prefix signs and codes written before the number, longest first for the regex. */
    // A sign may stand apart from its number in tokenized copy ("$ 75 million").
    // "PS" and "Y=" are how ASCII transliteration (unidecode) writes "£" and "¥": "PS2.7m", "Y=590 billion". A
    // single digit after "PS" with nothing more is a console ("PS5").
    public static final String PREFIX = "PS(?=\\d{2}|\\d[.,]\\d|\\d(?:bn|m|k)(?![\\p{L}]))|Y=(?=\\d)|[$€£¥]\\s(?=\\d)"
            + "|RM(?=\\d)|Rp\\s?(?=\\d)|NT\\s?\\$|US\\s?\\$|\\$US|\\$A(?=\\d)|U\\.S\\.\\$|HK\\s?\\$|A\\$"
            + "|AU\\s?\\$|C" + SPACED_LETTER + "\\s?\\$|CA\\$|HK\\$|NZ\\s?\\$|S" + SPACED_LETTER + "\\s?\\$"
            + "|R\\$|\\$|€|£|¥|₹|₩|₦|₱|₺|₽"
            + "|(?:USD|EUR|GBP|JPY|AUD|CAD|CNY|INR|CHF|HKD|NZD|SGD|RMB|Rs\\.?)\\s?";

    /** Currency names written after the number ("1.2 trillion yen", "10.5 million Australian dollars"). */
    // Names in any case, as lower-cased copy writes them ("10.5 million australian dollars").
    public static final String WORD = "(?i:(?:(?:Australian|Canadian|US|U\\.S\\.|American|Hong Kong|New Zealand"
            + "|Singapore|New Taiwan|Taiwan|Indian|Pakistani|Sri Lankan|Swiss|Turkish|South African|Russian|Japanese"
            + "|Chinese|Israeli|Malaysian|Saudi|Mexican|Philippine|Argentine|South Korean)\\s)?"
            + "(?:dollars?|yen|euros?|pounds?(?: sterling)?|yuan|renminbi|rupees?|francs?|won|ringgit|kunas?"
            + "|shekels?|roubles?|rubles?|rand|lira|liras|baht|rupiah|zloty|naira|dirhams?|riyals?|pesos?|forints?"
            + "|hryvnias?|lei|taka|cedis?|tenge))"
            // signs written after the number, as Central European prices are: "150 kn", "99 zł", "250 Kč"
            + "|(?-i:kn|zł|Kč)"
            + "|(?:Danish|Norwegian|Swedish|Czech)\\s(?:crowns?|kron(?:e|er|a|or))"
            // ISO codes written after the number, as wire copy does ("108.79 JPY")
            + "|(?-i:USD|EUR|GBP|JPY|AUD|CAD|CNY|INR|CHF|HKD|NZD|SGD|MYR|DKK|NOK|SEK)";

    /** The first amount of money written with a sign or a currency's name in a sentence ("$", "€", "euros"). */
    private static final Pattern MAJOR = Pattern.compile("(" + PREFIX + ")"
            + "|(?i:(?<![\\p{L}])(euros?|dollars?)(?![\\p{L}]))");

    private static final Map<String, String> SIGNS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("$us", "USD"), Map.entry("u.s.$", "USD"),
            Map.entry("$a", "AUD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"), Map.entry("hk$", "HKD"),
            Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"), Map.entry("r$", "BRL"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("rmb", "CNY"), Map.entry("rm", "MYR"), Map.entry("ps", "GBP"),
            Map.entry("y=", "JPY"), Map.entry("nt$", "TWD"), Map.entry("rp", "IDR"), Map.entry("₩", "KRW"),
            Map.entry("₦", "NGN"), Map.entry("₱", "PHP"), Map.entry("₺", "TRY"), Map.entry("₽", "RUB"));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("yen", "JPY"), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"),
            Map.entry("franc", "CHF"), Map.entry("won", "KRW"), Map.entry("australian", "AUD"),
            Map.entry("canadian", "CAD"), Map.entry("hong", "HKD"), Map.entry("new", "NZD"),
            Map.entry("singapore", "SGD"), Map.entry("ringgit", "MYR"), Map.entry("kuna", "HRK"),
            Map.entry("danish", "DKK"), Map.entry("norwegian", "NOK"), Map.entry("swedish", "SEK"),
            Map.entry("czech", "CZK"), Map.entry("shekel", "ILS"), Map.entry("rouble", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rand", "ZAR"), Map.entry("lira", "TRY"), Map.entry("baht", "THB"),
            Map.entry("rupiah", "IDR"), Map.entry("zloty", "PLN"), Map.entry("naira", "NGN"),
            Map.entry("dirham", "AED"), Map.entry("riyal", "SAR"), Map.entry("peso", "MXN"),
            Map.entry("taiwan", "TWD"), Map.entry("indian", "INR"), Map.entry("pakistani", "PKR"),
            Map.entry("sri", "LKR"), Map.entry("swiss", "CHF"), Map.entry("turkish", "TRY"),
            Map.entry("south african", "ZAR"), Map.entry("south korean", "KRW"), Map.entry("russian", "RUB"),
            Map.entry("japanese", "JPY"), Map.entry("chinese", "CNY"), Map.entry("israeli", "ILS"),
            Map.entry("malaysian", "MYR"), Map.entry("saudi", "SAR"), Map.entry("mexican", "MXN"),
            Map.entry("philippine", "PHP"), Map.entry("argentine", "ARS"), Map.entry("forint", "HUF"),
            Map.entry("hryvnia", "UAH"), Map.entry("lei", "RON"), Map.entry("taka", "BDT"), Map.entry("cedi", "GHS"),
            Map.entry("tenge", "KZT"), Map.entry("kn", "HRK"), Map.entry("zł", "PLN"), Map.entry("kč", "CZK"));

    private Currencies() {
    }

    /** ISO code of a prefix such as "US$", "€" or "EUR ". */
    public static String ofPrefix(String prefix) {
        String key = prefix.replace(" ", "").toLowerCase(Locale.ROOT);
        return SIGNS.getOrDefault(key, key.toUpperCase(Locale.ROOT));
    }

    /**
     * The currency an amount in a hundredth of one is counted in: pence are sterling; cents are of the currency the
     * sentence names ("€2 and 10 cents", "the euro rose 2 cents"), else of the dollar, the commonest cent in the news.
     * Null for a unit that is no hundredth of a currency.
     */
    public static String ofMinorUnit(String unit, String sentence) {
        if ("penny".equals(unit)) {
            return "GBP";
        }
        if (!"cent".equals(unit)) {
            return null;
        }
        Matcher major = MAJOR.matcher(sentence);
        if (major.find()) {
            return major.group(1) != null ? ofPrefix(major.group(1)) : ofWord(major.group(2));
        }
        return "USD";
    }

    /** ISO code of a trailing name such as "Australian dollars" or "yen"; plain dollars are USD. */
    public static String ofWord(String word) {
        if (word.matches("[A-Z]{3}") && !NAMES.containsKey(word.toLowerCase(Locale.ROOT))) { // "YEN" is a name
            return word;
        }
        if (word.length() == 1 && !Character.isLetter(word.charAt(0))) {
            return ofPrefix(word); // a sign written after the number: "1,200€"
        }
        String[] words = word.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String two = words.length > 1 ? words[0] + " " + words[1] : "";
        String first = words[0];
        String singular = first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
        return NAMES.getOrDefault(two, NAMES.getOrDefault(first, NAMES.getOrDefault(singular, "USD")));
    }
}
