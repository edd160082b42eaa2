package io.corroborate.analysis.pipeline;

import java.util.Set;

/** Word lists that tell names from capitalized ordinary words, titles and legal suffixes. */
public final class NameWords {

    /** Capitalized function words and calendar words that never start or join a name. */
    static final Set<String> STOP = Set.of("The", "A", "An", "In", "On", "At", "As", "While", "This", "That",
            "These", "Those", "But", "By", "With", "Its", "It", "His", "Her", "Their", "Our", "For", "From", "After",
            "Before", "Since", "During", "And", "Or", "If", "When", "Why", "How", "What", "Who", "To", "Of", "Is",
            "Are", "Was", "Were", "He", "She", "They", "We", "I", "You", "Also", "However", "Meanwhile", "According",
            "Earlier", "Later", "Last", "Next", "Today", "Yesterday", "Some", "Many", "Most", "All", "About", "Over",
            "Under", "Nearly", "Almost", "Around", "Roughly", "Approximately", "More", "Less", "Up", "Into", "Than",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Share", "Post",
            "Despite", "Although", "Though", "Because", "Still", "Yet", "Even", "Now", "Then", "Here", "There",
            "Such", "Each", "Every", "Both", "Other", "Another", "Only", "Just", "Not", "No", "Once", "Whether",
            "Where", "Which", "Until", "Unlike", "Like", "Amid", "Among", "Across", "Through", "Without", "Within",
            "Instead", "Overall", "Together", "Further", "Finally", "Indeed", "So", "Thus", "Therefore", "Already",
            "Explore", "Read", "See", "Click", "Sign", "Contact", "Reportedly", "Recently", "Currently");

    /** Job titles and honorifics: they sit next to names but are not part of them. */
    public static final Set<String> TITLES = Set.of("CEO", "CFO", "CTO", "COO", "Chief", "Executive", "Officer",
            "President", "Chairman", "Chairwoman", "Chair", "Founder", "Co-founder", "Director", "Minister",
            "Senator", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.",
            "Interim", "Former", "Vice", "Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Analyst");

    /** Acronyms that are topics rather than entities when they stand alone. */
    static final Set<String> GENERIC = Set.of("AI", "A.I.", "LLM", "LLMs", "AGI", "PhD", "PhDs", "IPO", "IP", "API",
            "GPU", "GPUs", "ML", "GDP", "ESG", "IT", "VC", "CEO", "M&A");

    /** Legal suffixes dropped from names ("Meta Platforms Inc." is "Meta Platforms"). */
    public static final Set<String> LEGAL = Set.of("Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC", "L.L.C.", "plc",
            "PLC", "Co.", "AG", "GmbH", "S.A.", "SA", "N.V.", "NV", "LP", "L.P.", "Limited", "Incorporated");

    /** Words that may be left off a company name once the short form is in use ("Meta Platforms" is "Meta"). */
    static final Set<String> DESIGNATORS = Set.of("Platforms", "Holdings", "Group", "Technologies", "Technology",
            "Corporation", "Company", "Companies", "Industries", "International", "Enterprises", "Labs", "Inc");

    /** Capitalized scale words in headlines ("$14 Billion"). */
    static final Set<String> SCALE_WORDS = Set.of("Trillion", "Billion", "Million", "Thousand", "Percent");

    /** Lower-case words allowed inside a name between capitalized words ("Bank of America"). */
    static final Set<String> CONNECTORS = Set.of("of", "&", "de", "van", "von", "der", "da", "del", "la");

    // Amounts written in words ("Fourteen of the firms", "Dozens of workers") begin sentences but name no one.
    private static final Set<String> AMOUNTS = Set.of("Dozens", "Hundreds", "Thousands", "Millions", "Billions",
            "Several", "Half", "Few", "Tens", "Scores");

    private NameWords() {
    }

    // Plural nouns that do end names ("Fidelity Investments", "Global Acquisitions").
    private static final java.util.regex.Pattern NOUN_PLURAL =
            java.util.regex.Pattern.compile("(?:ments|tions|ings|ances|ences|ies)$");

    /**
     * A capitalized present-tense verb of a measure ("Invests", "Acquires", "Buys"), as title-case headlines and
     * table rows write them: never part of a name, however often the text capitalizes it.
     */
    static boolean isVerbForm(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String family = Predicates.familyOf(lower);
        if (family == null || !lower.endsWith("s") || lower.length() < 4 || NOUN_PLURAL.matcher(lower).find()) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 1);
        String shorter = lower.endsWith("es") ? lower.substring(0, lower.length() - 2) : stem;
        return family.equals(Predicates.familyOf(stem)) || family.equals(Predicates.familyOf(shorter));
    }

    /** A capitalized number word or amount: "Fourteen", "Twenty-two", "Dozens". */
    static boolean isNumber(String word) {
        return AMOUNTS.contains(word) || word.length() > 2 && Character.isLetter(word.charAt(0))
                && Numbers.digits(word) != null;
    }
}
