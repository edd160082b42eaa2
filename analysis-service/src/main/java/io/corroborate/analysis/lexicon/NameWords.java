package io.corroborate.analysis.lexicon;

import java.util.Set;

/** Word lists that tell names from capitalized ordinary words, titles and legal suffixes. */
public final class NameWords {

    /** Capitalized function words and calendar words that never start or join a name. */
    public static final Set<String> STOP = Set.of("The", "A", "An", "In", "On", "At", "As", "While", "This", "That",
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
            "Explore", "Read", "See", "Click", "Sign", "Contact", "Reportedly", "Recently", "Currently", "Outside",
            "Inside", "Near", "Along", "Beside", "Beyond", "Throughout", "Opposite");

    /** Job titles and honorifics: they sit next to names but are not part of them. */
    public static final Set<String> TITLES = Set.of("CEO", "CFO", "CTO", "COO", "Chief", "Executive", "Officer",
            "President", "Chairman", "Chairwoman", "Chair", "Founder", "Co-founder", "Director", "Minister",
            "Senator", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen.",
            "Rep.", "Gov.", "Gen.", "Interim", "Former", "Vice", "Secretary", "Spokesperson", "Spokesman",
            "Spokeswoman", "Analyst");

    /** Acronyms that are topics rather than entities when they stand alone. */
    public static final Set<String> GENERIC = Set.of("AI", "A.I.", "LLM", "LLMs", "AGI", "PhD", "PhDs", "IPO", "IP",
            "API", "GPU", "GPUs", "ML", "GDP", "ESG", "IT", "VC", "CEO", "M&A");

    /** Legal suffixes dropped from names ("Meta Platforms Inc." is "Meta Platforms"). */
    public static final Set<String> LEGAL = Set.of("Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC", "L.L.C.", "plc",
            "PLC", "Co.", "AG", "GmbH", "S.A.", "SA", "N.V.", "NV", "LP", "L.P.", "Limited", "Incorporated");

    /** Words that may be left off a company name once the short form is in use ("Meta Platforms" is "Meta"). */
    public static final Set<String> DESIGNATORS = Set.of("Platforms", "Holdings", "Group", "Technologies",
            "Technology", "Corporation", "Company", "Companies", "Industries", "International", "Enterprises", "Labs",
            "Inc");

    /** Capitalized scale words in headlines ("$14 Billion"). */
    public static final Set<String> SCALE_WORDS = Set.of("Trillion", "Billion", "Million", "Thousand", "Percent");

    /** Labels that open a caption or a note ("Photo: …", "Update: …"): they name no one, and the word after starts. */
    public static final Set<String> LEAD_LABELS = Set.of("Photo", "Photos", "Image", "Images", "Video", "Update",
            "Updated", "Correction", "Credit", "File", "Watch", "Related", "Caption", "Pictured", "Listen",
            "Advertisement", "Gallery", "Graphic", "Map");

    /** Lower-case words allowed inside a name between capitalized words ("Bank of America"). */
    public static final Set<String> CONNECTORS = Set.of("of", "&", "de", "van", "von", "der", "da", "del", "la");

    private NameWords() {
    }
}
