package io.corroborate.analysis.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.Figure;
import io.corroborate.analysis.figure.FigureScanner;
import io.corroborate.analysis.frame.Antecedent;
import io.corroborate.analysis.frame.Condition;
import io.corroborate.analysis.frame.Frame;
import io.corroborate.analysis.frame.FrameFinder;
import io.corroborate.analysis.frame.Measure;
import io.corroborate.analysis.frame.NameModifier;
import io.corroborate.analysis.frame.Period;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.text.Dateline;
import io.corroborate.analysis.text.EntityIndex;
import io.corroborate.analysis.text.ListLabel;
import io.corroborate.analysis.text.Mention;
import io.corroborate.analysis.text.Sentence;
import io.corroborate.analysis.text.SentenceSplitter;
import io.corroborate.api.Attribution;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;

/**
 * Extracts numeric claims (figure, subject, predicate, object, quote, attribution, negation) from an article's text.
 * Thread-safe.
 */
public final class ClaimExtractor {

    /**
     * What links a change to the figure before it: ", up 18%", ", rising 3%", ", an 18 percent increase" (a hedge
     * before the share aside); the change word is the lexicon's ({@link Lexicon#isChange}).
     */
    private static final Pattern CHANGE_LINK = Pattern.compile(",\\s*(?:(up|down)|an?|(\\p{Ll}+))\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");
    /** "We", "I" and "our" in a quote stand for its named speaker. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|I|[Oo]ur|[Mm]y)\\b");
    /**
     * A count in the closing attribution of a sentence ("…, the two companies said.", "…, three people familiar with
     * the talks told Reuters on Monday."): it counts who tells the figures, not what they are about. Only the
     * closing form: "Three members said they would vote no" counts something the story is about.
     */
    private static final Pattern TELLERS_BEFORE = Pattern.compile("(?i),\\s*(?:the\\s+|all\\s+)?$");
    private static final Pattern TELLERS_AFTER = Pattern.compile("(?:\\s+[\\p{L}’'-]+){1,5}?\\s+"
            + "(?:said|say|says|told|tell|tells)(?:\\s+[\\p{L}\\p{N}.’'-]+){0,4}\\s*[.!?\"”’']*\\s*");

    /** Words by which a reported clause refers back to its speaker. */
    private static final Pattern SPEAKER_REFERRED = Pattern.compile(
            "\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Ii]t|[Tt]hey|[Tt]heir|[Ii]ts|[Ww]e|I|[Oo]ur|[Mm]y)\\b");
    /**
     * Verbs of speech, by which someone tells a figure rather than reports their own ("the chief executive warned the
     * list could reach 90,000"); not those by which a party reports or discloses its own ("reported", "announced",
     * "confirmed", "disclosed", "revealed", "estimated", "forecast").
     */
    private static final Set<String> SPEECH = Set.of("said", "told", "warned", "added", "noted", "explained", "argued",
            "insisted", "claimed", "wrote", "testified", "acknowledged", "admitted", "believed", "stated");
    private static final int ANCHOR_WORDS = 8;
    private static final Pattern APPOSITIVE = Pattern.compile("^,[^,;:()]{1,60},");
    /** What lies between a name and its age in apposition (see {@link FigureScanner#AGE_ASIDE}). */
    private static final Pattern AGE_AFTER_NAME = Pattern.compile(FigureScanner.AGE_ASIDE);

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final FigureScanner scanner = FigureScanner.forClaims();

    /** The claims of {@code text} in reading order; quote offsets refer to {@code text} itself. */
    public List<ClaimDraft> extract(String text) {
        return extract(text, null);
    }

