package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Ranks: "the 45th president", "the 116th Congress", "a second term", "the third-ranking Republican", "the No. 2
 * job", "ranked No 2 in the world". An {@link Kind#ORDINAL} whose amount is the rank and whose unit is what is
 * ranked, when written right after it ("president", "term", "ranking"). A spelled ordinal counts after a determiner
 * or a possessive, after a verb of placing ("finished second", "came a close third"), or joined to its noun by a
 * hyphen, and never as the part of a fraction ("a tenth of a second"), in a name ("Second Amendment"), in an idiom
 * ("second half", "third party": {@code lexicon/not-ranks.txt}) or as a discourse marker ("Second, ..."); "first" is
 * left out (it ranks nothing in "the first time"). Digits with a suffix count unless they are part of a name ("5th Avenue", "the 14th
 * Amendment", "the 9th Circuit": {@code lexicon/numbered-names.txt}).
 */
final class Ordinals {

    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}.,$-])(?<n>\\d{1,3})(?:st|nd|rd|th)"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?<![\\p{L}])No\\.\\s?(?<n>\\d{1,3})(?![\\p{N},.-]"
            + "\\p{N}|\\p{N})");
    /**
     * "No 2" as British copy writes it, without the stop, only where it ranks: after a verb of ranking ("ranked No 2
     * in the world") or before a place ("taking the No 2 spot"); not "No 10 Downing Street".
     */
    private static final Pattern NUMBER_SIGN_BARE = Pattern.compile("(?:(?<=(?i:ranked|rated|seeded|ranks|is|at)\\s)"
            + "No\\s(?<n>\\d{1,3})(?![\\p{N}])(?!\\s\\p{Lu})|(?<![\\p{L}])No\\s(?<m>\\d{1,3})(?=\\s(?:spot|seed|place"
            + "|position|ranking|slot)(?![\\p{L}])))");
    private static final Pattern SPELLED = Pattern.compile("(?<![\\p{L}-])(?<n>second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth)(?![\\p{L}])");
    private static final Pattern DETERMINED = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:the|a|an|his|her|its|their"
            + "|our|my|your|this|that)|\\p{L}['’]s?)\\s+$");
    /** A place in a field told by how it ended: "finished second", "came third", "was placed fourth". */
    private static final Pattern PLACED = Pattern.compile("(?i)(?<![\\p{L}])(?:finish(?:ed|es|ing)?|came|comes|coming"
            + "|placed|ranked|ranks|rank)\\s+(?:in\\s+)?(?:(?:a\\s+)?(?:close|distant|joint|equal)\\s+)?$");
    /** A spelled ordinal as the part of a fraction: "a tenth of", "two fifths of". */
    private static final Pattern FRACTION_OF = Pattern.compile("^s?\\s+of\\s");
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:" + Fraction.SMALL + ")[\\s-]$");
    /** "a tenth of a second": the unit of time, not a rank. */
    private static final Pattern OF_A = Pattern.compile("(?i)(?<![\\p{L}])of\\s+a\\s+$");
    private static final Pattern NOUN_AFTER = Pattern.compile("^(?:-|\\s+)(?<noun>\\p{L}[\\p{L}]{1,24})");
    /** Nouns a digit ordinal names rather than ranks: "5th Avenue", "the 14th Amendment", "the 9th Circuit". */
    private static final Set<String> NAMED = Set.copyOf(Lexicon.lines("lexicon/numbered-names.txt"));
    private static final Set<String> IDIOMS = Set.copyOf(Lexicon.lines("lexicon/not-ranks.txt"));

    private Ordinals() {
    }

    /** The ranks of a sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (Numbers.hasDigit(s)) {
            Matcher digits = DIGITS.matcher(s);
            while (digits.find()) {
                String noun = nounAfter(s, digits.end());
                if (noun == null || !NAMED.contains(noun.toLowerCase(Locale.ROOT))) {
                    out.add(figure(digits.start(), digits.end(), Integer.parseInt(digits.group("n")), noun));
                }
            }
            Matcher sign = NUMBER_SIGN.matcher(s);
            while (sign.find()) {
                out.add(figure(sign.start(), sign.end(), Integer.parseInt(sign.group("n")),
                        nounAfter(s, sign.end())));
            }
            Matcher bare = NUMBER_SIGN_BARE.matcher(s);
            while (s.contains("No ") && bare.find()) {
                String n = bare.group("n") != null ? bare.group("n") : bare.group("m");
                out.add(figure(bare.start(), bare.end(), Integer.parseInt(n), nounAfter(s, bare.end())));
            }
        }
        if (NumberWords.ordinals().stream().noneMatch(s::contains)) { // a sentence with no spelled rank
            return out;
        }
        Matcher spelled = SPELLED.matcher(s);
        while (spelled.find()) {
            String noun = nounAfter(s, spelled.end());
            String next = wordAfter(s, spelled.end());
            boolean hyphened = spelled.end() < s.length() && s.charAt(spelled.end()) == '-';
            String before = s.substring(Math.max(0, spelled.start() - 30), spelled.start());
            boolean determined = DETERMINED.matcher(before).find() && !OF_A.matcher(before).find();
            boolean placed = PLACED.matcher(before).find();
            if (FRACTION_OF.matcher(s.substring(spelled.end())).find() && PART_BEFORE.matcher(before).find()) {
                continue; // "a tenth of a second", "two fifths of the vote": a part, not a rank
            }
            boolean idiom = next != null && IDIOMS.contains(next.toLowerCase(Locale.ROOT));
            if ((hyphened || determined || placed) && !idiom) {
                out.add(figure(spelled.start(), spelled.end(), NumberWords.ordinal(spelled.group("n")), noun));
            }
        }
        return out;
    }

    /** The word right after the ordinal, as written, or null. */
    private static String wordAfter(String s, int end) {
        Matcher m = NOUN_AFTER.matcher(s.substring(end));
        return m.find() ? m.group("noun") : null;
    }

    /** The word right after the ordinal when it names what is ranked (no function or too general a word). */
    private static String nounAfter(String s, int end) {
        String noun = wordAfter(s, end);
        return noun == null || Lexicon.get().isStopword(noun.toLowerCase(Locale.ROOT)) ? null : noun;
    }

    private static Figure figure(int start, int end, int rank, String noun) {
        BigDecimal amount = BigDecimal.valueOf(rank);
        String unit = noun == null ? null : noun.toLowerCase(Locale.ROOT);
        Value value = new Value(Kind.ORDINAL, amount, null, unit, Bound.EXACT, amount, amount);
        return new Figure(value, start, end, amount, null);
    }
}
