package io.corroborate.analysis.pipeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.corroborate.api.Kind;

/** A small general lexicon mapping the words that govern a figure to a canonical predicate family. */
final class Predicates {

    private static final Map<String, String> FAMILY = new HashMap<>();

    /** Families whose "X of Company" names the subject ("the valuation of Scale AI"), not a second party. */
    static final Set<String> SUBJECT_OF = Set.of("valuation", "revenue", "profit", "loss", "debt", "market cap");

    static {
        family("investment", "invest", "invests", "invested", "investing", "investment", "investments", "bet",
                "bets", "betting", "paid", "pay", "pays", "paying", "payment", "pour", "poured", "pours");
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
        family("stake", "stake", "stakes", "ownership", "owns");
        family("deal", "deal", "deals", "agreement", "contract", "contracts");
        family("spending", "spending", "spend", "spends", "spent", "budget", "budgeted", "capex");
        family("cost", "cost", "costs", "price", "priced");
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

    private Predicates() {
    }

    private static void family(String name, String... words) {
        for (String word : words) {
            FAMILY.put(word, name);
        }
    }

    /** The family of a word, or null when the word names no measure. */
    static String familyOf(String word) {
        return word == null ? null : FAMILY.get(word.toLowerCase(Locale.ROOT));
    }

    /** The predicate used when nothing in the sentence names the measure. */
    static String fallback(Kind kind) {
        switch (kind) {
            case MONEY: return "amount";
            case PERCENT: return "share";
            case COUNT: return "count";
            case AGE: return "age";
            case YEAR: return "year";
            default: return "quantity";
        }
    }
}