    /**
     * As {@link #extract(String)}, for an article published on {@code written} (null: unknown): its relative dates
     * ("last week", "yesterday") are then claims of the days they name.
     */
    public List<ClaimDraft> extract(String text, LocalDate written) {
        List<ClaimDraft> drafts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return drafts;
        }
        List<Sentence> sentences = splitter.split(text).stream().map(Sentence::unshouted).toList();
        EntityIndex entities = EntityIndex.of(sentences);
        String previousSubject = null;
        String counted = null;
        String lastParty = null;
        int lastPartySentence = -2;
        for (int n = 0; n < sentences.size(); n++) {
            Sentence sentence = sentences.get(n);
            int lead = Math.max(Dateline.end(text, sentence), ListLabel.end(sentence.text()));
            List<Mention> mentions = entities.mentions(sentence);
            mentions.removeIf(m -> m.start() < lead);
            Attributions.Found attributed = Attributions.find(sentence.text(), mentions, previousSubject);
            if (attributed != null) {
                mentions.removeIf(attributed::covers);
            }
            Attribution attribution = attributed == null ? null : attributed.attribution();
            ClaimDraft before = null;
            List<Figure> figures = scanner.scan(sentence.text(), counted, written);
            counted = FigureScanner.lastCounted(figures); // an antecedent reaches the next sentence only
            for (Figure figure : figures) {
                if (figure.end() <= lead) {
                    continue; // "NEW YORK, June 23, 2025 —": the dateline dates the article, it states no figure
                }
                if (countsTellers(sentence.text(), figure)) {
                    continue; // "…, the two companies said.", "…, three people familiar with the talks said."
                }
                ClaimDraft d = draft(text, sentence, mentions, figure, previousSubject, attribution);
                boolean aboutSpeaker = d.subject() != null && attribution != null
                        && d.subject().equals(attribution.source());
                if (aboutSpeaker && d.value().kind() == Kind.AGE && d.anchored()) {
                    d = d.unattributed(); // "Niamh Carrick, 53, said…": the outlet gives her age; she does not
                } else if (aboutSpeaker && d.value().kind() != Kind.AGE
                        && SPEECH.contains(attribution.cue()) && !SPEAKER_REFERRED.matcher(sentence.text()).find()) {
                    // "Police said six people were shot": whoever tells a figure is not what it is about, unless the
                    // sentence refers back to them ("Smith said he paid $5 million", "we employ 300"). A party that
                    // reports or announces a figure mostly reports its own ("Nordvik reported revenue of…").
                    d = d.withSubject(null);
                }
                // "$410 million last year, up from $275 million": a figure set against another shares its measure.
                if (d.measure().isEmpty() && before != null && before.value().kind() == d.value().kind()) {
                    d = d.withMeasure(before.measure(), before.predicate());
                }
                if (before != null && changeOf(sentence, before, d)) {
                    // "revenue of $2.14 billion on Tuesday, up 18% from…", "sales of $2.1 billion, an 18 percent
                    // increase": a change told right after a figure is the change of what that figure measures
                    List<String> measure = new ArrayList<>(before.measure());
                    d.measure().stream().filter(w -> !measure.contains(w)).forEach(measure::add);
                    d = d.withMeasure(measure, d.predicate());
                }
                before = d;
                // "a 49% stake in the startup": the party named last, in this sentence or the one before.
                String party = lastPartySentence >= n - 1 ? lastParty : null;
                if (d.object() == null && party != null && !party.equals(d.subject()) && described(sentence, figure)) {
                    d = d.withObject(party);
                }
                if (d.subject() == null && attributed != null && attributed.speaker() != null
                        && FIRST_PERSON.matcher(sentence.text()).region(0, figure.start()).find()) {
                    d = d.withSubject(attributed.speaker());
                }
                if (Antecedent.isName(d.object())) {
                    lastParty = d.object();
                    lastPartySentence = n;
                }
                drafts.add(d);
            }
            Mention first = FrameFinder.firstFree(sentence.text(), mentions, 0, sentence.text().length());
            // "The MIT dropout" keeps the lead it refers to; "a Google engineer" is someone unnamed, no new lead.
            String named = first == null ? null
                    : NameModifier.subject(sentence.text(), mentions, first, previousSubject);
            previousSubject = named == null ? previousSubject : named;
        }
        return drafts;
    }

    /**
     * Whether {@code d} is a share of change set right after the figure {@code before} ("…, up 18%", "…, an 18 percent
     * increase", "…, down 3 percent"): the change of what that figure measures.
     */
    private static boolean changeOf(Sentence sentence, ClaimDraft before, ClaimDraft d) {
        if (d.value().kind() != Kind.PERCENT || before.value().kind() == Kind.PERCENT
                || before.quote().end() > d.quote().start()) {
            return false;
        }
        String s = sentence.text();
        String between = s.substring(before.quote().end() - sentence.start(), d.quote().start() - sentence.start());
        Hedge hedge = Hedge.before(between);
        Matcher link = CHANGE_LINK.matcher(hedge.start() < 0 ? between : between.substring(0, hedge.start()));
        if (!link.find() || between.strip().split("\\s+").length > 8) {
            return false;
        }
        if (link.group(1) != null || link.group(2) != null) {
            return link.group(1) != null || Lexicon.get().isChange(link.group(2));
        }
        Matcher next = NEXT_WORD.matcher(s.substring(d.quote().end() - sentence.start()));
        return next.find() && Lexicon.get().isChange(next.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a count stands in a sentence's closing attribution ({@link #TELLERS_BEFORE}, {@link #TELLERS_AFTER}):
     * it counts who tells the figures. A count written as a modifier ("the 212-page report says") describes the
     * teller and is a figure like any other.
     */
    private static boolean countsTellers(String s, Figure figure) {
        return figure.value().kind() == Kind.COUNT && s.substring(figure.start(), figure.end()).indexOf('-') < 0
                && TELLERS_BEFORE.matcher(s).region(0, figure.start()).find()
                && TELLERS_AFTER.matcher(s).region(figure.end(), s.length()).matches();
    }

    /**
     * Whether the subject is written right at the figure: the mention owning it ("Helio's 1,200 employees") or the
     * last mention before it in the same clause, at most eight words off ("Orbital will invest $3 billion"), an
     * appositive aside.
     */
    private static boolean anchored(String s, List<Mention> mentions, Figure figure, String subject) {
        if (subject == null) {
            return false;
        }
        Mention last = null;
        for (Mention m : mentions) {
            if (m.end() <= figure.start()) {
                last = m;
            }
        }
        if (last == null || !last.name().equals(subject)) {
            return false;
        }
        // An age set off by commas after a name is that person's: "Maureen Platt, 71,", "Ann Lee, now 81,".
        if (figure.value().kind() == Kind.AGE && AGE_AFTER_NAME.matcher(s.substring(last.end(), figure.start()))
                .matches()) {
            return true;
        }
        // An appositive between them does not detach the subject: "Pinecrest, founded in 2011, employs 850 people".
        String between = APPOSITIVE.matcher(s.substring(last.end(), figure.start())).replaceFirst(" ");
        return between.chars().noneMatch(c -> ",;:()—–\"“”".indexOf(c) >= 0)
                && between.trim().split("\\s+").length <= ANCHOR_WORDS;
    }

    private static boolean described(Sentence sentence, Figure figure) {
        Kind kind = figure.value().kind();
        return kind != Kind.AGE && kind != Kind.YEAR && Antecedent.describedParty(sentence.text(), figure.end());
    }

    private static ClaimDraft draft(String text, Sentence sentence, List<Mention> all, Figure figure,
            String previousSubject, Attribution attribution) {
        // "2.4 million Americans", "42 Senate Republicans": the people a figure counts are not whom it is about.
        String counted = figure.value().unit();
        List<Mention> mentions = counted == null ? all : all.stream().filter(m -> !(m.start() >= figure.end()
                && m.start() - figure.end() <= 2 && m.name().endsWith(counted))).toList();
        Frame frame = FrameFinder.find(sentence.text(), mentions, figure, previousSubject);
        int start = sentence.start() + figure.start();
        int end = sentence.start() + figure.end();
        // The sentence as written, also when it was read unshouted.
        Quote quote = new Quote(text.substring(sentence.start(), sentence.end()), start, end,
                text.substring(start, end));
        String s = sentence.text();
        Measure.Reading reading = Measure.read(s, figure, mentions);
        return new ClaimDraft(frame.subject(), frame.predicate(), frame.object(), figure.value(), quote, attribution,
                Negation.denies(s, figure.start()), reading.measure(),
                Period.of(s, figure.start(), figure.end(), figure.value().kind()),
                Condition.hypothetical(s, figure.start()), reading.context(),
                anchored(s, mentions, figure, frame.subject()) && (attribution == null
                        || !frame.subject().equals(attribution.source()) || figure.value().kind() == Kind.AGE));
    }
}
