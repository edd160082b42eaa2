package io.corroborate.analysis.lexicon;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.corroborate.api.Kind;

/** A small general lexicon mapping the words that govern a figure to a canonical predicate family. */
public final class Predicates {

    private static final Map<String, String> FAMILY = new HashMap<>();
    private static final Set<String> NAMES = new HashSet<>();
    // A noun whose sense differs from the verb spelled alike: "a 14% raise" is a pay rise, "raised $5m" funding.
    private static final Map<String, String> NOUN_SENSE = Map.of("raise", "raise", "raises", "raise");

    /** Families that name the money changing hands in one transaction between two parties. */
    public static final Set<String> TRANSACTIONS = Set.of("acquisition", "deal", "investment", "payment", "cost",
            "sale", "offer");

    /** Families whose "X of Company" names the subject ("the valuation of Scale AI"), not a second party. */
    public static final Set<String> SUBJECT_OF = Set.of("valuation", "revenue", "profit", "loss", "debt", "market cap");

    static {
        family("investment", "invest", "invests", "invested", "investing", "investment", "investments", "bet",
                "bets", "betting", "pour", "poured", "pours");
        family("payment", "paid", "pay", "pays", "paying", "payment", "payments");
        family("valuation", "valuation", "valued", "valuing", "valuations", "worth");
        family("acquisition", "acquisition", "acquired", "acquire", "acquires", "acquiring", "bought", "buy",
                "buys", "buying", "purchase", "purchased", "takeover", "buyout");
        family("funding", "funding", "raised", "raise", "raises", "raising", "round");
        family("revenue", "revenue", "revenues", "sales", "turnover");
        family("profit", "profit", "profits", "earnings", "income");
        family("loss", "loss", "losses", "lost");
        family("fine", "fine", "fined", "fines", "penalty", "penalties", "settlement");
        family("deaths", "killed", "dead", "deaths", "died", "death", "fatalities", "kill");
        family("injuries", "injured", "wounded", "injuries", "hurt");
        family("shot", "shot", "gunshot");
        family("sale", "sale", "sold", "sell", "sells", "selling");
        family("offer", "offer", "offers", "offered", "offering", "bid", "bids");
        family("stake", "stake", "stakes", "ownership", "owns");
        family("deal", "deal", "deals", "agreement", "contract", "contracts");
        family("spending", "spending", "spend", "spends", "spent", "budget", "budgeted", "capex");
        family("cost", "cost", "costs", "price", "priced", "repair", "repairs", "renovation", "renovations",
                "refurbishment", "rebuild");
        family("debt", "debt", "loan", "loans", "borrowed", "bonds");
        family("salary", "salary", "salaries", "compensation", "wages");
        family("layoffs", "layoffs", "laid", "cuts", "redundancies");
        family("market cap", "capitalization", "cap");
        family("share", "share", "shares");
        family("growth", "growth", "grew", "rose", "increase", "increased", "gain", "gained", "jumped");
        family("decline", "decline", "declined", "fell", "drop", "dropped", "slid", "decrease");
        family("founding", "founded", "established", "launched", "incorporated", "founding", "founder");
        family("votes", "votes", "vote");
        family("tariff", "tariff", "tariffs", "duty", "duties");
        family("rate", "rate", "rates", "interest");
    }

    /**
     * What each family can name, by the kind of figure: money changes hands in money ("paid 500 workers" names no
     * payment), a toll or a vote is a count or a share, a change may be of any size. A family missing here names
     * every kind.
     */
    private static final Map<String, Set<Kind>> KINDS = kinds();

    private static final Set<String> FALLBACKS = fallbacks();

    private static Set<String> fallbacks() {
        Set<String> labels = new HashSet<>();
        for (Kind kind : Kind.values()) {
            labels.add(fallback(kind));
        }
        Conversions.all().values().forEach(unit -> labels.add(dimensionLabel(unit.dimension())));
        return Set.copyOf(labels);
    }

