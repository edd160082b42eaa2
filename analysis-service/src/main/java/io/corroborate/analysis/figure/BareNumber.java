package io.corroborate.analysis.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.CountedNoun;

/**
 * Whether a number with no unit is a quantity at all: clock times, days of a date, model and route numbers
 * ("iPhone 11", "S&P 500", "the sp 500", "Game 7", "Prescott (4)"), addresses and pronoun "one" are not.
 */
final class BareNumber {

    // Month names in full or cut short, not any word they begin ("decently", "maybe", "market")
    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH = Pattern.compile("(?i)(?<![\\p{L}])" + MONTHS + "\\.?\\s(?:\\d{1,2},?\\s)?$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^(?:st|nd|rd|th)?\\s" + MONTHS + "(?![\\p{L}])");
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\s?(?::\\d\\d|[ap]\\.?m\\.?(?![\\p{L}]))");
    /** A scale word or its abbreviation after the digits: "1.3 million", "1.3bn", "$5m". */
    private static final Pattern SCALED = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:thousand|million|billion|trillion)"
            + "|\\d\\s?(?:bn|mn|m|k))(?![\\p{L}])");
    // A capitalized word right before names the thing the number belongs to; "At", "By" or "In" only begin a phrase,
    // and "When", "While" or "Meanwhile" a clause ("When 60 people were hurt", "Meanwhile 12 lawmakers…").
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}])(?!(?:At|By|In|On|To|Of|For|From|With"
            + "|About|Around|Some|Over|Under|Nearly|Almost|Just|Only|And|But|Up|Down|Than|The|A|An|These|Those"
            + "|Its|Their|His|Her|Our|My|All|Another|When|While|Whereas|Meanwhile|After|Before|Since|Until|Once|If"
            + "|Although|Though|Because|As|Then|Yesterday|Today|Now|Still|Also|Even|Both|Each|Every)\\s)"
            + "[\\p{L}&-]*\\p{Lu}[\\p{L}&-]*\\s$");
    private static final Pattern SCORE = Pattern.compile("(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})");
    // "one 52,000 barrel-a-day refinery": "one" before another number is an article.
    private static final Pattern ONE_BEFORE_DIGITS = Pattern.compile("(?i)one\\s\\d");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s\\p{Lu}");
    // "Dak Prescott (4) celebrates": a number alone in brackets after a name is a player's or an item's number.
    private static final Pattern CAPTION = Pattern.compile("\\p{Lu}\\p{L}+\\s\\($");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:\\d[\\d,.]*|"
            + Numbers.SPELLED + ")\\s(?:\\p{Ll}+\\s)?$");
    // A noun that labels what follows by a number names an item, not an amount: "a category 4 hurricane",
    // "stage 3 trials", "type 2 diabetes".
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?i:no|nos)\\.|category|level"
            + "|phase|stage|grade|type|tier|class|version|chapter|section|article|page|route|gate|platform|flight"
            + "|room|row|episode|number)\\s$");
    private static final Pattern PRONOUN_ONE = Pattern.compile("(?i)(?<![\\p{L}])(?:each|same|the|any|no|this|that"
            + "|every|which|another|anyone|someone|no|number)\\s$");
    private static final Pattern ONE_AS_PRONOUN_AFTER = Pattern.compile("(?i)\\s*(?:[.,;:!?)\"”’]|$)|\\s+(?:of\\s"
            + "|another\\b|would\\b|could\\b|should\\b|might\\b|must\\b|can\\b|may\\b|way\\s+or\\b|by\\s+one\\b"
            // "one by the county medical examiner, one by a private pathologist": each one of things named before
            + "|by\\s+(?:the|a|an|his|her|their|its)\\s"
            // "one town hall after another", "when one country invades another": one of many, no count
            + "|(?:\\p{L}+\\s+){1,3}(?:after\\s+)?another\\b)");

    // Stock indexes carry their number in their name, also in lower-case text ("the sp 500", "Stoxx 50").
    private static final Pattern INDEX_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:s&p|sp|ftse|nikkei|russell"
            + "|stoxx|asx|dax|cac|kospi|sensex|nifty|nasdaq|tsx)(?:/\\p{L}+)?\\s$");

    private BareNumber() {
    }

    /** A capitalized word right before the number names what it belongs to ("Game 7", "iPhone 11"). */
    static boolean nameBefore(String before) {
        return NAME_BEFORE.matcher(before).find();
    }

    /**
     * Whether a figure written right after a name is the name's number ("Route 9", "Apollo 13", "Boeing 737"):
     * never one written in groups of thousands or with a scale word ("Hutchins 1,302,000", "Hutchins 1.3 million").
     */
    static boolean nameNumber(String before, String written) {
        return nameBefore(before) && written.indexOf(',') < 0 && !SCALED.matcher(written).find();
    }

    /** "category 4", "type 2": a noun that labels an item by its number. */
    static boolean labelBefore(String before) {
        return LABEL_BEFORE.matcher(before).find();
    }

    /** "tied at 89-89", "won 3-1": a dash pair that does not rise is a score, not a range. */
    private static boolean isScore(String s, int start, int end) {
        Matcher pair = SCORE.matcher(s.substring(start, end));
        return pair.matches() && Integer.parseInt(pair.group(1)) >= Integer.parseInt(pair.group(2));
    }

    /**
     * "each one", "the same one", "one of the most influential families", "one would expect", "should there ever be
     * one.", "one way or the other", "the number one goal": "one" standing for a noun, for anyone, or in an idiom
     * counts nothing.
     */
    static boolean isPronoun(String s, int start, String written) {
        if (!written.equalsIgnoreCase("one")) {
            return false;
        }
        int end = start + written.length();
        return PRONOUN_ONE.matcher(s.substring(Math.max(0, start - 20), start)).find()
                || ONE_AS_PRONOUN_AFTER.matcher(s.substring(end)).lookingAt();
    }

    /** "Feb. 21", "21st March": the number is a day of a date; what follows it is no counted noun. */
    static boolean isDay(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 40), start);
        return MONTH.matcher(before).find() || MONTH_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 20)))
                .find();
    }

    /** {@code start}/{@code end} delimit the number and its tail; {@code spelled} when written in words. */
    static boolean isQuantity(String s, int start, int end, boolean spelled) {
        String before = s.substring(Math.max(0, start - 40), start);
        String after = s.substring(end, Math.min(s.length(), end + 20));
        boolean caption = CAPTION.matcher(before).find() && after.startsWith(")");
        if (before.endsWith(":") || caption || CLOCK.matcher(after).find() || isDay(s, start, end)
                || isScore(s, start, end)) {
            return false;
        }
        if (INDEX_BEFORE.matcher(before).find()) {
            return false;
        }
        String written = s.substring(start, end);
        if (nameNumber(before, written) || !spelled && labelBefore(before)
                || spelled && ONE_BEFORE_DIGITS.matcher(s.substring(start)).lookingAt()) {
            return false;
        }
        return spelled || !(NAME_AFTER.matcher(after).find() && written.matches("\\d+(?:[-–]\\d+)?"))
                || namesCounted(s, start, end);
    }

    /**
     * "96 Liverpool fans", "460 Kia and Hyundai vehicles": names that only qualify a plural noun written in lower
     * case, as opposed to a model or an index named by the number ("iPhone 11 Pro", "Stoxx 50 Index").
     */
    private static boolean namesCounted(String s, int start, int end) {
        CountedPhrase.Phrase phrase = CountedPhrase.read(s, end, false);
        if (phrase == null) {
            return false;
        }
        String head = phrase.text().substring(phrase.text().lastIndexOf(' ') + 1);
        // "8 B people": a lone capital is no name; "two new 737 Max jets": a count before makes the number a model
        boolean letter = phrase.text().matches("\\p{Lu}(?:\\s.*)?");
        boolean counted = COUNT_BEFORE.matcher(s.substring(Math.max(0, start - 30), start)).find();
        return Character.isLowerCase(head.charAt(0)) && CountedNoun.isCounted(head) && !letter && !counted;
    }
}
