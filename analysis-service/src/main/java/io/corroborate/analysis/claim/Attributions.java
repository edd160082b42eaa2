package io.corroborate.analysis.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.FigureScanner;
import io.corroborate.analysis.text.Mention;
import io.corroborate.api.Attribution;

/**
 * Whom a sentence credits with its figures: "according to Bloomberg", "…, the company said.", "…, said Dana
 * Whitlock, its chief executive.", "Analysts estimate that…", "reportedly", "is said to". The words that name the
 * source are not parties of the claim, so the extractor leaves their names out of its frames.
 */
final class Attributions {

    /**
     * An attribution and the [start, end) part of the sentence that names its source (empty when none to skip);
     * {@code speaker} is the source when the text names it, the one "we" and "I" stand for in a quote.
     */
    record Found(Attribution attribution, int start, int end, String speaker) {

        boolean covers(Mention m) {
            return m.start() >= start && m.end() <= end;
        }
    }

    private static final String VERBS = "said|says|say|told|tells|tell|reported|reports|report|announced|announces"
            + "|announce|stated|states|estimated|estimates|estimate|claimed|claims|claim|wrote|writes|noted|notes|added"
            + "|adds|confirmed|confirms|confirm|disclosed|discloses|revealed|reveals|predicted|predicts|predict"
            + "|forecast|forecasts|projected|projects|argued|argues|argue|explained|explains|insisted|insists"
            + "|acknowledged|acknowledges|warned|warns|warn|believes|believe|calculated|calculates|calculate"
            + "|testified|admitted|admits|learned|learns|learnt";
    private static final Map<String, String> CUES = Map.ofEntries(Map.entry("says", "said"), Map.entry("say", "said"),
            Map.entry("tells", "told"), Map.entry("tell", "told"), Map.entry("reports", "reported"),
            Map.entry("report", "reported"), Map.entry("announces", "announced"), Map.entry("announce", "announced"),
            Map.entry("states", "stated"), Map.entry("estimates", "estimated"), Map.entry("estimate", "estimated"),
            Map.entry("claims", "claimed"), Map.entry("claim", "claimed"), Map.entry("writes", "wrote"),
            Map.entry("notes", "noted"), Map.entry("adds", "added"), Map.entry("confirms", "confirmed"),
            Map.entry("confirm", "confirmed"), Map.entry("discloses", "disclosed"), Map.entry("reveals", "revealed"),
            Map.entry("predicts", "predicted"), Map.entry("predict", "predicted"), Map.entry("forecasts", "forecast"),
            Map.entry("projects", "projected"), Map.entry("argues", "argued"), Map.entry("argue", "argued"),
            Map.entry("explains", "explained"), Map.entry("insists", "insisted"),
            Map.entry("acknowledges", "acknowledged"), Map.entry("warns", "warned"), Map.entry("warn", "warned"),
            Map.entry("believes", "believed"), Map.entry("believe", "believed"),
            Map.entry("calculates", "calculated"), Map.entry("calculate", "calculated"),
            Map.entry("admits", "admitted"), Map.entry("learns", "learned"), Map.entry("learnt", "learned"));
    /** What may follow a closing "…, X said": a time, a place, a medium, a listener, or a further clause. */
    private static final String AFTER_VERB = "(?:\\s+(?:on|in|at|to|during|last|this|earlier|late|via|through|after"
            + "|before|when|while|as|citing|adding|noting|according|without|Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday|yesterday|today|tonight)\\b[^;]*|,[^;]*)?";
    private static final String END = "[\\s.!?\"”’')]*$";
    private static final Pattern ACCORDING = Pattern.compile("(?i)(?:,\\s*)?\\baccording\\s+to\\s+");
    private static final Pattern SOURCE_END = Pattern.compile("[,;:()\"“”]|\\.(?=[\\s\"”’']*$)|\\s+(?:that|which)\\b");
    private static final Set<String> VERB_FORMS = Set.of(VERBS.split("\\|"));
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}+(?![\\p{L}'’])");
    private static final Pattern TAIL = Pattern.compile(AFTER_VERB + END);
    private static final Pattern TOLD_TAIL = Pattern.compile("\\s+[^,;.]{1,40}?" + AFTER_VERB + END);
    /** The speaker of a closing "…, X said": after the last comma or closing quote, up to the verb. */
    private static final Pattern CLOSER = Pattern.compile(
            "(?:,|[\"”’]),?\\s*[\"”’]?\\s*([^,;\"“”]{1,80}?)\\s+"
            + "(?:also\\s+|later\\s+|previously\\s+|has\\s+|have\\s+|had\\s+)?$");
    private static final Pattern INVERTER = Pattern.compile(",\\s*[\"”’]?\\s*$");
    private static final Pattern INVERTED_TAIL = Pattern.compile("\\s+([^,;]{1,80}?)(?:,[^;]*)?" + END);
    private static final Pattern OPENER = Pattern.compile(
            "(?:(?:In|On|At|During|Earlier|Last|This|Speaking)\\b[^,]{0,60},\\s*)?[\"“]?([^,;\"“”]{1,80}?)"
            // "Chief executive Niamh Carrick, 53, said…", "Ann Lee, now 81, said…": an age set off after the name
            + "(?:" + FigureScanner.AGE_ASIDE + "\\d{1,3},)?\\s+"
            + "(?:also\\s+|has\\s+|have\\s+|had\\s+|previously\\s+|later\\s+)?");
    private static final Pattern LISTENER = Pattern.compile("\\s+(?:[Tt]he\\s+)?");
    private static final int MAX_OPENING = 160;
    /** "with data indicating a 4.3% loss", "figures released Tuesday show": a document, not a speaker, as source. */
    private static final Pattern EVIDENCE = Pattern.compile("\\b((?:(?:the|new|recent|latest|official|internal|public"
            + "|company|government|census|poll|survey|federal|[A-Z][\\p{L}&.-]*)\\s+){0,3}(?:data|figures|estimates"
            + "|surveys?|stud(?:y|ies)|research|polls?|filings?|documents?|records|statistics|analys[ie]s))"
            + "(?:\\s+(?:released|published|compiled|cited|obtained|seen)(?:\\s+[\\p{L}]+){0,3})?\\s+"
            + "(indicat(?:ing|es?|ed)|show(?:ing|s|ed)?|suggest(?:ing|s|ed)?)\\b");
    private static final Pattern HEARSAY = Pattern.compile(
            "\\b(reportedly|allegedly|purportedly|supposedly|reputedly|(?:is|are|was|were)\\s+(?:said|reported"
            + "|believed|understood|rumou?red|thought)\\s+to)\\b");
    private static final Pattern COMPANY = Pattern.compile("(?i)it|the (?:company|firm|group|startup|bank|lab"
            + "|business)");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Set<String> SOURCE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "representative", "company", "firm", "group", "analyst", "analysts", "official",
            "officials", "executive", "executives", "source", "sources", "people", "person", "police", "authorities",
            "investor", "investors", "expert", "experts", "economist", "economists", "researcher", "researchers",
            "report", "reports", "statement", "filing", "filings", "data", "study", "survey", "government",
            "ministry", "agency", "department", "regulator", "regulators", "lawyer", "lawyers", "document",
            "documents", "estimates", "figures", "he", "she", "they", "it", "we", "i", "insiders", "insider",
            "observers", "critics", "organizers", "organisers", "witnesses", "residents", "officers", "prosecutors",
            "court", "newspaper", "outlet", "website", "union", "board", "ceo", "founder", "chief", "president",
            "minister", "director", "manager", "chair", "chairman", "chairwoman", "secretary");
    private static final Pattern POSTMODIFIER = Pattern.compile(
            "\\s+(?:familiar\\s+with|close\\s+to|with\\s+knowledge\\s+of|briefed\\s+on|at|of|for|from|in|with)\\s");
    private static final Pattern FIGURE = Pattern.compile("[\\p{N}$€£¥%]");
    /** A name that ends in a number, as broadcasters are named: "Channel 7", "KPCR News 4", "Fox 5". */
    private static final Pattern NUMBERED_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){1,3}\\d{1,3}");
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)(?:which|who|that|where|when|as|and|but|while|if"
            + "|because|what|so|than)\\b");
    private static final int MAX_SOURCE_WORDS = 9;
    private static final int MAX_SOURCE_CHARS = 200;

    private Attributions() {
    }

    /** The sentence's attribution, or null when it speaks in the article's own voice. */
    static Found find(String s, List<Mention> mentions, String previousSubject) {
        Matcher according = ACCORDING.matcher(s);
        if (s.toLowerCase(Locale.ROOT).contains("according") && according.find()) {
            int from = according.end();
            Matcher end = SOURCE_END.matcher(s).region(from, s.length());
            int to = end.find() ? end.start() : s.length();
            String phrase = s.substring(from, to).strip();
            if (!phrase.isEmpty() && words(phrase) <= MAX_SOURCE_WORDS + 3 && phrase.length() <= MAX_SOURCE_CHARS) {
                String source = speaker(s, from, to, mentions, previousSubject);
                return new Found(new Attribution("according to", source != null ? source : phrase),
                        according.start(), to, null);
            }
        }
        Matcher word = LOWER_WORD.matcher(s);
        List<Integer> verbs = new ArrayList<>(2);
        while (word.find()) {
            if (VERB_FORMS.contains(word.group())) {
                verbs.add(word.start());
            }
        }
        if (!verbs.isEmpty()) {
            int lastVerb = verbs.get(verbs.size() - 1);
            Found found = closing(s, lastVerb, mentions, previousSubject);
            found = found != null ? found : inverted(s, lastVerb, mentions, previousSubject);
            found = found != null ? found : opening(s, verbs.get(0), mentions, previousSubject);
            // "…, Channel 7 has learned, though officials have confirmed three deaths.": a speaker and verb set off
            // before a further clause that has a verb of its own
            for (int i = verbs.size() - 2; found == null && i >= 0; i--) {
                found = closing(s, verbs.get(i), mentions, previousSubject);
            }
            if (found != null) {
                return found;
            }
        }
        Matcher evidence = EVIDENCE.matcher(s);
        if ((s.contains("indicat") || s.contains("show") || s.contains("suggest")) && evidence.find()) {
            String verb = evidence.group(2).toLowerCase(Locale.ROOT);
            String cue = verb.startsWith("indicat") ? "indicated" : verb.startsWith("show") ? "showed" : "suggested";
            Attribution attribution = new Attribution(cue, evidence.group(1).strip());
            return partyFollows(s, mentions, evidence.end()) ? new Found(attribution, evidence.start(), evidence.end(),
                    null) : new Found(attribution, 0, 0, null);
        }
        Matcher hearsay = HEARSAY.matcher(s);
        if (hearsay.find()) {
            String cue = hearsay.group(1).replaceAll("\\s+", " ").replaceFirst("^(?:are|was|were) ", "is ");
            return new Found(new Attribution(cue, null), 0, 0, null);
        }
        return null;
    }

    /** "…, the company said on Thursday.", "…," Dana Whitlock told Reuters.": speaker and verb close the sentence. */
    private static Found closing(String s, int verbStart, List<Mention> mentions, String previousSubject) {
        String verb = verb(s, verbStart);
        int verbEnd = verbStart + verb.length();
        Matcher after = (verb.equals("told") || verb.equals("tells") ? TOLD_TAIL : TAIL).matcher(s).region(verbEnd,
                s.length());
        Matcher before = CLOSER.matcher(s).region(0, verbStart);
        if (!after.matches() || !before.find()) {
            return null;
        }
        String speaker = speaker(s, before.start(1), before.end(1), mentions, previousSubject);
        // "…, Channel 7 has learned, though officials confirmed three deaths": the names of the clause after the
        // telling stay the sentence's
        int comma = s.indexOf(',', verbEnd);
        int end = comma >= 0 && s.substring(verbEnd, comma).isBlank() ? comma : s.length();
        return speaker == null ? null : new Found(new Attribution(cue(verb), speaker), before.start(), end,
                named(mentions, speaker, before.start(1)));
    }

    /** "…, said Dana Whitlock, the chief executive.": the verb comes first, then the speaker, then the end. */
    private static Found inverted(String s, int verbStart, List<Mention> mentions, String previousSubject) {
        String verb = verb(s, verbStart);
        Matcher before = INVERTER.matcher(s).region(0, verbStart);
        Matcher after = INVERTED_TAIL.matcher(s).region(verbStart + verb.length(), s.length());
        if (!before.find() || !after.matches()) {
            return null;
        }
        String speaker = speaker(s, after.start(1), after.end(1), mentions, previousSubject);
        return speaker == null ? null : new Found(new Attribution(cue(verb), speaker), before.start(), s.length(),
                named(mentions, speaker, after.start(1)));
    }

    /** "Analysts estimate that…", "Bloomberg reported that Meta paid…": the sentence opens with speaker and verb. */
    private static Found opening(String s, int verbStart, List<Mention> mentions, String previousSubject) {
        Matcher before = OPENER.matcher(s).region(0, verbStart);
        if (verbStart > MAX_OPENING || !before.matches()) {
            return null;
        }
        String speaker = speaker(s, before.start(1), before.end(1), mentions, previousSubject);
        if (speaker == null) {
            return null;
        }
        String verb = verb(s, verbStart);
        int verbEnd = verbStart + verb.length();
        Attribution attribution = new Attribution(cue(verb), speaker);
        // "Bloomberg reported that Meta paid…": the source is no party; "Meta said it paid…": it is one.
        if (!partyFollows(s, mentions, verbEnd)) {
            return new Found(attribution, 0, 0, null);
        }
        // "He told The Washington Post that…": whom he told is no party either.
        Matcher listener = LISTENER.matcher(s).region(verbEnd, s.length());
        int end = verbEnd;
        if (attribution.cue().equals("told") && listener.lookingAt()) {
            end = mentions.stream().filter(m -> m.start() == listener.end()).mapToInt(Mention::end).findFirst()
                    .orElse(verbEnd);
        }
        return new Found(attribution, before.start(1), end, null);
    }

    /** Whether a name comes between {@code from} and the next figure. */
    private static boolean partyFollows(String s, List<Mention> mentions, int from) {
        Matcher figure = FIGURE.matcher(s).region(from, s.length());
        int firstFigure = figure.find() ? figure.start() : s.length();
        return mentions.stream().anyMatch(m -> m.start() >= from && m.end() <= firstFigure);
    }

    private static String verb(String s, int start) {
        Matcher m = LOWER_WORD.matcher(s);
        return m.find(start) ? m.group() : "";
    }

    private static String named(List<Mention> mentions, String source, int from) {
        return mentions.stream().anyMatch(m -> m.start() >= from && m.name().equals(source)) ? source : null;
    }

    private static String cue(String verb) {
        return CUES.getOrDefault(verb, verb);
    }

    /**
     * Who speaks in {@code s[start, end)}: a name, possibly after a title ("Meta CEO Mark Zuckerberg"), a pronoun
     * ("the company": the sentence's first name, else the text's last subject; "he" as written), or a phrase headed
     * by a word for someone who speaks or for a document ("people familiar with the matter", "a company filing");
     * null when the words are none of these.
     */
    private static String speaker(String s, int start, int end, List<Mention> mentions, String previousSubject) {
        // "Rep. Zoe Lofgren (D-Calif.)": the party and state in brackets are no part of the name.
        String phrase = PARENTHESES.matcher(s.substring(start, end)).replaceAll("").strip()
                .replaceAll("[.!?\"”’')]+$", "");
        if (NUMBERED_NAME.matcher(phrase).matches() && namedAt(mentions, s.indexOf(phrase, start))) {
            return phrase; // "Channel 7 has learned", "KPCR News 4 reported": a station named with its number
        }
        if (phrase.isEmpty() || words(phrase) > MAX_SOURCE_WORDS || phrase.length() > MAX_SOURCE_CHARS
                || FIGURE.matcher(phrase).find()
                || CLAUSE_WORD.matcher(phrase).lookingAt()) {
            return null;
        }
        int offset = s.indexOf(phrase, start);
        Matcher post = POSTMODIFIER.matcher(phrase);
        String head = post.find() ? phrase.substring(0, post.start()) : phrase;
        int headEnd = offset + head.length();
        for (Mention m : mentions) {
            if (m.start() >= offset && m.end() == headEnd) {
                return m.name();
            }
        }
        // "said Dr Ilse Varga of Marnholt University", "said the Bank of England": a name that runs on past the head
        // (through "of") is the source as the text names it
        for (Mention m : mentions) {
            if (m.start() >= offset && m.start() < headEnd && m.end() > headEnd
                    && m.end() <= offset + phrase.length()) {
                return m.name();
            }
        }
        if (COMPANY.matcher(head).matches()) {
            // "Orbital paid $14 billion, the company said": the sentence's own first name outside quotes, else the
            // text's last subject. "He" and "she" stay as written: a wrong person is worse than none.
            boolean quoted = QUOTE.matcher(s).region(0, offset).find();
            Mention own = quoted || mentions.isEmpty() || mentions.get(0).end() > offset ? null : mentions.get(0);
            return own != null ? own.name() : previousSubject != null ? previousSubject : phrase;
        }
        String[] words = head.toLowerCase(Locale.ROOT).split("[\\s-]+");
        return words.length <= 6 && SOURCE_NOUNS.contains(words[words.length - 1]) ? phrase : null;
    }

    /** Whether a name the text reads begins at {@code offset} ("Channel" of "Channel 7"; not "About" of "About 300"). */
    private static boolean namedAt(List<Mention> mentions, int offset) {
        return mentions.stream().anyMatch(m -> m.start() == offset);
    }

    private static int words(String phrase) {
        return phrase.split("\\s+").length;
    }
}
