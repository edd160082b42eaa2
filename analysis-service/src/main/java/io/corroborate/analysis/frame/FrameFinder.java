package io.corroborate.analysis.frame;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.Figure;
import io.corroborate.analysis.figure.FigureScanner;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.text.Mention;
import io.corroborate.api.Kind;

/** Finds who a figure is about and the second party, from the name mentions around it. */
public final class FrameFinder {

    /**
     * What stands between an owner and the figure it owns: "Helio's 1,200 employees", "Helio's revenue of $410
     * million"; not a phrase of time or place ("St. Brendan's Hospital on Sunday": the day is no hospital's), nor one
     * that tells ("Bridgeport's mayor said 5 people were wounded": the 5 are no mayor's).
     */
    private static final Pattern POSSESSED = Pattern.compile("['’]s?\\s+(?:(?!(?:on|in|at|since|until|by|during"
            + "|before|after|from|to|said|says|say|told|tells)\\s)[\\p{L}-]+\\s+){0,2}");
    /** What stands between a possessor and the name it owns: "Brendan's Hospital". */
    private static final Pattern POSSESSOR_GAP = Pattern.compile("['’]s?\\s+");
    /**
     * A figure whose clause is told as something said or heard just before it ("police said 5 people were wounded",
     * "he heard 5 people were shot"; hedges and "the" aside)…
     */
    private static final Pattern CLAUSE_OPENS = Pattern.compile("(?<![\\p{L}])(?:said|says|say|told|heard|saw)"
            + "\\s*[\"“]?\\s*(?:(?i:the|only|just)\\s+)?$");
    /** …and is the subject of that clause: its verb follows the figure and its counted words ("5 people were…"). */
    private static final Pattern CLAUSE_VERB = Pattern.compile("^(?:[\\s-]+[\\p{L}'’]+){0,3}?\\s+(?:was|were|are|is"
            + "|ha(?:ve|s|d) been|remain(?:s|ed)?|died|die)(?![\\p{L}])");
    /** The teller's own figure: "Orbital said 300 of its workers were laid off". */
    private static final Pattern TELLERS_OWN = Pattern.compile("(?i)(?<![\\p{L}])(?:its|their|our|we|his|her)"
            + "(?![\\p{L}])");
    private static final Pattern GAP_OPENS = Pattern.compile("(?:,|(?<![\\p{L}])and)\\s+$");
    private static final Pattern WHOSE = Pattern.compile(",\\s+whose\\s+(?:[\\p{L}-]+\\s+){0,2}");
    /** How many words the owned phrase and its verb may take before the figure (see {@link #clauseOwner}). */
    private static final int OWNED_WORDS = 10;
    private static final Pattern WHOSE_OPENS = Pattern.compile(",\\s+whose\\s");
    /**
     * The owned phrase and its verb: words only, none of them a verb of telling or a conjunction that opens another
     * clause.
     */
    private static final Pattern OWNED_CLAUSE = Pattern.compile("(?:['’]s?)?(?:\\s+(?!(?:said|says|say|told|tells"
            + "|according|and|but|while|after|before|when|as|because|which|that|who)(?![\\p{L}]))[\\p{L}-]+){1,"
            + OWNED_WORDS + "}\\s+");
    private static final Pattern NEAR_AFTER = Pattern.compile("[\\s,+]*(?:\\p{L}[\\p{L}-]*[\\s,]+){0,2}");
    private static final Pattern PARTY = Pattern.compile("(?:\\+|-plus)?(?:\\s+(?!and\\b|or\\b|but\\b)[\\p{L}-]+){0,3}"
            + "\\s+(?i:in|into|on|for|of|with|from)\\s+(?:the\\s+)?");
    private static final Pattern OF_PARTY = Pattern.compile(
            "(?:\\+|-plus)?(?:\\s+[\\p{Ll}-]+){0,3}\\s+of\\s+(?:the\\s+)?");
    private static final Pattern PRICED = Pattern.compile("\\s+(?:for|at)\\s+(?:[\\p{L}]+\\s+){0,2}");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)(?<![\\p{L}])(in|on|of|with|at|to|from|by|like"
            + "|as|than|for|into|behind|including|via|about|against|among|between|across|over|under|after|before"
            + "|during|through|towards?|versus|vs|and|or|such as|outside|inside|near|around|along|beside|beyond"
            + "|within|throughout|opposite)\\s+(?:(?:the|an?)\\s+)?"
            // an abbreviation the name reader leaves out: "at St. Aldric Medical Center", "near Mt. Hood"
            + "(?:(?:St|Mt|Ft|Pt)\\.\\s+)?$");
    private static final Pattern ANAPHOR = Pattern.compile("^(?:[\"“‘]\\s*)?(?:It|Its|He|She|His|Her|They|Their"
            + "|The (?:[\\p{L}\\p{N}]+-[\\p{L}-]+ )?(?:company|firm|startup|group|decision|deal|move|business|bank|lab)"
            + "|This|That)\\b");

    private FrameFinder() {
    }

    /** The frame of one figure; {@code previousSubject} stands in for "It"/"The company" openings. */
    public static Frame find(String sentence, List<Mention> mentions, Figure figure, String previousSubject) {
        String predicate = PredicateFinder.find(sentence, figure);
        Mention of = after(sentence, mentions, figure, OF_PARTY);
        boolean ofIsSubject = of != null && Predicates.SUBJECT_OF.contains(predicate);
        Mention governed = ofIsSubject ? of : NominalSubject.find(sentence, mentions, figure, predicate);
        String subject = subject(sentence, mentions, figure, previousSubject, governed);
        Kind kind = figure.value().kind();
        Mention party = kind == Kind.AGE || kind == Kind.YEAR ? null : objectOf(sentence, mentions, figure);
        party = party == null && kind == Kind.MONEY ? objectBefore(sentence, mentions, figure, subject) : party;
        String object = party == null || ofIsSubject && party == of || party.name().equals(subject)
                ? null : party.name();
        boolean price = kind == Kind.MONEY && Predicates.TRANSACTIONS.contains(predicate);
        Mention buyer = price ? Passive.buyerOf(sentence, mentions, subject) : null;
        if (buyer != null) {
            return new Frame(buyer.name(), predicate, subject);
        }
        return new Frame(subject, label(predicate, kind), object);
    }

    /**
     * What a reader is told the figure measures: a day or a clock time dates an act, so its label is "date" or "time"
     * ("Tuesday's crash killed two" dates the crash; "deaths · Tuesday" would read as a toll), except a founding
     * date. Applied after the subject is found, which the family near the figure helps find ("the toll rose on
     * Tuesday"); a year is labelled so by {@link PredicateFinder} itself, since its family finds no subject.
     */
    private static String label(String predicate, Kind kind) {
        boolean when = kind == Kind.DATE || kind == Kind.TIME;
        return when && !"founding".equals(predicate) ? Predicates.fallback(kind) : predicate;
    }

    private static String subject(String s, List<Mention> mentions, Figure f, String previous, Mention of) {
        if (f.value().kind() == Kind.AGE) {
            return ageSubject(s, mentions, f, previous);
        }
        Mention owner = owner(s, mentions, f);
        if (owner != null || of != null) {
            return owner != null ? owner.name() : of.name();
        }
        Mention clauseOwner = clauseOwner(s, mentions, f);
        if (clauseOwner != null) {
            return clauseOwner.name();
        }
        Mention gapped = gapped(s, mentions, f);
        if (gapped != null) {
            return gapped.name();
        }
        String common = CommonSubject.find(s, f.start());
        if (common != null) {
            return common;
        }
        // "Brian Lopez said he heard 5 people were shot", "Bridgeport police said 5 people were wounded": the names
        // before a figure that heads a clause told as said or heard belong to the telling, not to the figure
        boolean ownClause = headsClause(s, f);
        Mention before = ownClause ? null : firstFree(s, mentions, 0, f.start());
        if (before != null) {
            return NameModifier.subject(s, mentions, before, previous);
        }
        if (!ownClause && previous != null && ANAPHOR.matcher(s).find()) {
            return previous;
        }
        Mention possessor = ownClause ? null : lastPossessive(s, mentions, f.start());
        Mention afterwards = possessor != null ? possessor : firstFree(s, mentions, f.end(), s.length());
        return afterwards == null ? null : NameModifier.subject(s, mentions, afterwards, previous);
    }

    /**
     * Whether the figure and its counted words are the subject of a clause said or heard ({@link #CLAUSE_OPENS}),
     * about no one the teller owns ({@link #TELLERS_OWN}).
     */
    private static boolean headsClause(String s, Figure f) {
        Matcher verb = CLAUSE_VERB.matcher(s.substring(f.end()));
        if (f.start() == 0 || !verb.find()) {
            return false;
        }
        String before = s.substring(Math.max(0, f.start() - 80), f.start());
        Hedge hedge = Hedge.before(before); // "police said about 5 people were wounded": the hedge aside
        return CLAUSE_OPENS.matcher(hedge.start() < 0 ? before : before.substring(0, hedge.start())).find()
                && !TELLERS_OWN.matcher(s.substring(f.end(), f.end() + verb.end())).find();
    }

    /**
     * "Marlow had 51.8 percent and Hutchins 47.6 percent", "Marlow collected 1,419,000 votes, Hutchins 1,302,000": a
     * clause whose verb is left out after "and" or a comma is the name right before its figure's.
     */
    private static Mention gapped(String s, List<Mention> mentions, Figure f) {
        for (Mention m : mentions) {
            if (m.end() <= f.start() && !m.possessive() && s.substring(m.end(), f.start()).isBlank()
                    && GAP_OPENS.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    /** "Helio's 1,200 employees", "Helio, whose 1,200 employees": the party owning what the figure counts. */
    private static Mention owner(String s, List<Mention> mentions, Figure f) {
        for (Mention m : mentions) {
            String between = m.end() < f.start() ? s.substring(m.end(), f.start()) : null;
            boolean possessed = between != null && m.possessive() && POSSESSED.matcher(between).matches();
            if (possessed || between != null && WHOSE.matcher(between).matches()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The owner of the noun phrase that heads the figure's clause: "Dunlin's share of the grocery market climbing to
     * 9.1%", "Dunlin, whose market share has risen to just over 9%". The possessor (or the name before ", whose")
     * stands in the clause right before the figure: no other name, no clause punctuation and no verb of telling
     * between ("Bridgeport's mayor said 5 people were wounded" tells; the 5 are no mayor's), at most
     * {@link #OWNED_WORDS} words.
     */
    private static Mention clauseOwner(String s, List<Mention> mentions, Figure f) {
        Mention owner = null;
        for (Mention m : mentions) {
            if (m.end() > f.start()) {
                break;
            }
            String between = s.substring(m.end(), f.start());
            boolean whose = WHOSE_OPENS.matcher(between).lookingAt();
            owner = (m.possessive() || whose) && OWNED_CLAUSE.matcher(whose
                    ? between.substring(between.indexOf("whose") + "whose".length()) : between).matches() ? m : null;
        }
        return owner;
    }

    private static String ageSubject(String s, List<Mention> mentions, Figure f, String previous) {
        Mention person = agePerson(s, mentions, f);
        if (person != null) {
            return person.name();
        }
        String noun = FigureScanner.personBefore(s, f.start());
        noun = noun != null ? noun : FigureScanner.personAfter(s, f.end());
        if (noun != null) {
            return noun; // "The driver, 58,", "the 58-year-old driver": whom the age is of, though unnamed
        }
        Mention before = firstFree(s, mentions, 0, f.start());
        return before != null ? NameModifier.subject(s, mentions, before, previous) : previous;
    }

    /** "Raman, 47," names the person before; "28-year-old CEO, Alexandr Wang" the one right after. */
    private static Mention agePerson(String s, List<Mention> mentions, Figure f) {
        for (Mention m : mentions) {
            if (m.end() <= f.start() && s.substring(m.end(), f.start()).equals(", ")) {
                return m;
            }
        }
        for (Mention m : mentions) {
            String between = m.start() >= f.end() ? s.substring(f.end(), m.start()) : "";
            boolean appositive = between.contains(",") || m.name().contains(" ");
            if (m.start() >= f.end() && appositive && NEAR_AFTER.matcher(between).matches()) {
                return m;
            }
        }
        return null;
    }

    /** The first mention in [from, to) not governed by a preposition: the likely grammatical subject. */
    public static Mention firstFree(String s, List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            int start = phraseStart(s, mentions, m);
            if (m.start() >= from && m.end() <= to && !PREPOSITION.matcher(s.substring(Math.max(0, start - 30),
                    start)).find() && !(from > 0 && partyAt(s, m, from))) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where the phrase of a mention begins: at the possessor a name is owned by ("at St. Brendan's Hospital": the
     * hospital is governed by "at", as the saint's name is), else at the mention.
     */
    private static int phraseStart(String s, List<Mention> mentions, Mention m) {
        int start = m.start();
        for (int i = mentions.indexOf(m) - 1; i >= 0; i--) {
            Mention owner = mentions.get(i);
            if (!owner.possessive() || !POSSESSOR_GAP.matcher(s.substring(Math.min(owner.end(), start), start))
                    .matches()) {
                break;
            }
            start = owner.start();
        }
        return start;
    }

    /** After the figure, a second party ("in Scale AI") or a comma-enclosed appositive ("Florida,") is no subject. */
    private static boolean partyAt(String s, Mention m, int figureEnd) {
        boolean enclosed = s.startsWith(", ", m.start() - 2) && s.startsWith(",", m.end());
        return enclosed || PARTY.matcher(s.substring(figureEnd, m.start())).matches();
    }

    /**
     * The last possessor before the figure ("Helio's revenue rose 12% to $410 million"; "Outside Pfizer's headquarters,
     * 300 workers protested"), not one that begins a longer name a preposition governs ("at St. Brendan's Hospital on
     * Sunday": a place, not whom the day is of).
     */
    private static Mention lastPossessive(String s, List<Mention> mentions, int before) {
        Mention last = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention owned = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean placeName = owned != null && owned.start() >= m.end()
                    && POSSESSOR_GAP.matcher(s.substring(m.end(), owned.start())).matches()
                    && PREPOSITION.matcher(s.substring(Math.max(0, phraseStart(s, mentions, m) - 30),
                            phraseStart(s, mentions, m))).find();
            last = m.possessive() && m.end() <= before && !placeName ? m : last;
        }
        return last;
    }

    private static Mention objectOf(String s, List<Mention> mentions, Figure f) {
        for (Mention m : mentions) {
            if (m.start() < f.end()) {
                continue;
            }
            String between = s.substring(f.end(), m.start());
            boolean adjective = between.matches("\\+?\\s") && !m.possessive();
            return adjective || PARTY.matcher(between).matches() ? m : null;
        }
        return null;
    }

    /** "Orbital acquired Pinecrest for $1 billion": the party named just before "for" the price. */
    private static Mention objectBefore(String s, List<Mention> mentions, Figure f, String subject) {
        for (Mention m : mentions) {
            boolean priced = m.end() <= f.start() && PRICED.matcher(s.substring(m.end(), f.start())).matches();
            if (priced && !m.name().equals(subject)) {
                return m;
            }
        }
        return null;
    }

    private static Mention after(String s, List<Mention> mentions, Figure f, Pattern link) {
        for (Mention m : mentions) {
            if (m.start() >= f.end()) {
                return link.matcher(s.substring(f.end(), m.start())).matches() ? m : null;
            }
        }
        return null;
    }
}
