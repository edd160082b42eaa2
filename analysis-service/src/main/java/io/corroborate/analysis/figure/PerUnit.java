package io.corroborate.analysis.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.text.Patterns;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * The denominator written after a measure: "$58.24 per barrel", "$3,500 a month", "63 cents per share",
 * "11 feet per century". The quantity layer names the unit "per barrel" (money keeps its currency apart).
 */
final class PerUnit {

    // After "per" any noun names the denominator; after "a"/"an" only a unit or a share does ("$5 a share"), so
    // "$5 a piece of it" or "three times a winner" read nothing.
    // Also hyphenated, as an adjective: "a $2-a-share dividend", "a 12-cent-a-share payout", "$20-an-hour jobs",
    // and with one hyphen, as British copy writes it: "£24 a-year".
    private static final Pattern PER = Pattern.compile("\\s(?:per|a|an)(?=\\s)|\\s?/(?=\\s?\\p{L})"
            + "|[-\\s](?:per|a|an)-(?=\\p{L})");
    private static final Pattern NOUN = Pattern.compile("\\s?(\\p{Ll}[\\p{Ll}-]{1,20})(?![\\p{L}\\p{N}])");
    private static final Pattern AGO = Pattern.compile("\\s(?:ago|earlier|before|later|prior)(?![\\p{L}])");
    private static final Pattern SHARE = Pattern.compile("\\s?(share|head|person|piece|unit)(?![\\p{L}])");

    private PerUnit() {
    }

    /** The denominator written at {@code pos} ("per day", "a year"), or null. */
    static String denominator(String s, int pos) {
        Matcher per = Patterns.at(PER, s, pos);
        if (per == null) {
            return null;
        }
        Units.Match unit = Units.at(s, per.end());
        Matcher noun = unit == null ? Patterns.at(article(per) ? SHARE : NOUN, s, per.end())
                : null;
        int end = unit != null ? unit.end() : noun != null ? noun.end() : per.end();
        if (unit == null && noun == null || Patterns.at(AGO, s, end) != null) {
            return null;
        }
        return unit != null ? unit.name() : noun.group(1);
    }

    /** "a" or "an", which only a unit or a share may follow, as opposed to "per" or "/". */
    private static boolean article(Matcher per) {
        return per.group().replaceAll("[\\s/-]", "").startsWith("a");
    }

    /** True when a hyphenated rate with a denominator is written at {@code pos}: "-a-share", "-per-day". */
    static boolean hyphenated(String s, int pos) {
        return s.startsWith("-", pos) && denominator(s, pos) != null;
    }

    /** The figure with its denominator added to unit and surface, or the figure itself when none follows. */
    static Figure extend(String s, Figure f) {
        Value v = f.value();
        boolean money = v.kind() == Kind.MONEY;
        if (!money && (v.unit() == null || v.kind() == Kind.PERCENT || v.kind() == Kind.AGE)) {
            return f;
        }
        Matcher per = Patterns.at(PER, s, f.end());
        if (per == null) {
            return f;
        }
        String name = null;
        int end = per.end();
        Units.Match unit = Units.at(s, end);
        Matcher noun = unit == null ? Patterns.at(article(per) ? SHARE : NOUN, s, end) : null;
        if (unit != null) {
            name = unit.name();
            end = unit.end();
        } else if (noun != null) {
            name = noun.group(1);
            end = noun.end();
        }
        if (name == null || Patterns.at(AGO, s, end) != null) {
            return f; // "$12 million a year ago" dates the figure
        }
        String combined = money ? "per " + name : v.unit() + " per " + name;
        Value value = new Value(v.kind(), v.amount(), v.currency(), combined, v.bound(), v.low(), v.high());
        return new Figure(value, f.start(), end, f.from(), f.to());
    }
}