    private static Map<String, Set<Kind>> kinds() {
        Set<Kind> money = EnumSet.of(Kind.MONEY, Kind.PERCENT);
        Set<Kind> people = EnumSet.of(Kind.COUNT, Kind.PERCENT);
        Map<String, Set<Kind>> kinds = new HashMap<>();
        for (String family : List.of("investment", "payment", "valuation", "acquisition", "funding", "revenue",
                "profit", "fine",
                "sale", "offer", "stake", "deal", "spending", "cost", "debt", "salary", "market cap", "tariff",
                "rate")) {
            kinds.put(family, money);
        }
        for (String family : List.of("deaths", "injuries", "shot", "layoffs", "votes")) {
            kinds.put(family, people);
        }
        kinds.put("share", EnumSet.of(Kind.PERCENT, Kind.COUNT, Kind.MONEY));
        kinds.put("founding", EnumSet.of(Kind.YEAR, Kind.DATE));
        // "loss", "growth" and "decline" name every size: "lost 300 jobs", "lost 5 kg", "rose 3 metres"
        for (String family : kinds.keySet()) {
            if (!NAMES.contains(family)) {
                throw new IllegalStateException("no measure family " + family);
            }
        }
        return kinds;
    }

    /** Whether a family can say what a figure of this kind measures ({@link #KINDS}). */
    public static boolean canName(String family, Kind kind) {
        Set<Kind> allowed = KINDS.get(family);
        return allowed == null || allowed.contains(kind);
    }

    private Predicates() {
    }

    private static void family(String name, String... words) {
        NAMES.add(name);
        for (String word : words) {
            FAMILY.put(word, name);
        }
    }

    /** The family of a word, or null when the word names no measure. */
    public static String familyOf(String word) {
        return word == null ? null : FAMILY.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The family of a word read after the word before it: a "cap" is a company's market value only as a "market
     * cap" ("capping rent increases at 3.5 percent", "a rent cap of 3.5%" are limits).
     */
    public static String familyOf(String word, String previous) {
        boolean cap = word != null && word.equalsIgnoreCase("cap");
        return cap && !"market".equalsIgnoreCase(previous) ? null : familyOf(word);
    }

    /** The family of a head noun written right after a figure ("a 31% premium", "a $2 billion deal"). */
    public static String nounFamilyOf(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return NOUN_SENSE.containsKey(lower) ? NOUN_SENSE.get(lower) : FAMILY.get(lower);
    }

    /** A predicate as grouped: family names stay themselves, other words map to their family. */
    static String canonical(String predicate) {
        String lower = predicate.toLowerCase(Locale.ROOT).trim();
        if (NAMES.contains(lower) || NOUN_SENSE.containsValue(lower)) {
            return lower;
        }
        String family = FAMILY.get(lower);
        return family != null ? family : lower;
    }

    /**
     * The predicate used when nothing in the sentence names the measure: for a quantity in a known unit, what its
     * dimension measures ("duration" of "48 hours", "temperature" of "30C", "length" of "5 km").
     */
    public static String fallback(Kind kind, String unit) {
        Conversions.Unit known = kind == Kind.QUANTITY ? Conversions.of(unit) : null;
        return known == null ? fallback(kind) : dimensionLabel(known.dimension());
    }

    private static String dimensionLabel(String dimension) {
        return switch (dimension) {
            case "time" -> "duration";
            case "mass" -> "weight";
            default -> dimension;
        };
    }

    /**
     * Whether a predicate is one of the fallbacks ({@link #fallback(Kind, String)}): it says of what kind a figure is,
     * not what it measures, so a named predicate of the same fact is preferred to it.
     */
    public static boolean isFallback(String predicate) {
        return FALLBACKS.contains(predicate);
    }

    /** The predicate used when nothing in the sentence names the measure. */
    public static String fallback(Kind kind) {
        switch (kind) {
            case MONEY: return "amount";
            case PERCENT: return "share";
            case COUNT: return "count";
            case AGE: return "age";
            case YEAR: return "year";
            case DATE: return "date";
            case TIME: return "time";
            case ORDINAL: return "rank";
            default: return "quantity";
        }
    }
}
