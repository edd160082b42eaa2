package io.corroborate.analysis.frame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.Figure;
import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.text.Mention;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * What a figure measures, as the lemmas of the words that govern it in its clause, nearest first: the noun it counts
 * ("5 people"), the head noun or participle after it ("a $2 billion deal", "5 people were wounded", "five others
 * injured") and the verb or noun before it ("paid $2 billion", "wounded five", "a deal worth $2 billion"); for a level
 * reached ("the death toll ... has risen to five") the subject that reached it. Names,
 * function words and reporting verbs are skipped; WordNet gives the lemmas. Also the figure's context: the lemmas of
 * the sentence's content words and names, which alignment weighs by rarity within the story.
 */
public final class Measure {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}][\\p{L}'’-]*|\\p{N}+(?:[,.]\\p{N}+)*|[.,;:!?()\\[\\]|—–\"“”]");
    private static final Set<String> CLAUSE_END = Set.of("and", "but", "which", "that", "while", "as", "when",
            "who", "whom", "because", "after", "before", "since", "than", "or");
    private static final int AFTER_TOKENS = 6;
    private static final int BEFORE_TOKENS = 6;
    private static final int MAX_WORDS = 3;
    private static final int CONTEXT_WORDS = 16;
    /** The measure family of deaths, and the word a verb told as a death stands for ({@link #killed}). */
    private static final String DEATHS = "deaths";
    private static final String DEATH = "kill";
    /** Verbs that give their subject a span of time: "the strike lasted 10 days", "the flight took nine hours". */
    private static final Set<String> SPAN_VERBS = Set.of("last", "take", "span", "run");
    /** How far before a figure its hedge's words may reach ("lasted more than 10 days"). */
    private static final int HEDGE_CHARS = 12;

    private Measure() {
    }

    /** What the figure measures and its context words, the sentence tokenized once. */
    public static Reading read(String sentence, Figure figure, List<Mention> mentions) {
        List<Token> tokens = tokens(sentence);
        return new Reading(of(tokens, figure, mentions), context(tokens, figure, mentions));
    }

    /** The measure words of a figure, nearest first, and its context words. */
    public record Reading(List<String> measure, List<String> context) {
    }

    /** The measure words of {@code figure}, nearest first, at most three lemmas. */
    private static List<String> of(List<Token> tokens, Figure figure, List<Mention> mentions) {
        Lexicon lexicon = Lexicon.get();
        Set<String> words = new LinkedHashSet<>();
        Value value = figure.value();
        if (value.kind() == Kind.AGE) {
            return List.of("age"); // an age measures its person's age, whatever verb stands near
        }
        if ((value.kind() == Kind.COUNT || value.kind() == Kind.ORDINAL) && value.unit() != null) {
            String[] unit = value.unit().split("\\s+");
            String head = unit[unit.length - 1];
            if (head.chars().allMatch(Character::isLetter) && !lexicon.isStopword(head)) {
                words.add(lexicon.sense(head).lemma());
            }
        }
        // "The death toll from Tuesday's capsizing has risen to five": the level its clause's subject reached.
        List<Token> subject = subjectOfLevel(tokens, figure, mentions, lexicon);
        for (Token t : subject.isEmpty() ? subjectOfSpan(tokens, figure, mentions, lexicon) : subject) {
            if (words.size() < MAX_WORDS - 1) {
                words.add(lexicon.sense(t.text()).lemma());
            }
        }
        List<Token> near = new ArrayList<>();
        collect(after(tokens, figure.end()), mentions, near, lexicon);
        collect(before(tokens, figure.start()), mentions, near, lexicon);
        // Nearest first, counting tokens: "wounded five others outside a bar" is measured by "wounded".
        near.sort((a, b) -> Integer.compare(distance(tokens, a, figure), distance(tokens, b, figure)));
        for (Token t : near) {
            if (words.size() >= MAX_WORDS) {
                break;
            }
            words.add(killed(tokens, t, lexicon) ? DEATH : lexicon.sense(t.text()).lemma());
        }
        return new ArrayList<>(words);
    }

    /**
     * Whether a verb is told as a death by the words right after it: "shot dead", "stabbed to death", "shot and
     * killed" (a word of the deaths family after "and"). The act is then the death, not the wound.
     */
    private static boolean killed(List<Token> tokens, Token verb, Lexicon lexicon) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < verb.end()) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i).text().toLowerCase(Locale.ROOT);
        String then = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
        return next.equals("dead") || next.equals("to") && then.equals("death")
                || next.equals("and") && then.length() > 2 && DEATHS.equals(lexicon.family(lexicon.sense(then).lemma()));
    }

    /**
     * When the figure is the level a change verb's subject reached ("has risen to five", "climb to at least 40",
     * "fell to 4.1 percent"; the verbs of {@code lexicon/changes.txt} and the growth and decline families), the
     * subject's own words, head first: "The death toll from Tuesday's capsizing ... has risen to five" → toll, death;
     * "Homes lost in the fire climb to at least 40" → lost, homes. The subject is the clause's first noun phrase:
     * its content words before the first function word, names aside. Else none.
     */
    private static List<Token> subjectOfLevel(List<Token> tokens, Figure figure, List<Mention> mentions,
            Lexicon lexicon) {
        int to = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= figure.start(); i++) {
            to = i;
        }
        // back over a hedge to the "to" or "at" of the level: "to five", "to at least 40", "at about 4 percent"
        List<String> hedge = new ArrayList<>();
        int last = to;
        while (to >= 0 && last - to < 3 && tokens.get(to).word() && !level(tokens.get(to))) {
            hedge.add(0, tokens.get(to).text());
            to--;
        }
        if (to >= 1 && "at".equalsIgnoreCase(tokens.get(to).text()) && !hedge.isEmpty()
                && "least".equalsIgnoreCase(hedge.get(0)) && "to".equalsIgnoreCase(tokens.get(to - 1).text())) {
            hedge.add(0, tokens.get(to).text());
            to--;
        }
        if (to < 1 || !tokens.get(to).word() || !level(tokens.get(to))) {
            return List.of();
        }
        if (!hedge.isEmpty()) {
            Hedge read = Hedge.before(String.join(" ", hedge) + " ");
            if (read.bound() == Bound.EXACT || read.start() != 0) {
                return List.of();
            }
        }
        Token verb = tokens.get(to - 1);
        String lemma = lexicon.sense(verb.text().toLowerCase(Locale.ROOT)).lemma();
        String family = lexicon.family(lemma);
        if (!lexicon.isChange(lemma) && !"growth".equals(family) && !"decline".equals(family)) {
            return List.of();
        }
        return subjectBefore(tokens, to - 1, mentions, lexicon);
    }

    /**
     * When the figure is a span of time a verb of duration gives its clause's subject ("A strike at the plant lasted
     * 10 days", "the flight took nine hours"), the subject's own words, head first; else none.
     */
    private static List<Token> subjectOfSpan(List<Token> tokens, Figure figure, List<Mention> mentions,
            Lexicon lexicon) {
        Value value = figure.value();
        if (value.kind() != Kind.QUANTITY || !Conversions.isTime(value.unit())) {
            return List.of();
        }
        int verb = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= figure.start(); i++) {
            verb = i;
        }
        // back over a hedge: "lasted about 10 days", "took more than nine hours"
        while (verb >= 0 && tokens.get(verb).word() && !spanVerb(tokens.get(verb), lexicon)
                && figure.start() - tokens.get(verb).end() < HEDGE_CHARS) {
            verb--;
        }
        return verb >= 1 && spanVerb(tokens.get(verb), lexicon) ? subjectBefore(tokens, verb, mentions, lexicon)
                : List.of();
    }

    private static boolean spanVerb(Token t, Lexicon lexicon) {
        return t.word() && SPAN_VERBS.contains(lexicon.sense(t.text().toLowerCase(Locale.ROOT)).lemma());
    }

    /** The content words of the noun phrase that opens the clause of the verb at {@code verb}, head first. */
    private static List<Token> subjectBefore(List<Token> tokens, int verb, List<Mention> mentions, Lexicon lexicon) {
        int to = verb + 1;
        int start = to - 1;
        while (start > 0 && (tokens.get(start - 1).word() || tokens.get(start - 1).number())
                && !CLAUSE_END.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
            start--;
        }
        List<Token> subject = new ArrayList<>();
        for (int i = start; i < to - 1; i++) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            // A clause's first word is capitalised however common it is ("Unemployment in the region fell to 4.1%").
            boolean name = i > start && (inMention(t, mentions) || Character.isUpperCase(t.text().charAt(0)))
                    || i == start && inMention(t, mentions) && !lexicon.isKnown(lower);
            if (name || t.number()) {
                continue;
            }
            if (lexicon.isStopword(lower)) {
                if (subject.isEmpty()) {
                    continue;
                }
                break;
            }
            if (lexicon.isKnown(lower) && lower.length() >= 3) {
                subject.add(0, new Token(lower, t.start(), t.end()));
            }
        }
        return subject.size() > 2 ? subject.subList(0, 2) : subject;
    }

    /** The word before a level: "to" or "at". */
    private static boolean level(Token t) {
        return "to".equalsIgnoreCase(t.text()) || "at".equalsIgnoreCase(t.text());
    }

    /** The lemmas of the sentence's content words nearest the figure, and its names lower-cased. */
    private static List<String> context(List<Token> tokens, Figure figure, List<Mention> mentions) {
        Lexicon lexicon = Lexicon.get();
        List<Token> content = new ArrayList<>();
        for (Token t : tokens) {
            if (t.word() && !inMention(t, mentions) && !lexicon.isStopword(t.text()) && t.text().length() > 2
                    && (t.end() <= figure.start() || t.start() >= figure.end())) {
                content.add(t);
            }
        }
        int centre = figure.start();
        content.sort((a, b) -> Integer.compare(Math.abs(a.start() - centre), Math.abs(b.start() - centre)));
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            out.add(m.name().toLowerCase(Locale.ROOT));
        }
        for (Token t : content) {
            if (out.size() >= CONTEXT_WORDS + mentions.size()) {
                break;
            }
            out.add(lexicon.sense(t.text()).lemma());
        }
        return new ArrayList<>(out);
    }

    /** Up to two content words of one side, nearest first. */
    private static void collect(List<Token> nearestFirst, List<Mention> mentions, List<Token> into, Lexicon lexicon) {
        int added = 0;
        for (Token t : nearestFirst) {
            if (added >= 2) {
                return;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean name = inMention(t, mentions) || Character.isUpperCase(t.text().charAt(0)) && t.start() > 0;
            if (name || lexicon.isStopword(lower) || !lexicon.isKnown(lower) || lower.length() < 3) {
                continue;
            }
            into.add(new Token(lower, t.start(), t.end()));
            added++;
        }
    }

    /** How many tokens lie between a token and the figure. */
    private static int distance(List<Token> tokens, Token t, Figure figure) {
        int count = 0;
        for (Token other : tokens) {
            boolean between = t.end() <= figure.start() ? other.start() >= t.end() && other.end() <= figure.start()
                    : other.start() >= figure.end() && other.end() <= t.start();
            count += between ? 1 : 0;
        }
        return count;
    }

    /** Tokens after {@code from} up to the end of the clause, nearest first. */
    private static List<Token> after(List<Token> tokens, int from) {
        List<Token> out = new ArrayList<>();
        int seen = 0;
        for (Token t : tokens) {
            if (t.start() < from) {
                continue;
            }
            if (!t.word() && !t.number() || CLAUSE_END.contains(t.text()) || ++seen > AFTER_TOKENS) {
                break;
            }
            if (t.word()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Tokens before {@code to} back to the start of the clause, nearest first. */
    private static List<Token> before(List<Token> tokens, int to) {
        List<Token> out = new ArrayList<>();
        int seen = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.end() > to) {
                continue;
            }
            if (!t.word() && !t.number() || CLAUSE_END.contains(t.text()) || ++seen > BEFORE_TOKENS) {
                break;
            }
            if (t.word()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean inMention(Token t, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    private record Token(String text, int start, int end) {
        boolean word() {
            return Character.isLetter(text.charAt(0));
        }

        boolean number() {
            return Character.isDigit(text.charAt(0));
        }
    }
}
