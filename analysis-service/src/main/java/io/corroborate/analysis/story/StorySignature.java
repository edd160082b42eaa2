package io.corroborate.analysis.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The salient terms of an article or a story with weights (see {@link Terms}). Weights are raw term weights; how
 * rare a term is (its IDF) is applied when two signatures are compared, so a stored signature never goes stale.
 * A story's signature is the sum of its articles' unit-length signatures, so each article counts once however
 * long it is, and the story's first articles are not outweighed by one long follow-up.
 */
public final class StorySignature {

    private static final int LEAD_CHARS = 2_000;
    private static final int HEADLINE_CHARS = 200;
    private static final int ARTICLE_TERMS = 60;
    private static final int STORY_TERMS = 200;
    private static final double UNIT = 10.0;

    private static final String DAY = "@day ";
    private static final String KIND = "@kind ";
    private static final String STREET = "@street ";
    private static final String FIGURE = "@figure ";
    /**
     * The most precise figures a story keeps (see {@link #sharedFigures}); past that, the first in the order of their
     * text form go, as with the other marks — a story of many articles is told by its words.
     */
    private static final int STORY_FIGURES = 64;
    /** How much of an article's text, after its title, tells what kind of incident it reports. */
    private static final int OPENING_CHARS = 400;
    /** The most event days a story keeps: its latest. */
    private static final int STORY_DAYS = 8;
    /**
     * The most incident kinds and streets a story keeps (the first in alphabetical order go): a story naming more has
     * many articles, whose words decide.
     */
    private static final int STORY_MARKS = 16;

    private final Map<String, Double> weights;
    /** The days its articles' openings say the event happened (see {@link EventDay}); empty when none is known. */
    private final SortedSet<LocalDate> days;
    /** The kinds of incident its articles' openings name (see {@link Incidents}); empty when none. */
    private final SortedSet<String> kinds;
    /** The streets its articles' openings name ("garber street"); empty when none. */
    private final SortedSet<String> streets;
    /** The precise figures its articles' titles and leads state (see {@link Terms#preciseFigures}). */
    private final SortedSet<String> figures;
    /** Euclidean length of the raw weights, kept because a signature is compared with many others. */
    private final double norm;

    private StorySignature(Map<String, Double> weights) {
        this(weights, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    }

    private StorySignature(Map<String, Double> weights, SortedSet<LocalDate> days, SortedSet<String> kinds,
            SortedSet<String> streets, SortedSet<String> figures) {
        this.weights = weights;
        this.days = days;
        this.kinds = kinds;
        this.streets = streets;
        this.figures = figures;
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    public static StorySignature empty() {
        return new StorySignature(Map.of());
    }

    /**
     * The signature of an article from its title and the lead of its text. A headline written again at the top of
     * the text (what a user pasting an article sends) is the title, not the lead: with a title given, a first line
     * that repeats it is dropped; without one, a first line that reads as a headline (one line, no closing
     * punctuation, followed by more text) is taken as the title. So the same article scores the same however it is
     * submitted.
     */
    public static StorySignature ofArticle(String title, String text) {
        String head = title == null ? "" : title.strip();
        String body = text == null ? "" : text.strip();
        int end = body.indexOf('\n');
        if (end > 0) {
            String first = body.substring(0, end).strip();
            String rest = body.substring(end + 1).strip();
            if (!head.isEmpty() && plain(first).equals(plain(head))) {
                body = rest;
            } else if (head.isEmpty() && !rest.isEmpty() && headline(first)) {
                head = first;
                body = rest;
            }
        }
        String lead = body.length() > LEAD_CHARS ? body.substring(0, LEAD_CHARS) : body;
        String opening = head + "\n" + (body.length() > OPENING_CHARS ? body.substring(0, OPENING_CHARS) : body);
        SortedSet<String> figures = Terms.preciseFigures(head);
        figures.addAll(Terms.preciseFigures(lead));
        return new StorySignature(scaled(top(Terms.of(head, lead), ARTICLE_TERMS), UNIT), new TreeSet<>(),
                Incidents.of(opening), Incidents.streets(opening), figures);
    }

    private static String plain(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** One short line of three words or more that does not end as a sentence does, and is no byline. */
    private static boolean headline(String line) {
        if (line.length() > HEADLINE_CHARS || line.split("\\s+").length < 3 || line.startsWith("By ")) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?\"”:;,".indexOf(last) < 0;
    }

    /** The same signature, knowing the day its article's event happened. */
    public StorySignature withDay(Optional<LocalDate> day) {
        if (day.isEmpty()) {
            return this;
        }
        SortedSet<LocalDate> with = new TreeSet<>(days);
        with.add(day.get());
        return new StorySignature(weights, with, kinds, streets, figures);
    }

    /** The story's signature after an article joins it. */
    public StorySignature merge(StorySignature article) {
        Map<String, Double> merged = new HashMap<>(weights);
        scaled(article.weights, UNIT).forEach((term, weight) -> merged.merge(term, weight, Double::sum));
        return new StorySignature(top(merged, STORY_TERMS), union(days, article.days, STORY_DAYS),
                union(kinds, article.kinds, STORY_MARKS), union(streets, article.streets, STORY_MARKS),
                union(figures, article.figures, STORY_FIGURES));
    }

    /** The signature of this story and {@code other} merged into one: their weights add up, as their articles' did. */
    public StorySignature combine(StorySignature other) {
        Map<String, Double> merged = new HashMap<>(weights);
        other.weights.forEach((term, weight) -> merged.merge(term, weight, Double::sum));
        return new StorySignature(top(merged, STORY_TERMS), union(days, other.days, STORY_DAYS),
                union(kinds, other.kinds, STORY_MARKS), union(streets, other.streets, STORY_MARKS),
                union(figures, other.figures, STORY_FIGURES));
    }

    /**
     * Whether both know the day of their event and some two of their days lie within {@code slack}: the article
     * tells the story's event, whenever it was published (see {@link StoryMatcher#penalty}).
     */
    public boolean sameDay(StorySignature story, int slack) {
        return !days.isEmpty() && !story.days.isEmpty() && daysApart(story, slack) == 0;
    }

    /**
     * How many days beyond {@code slack} the nearest of their event days lie apart, when both know the day of their
     * event; 0 when either does not or some two days lie within {@code slack}: two incidents, however alike their
     * words, name days apart.
     */
    public int daysApart(StorySignature story, int slack) {
        if (days.isEmpty() || story.days.isEmpty()) {
            return 0;
        }
        long nearest = Long.MAX_VALUE;
        for (LocalDate day : days) {
            for (LocalDate theirs : story.days) {
                nearest = Math.min(nearest, Math.abs(day.toEpochDay() - theirs.toEpochDay()));
            }
        }
        return (int) Math.max(0, nearest - slack);
    }

    /**
     * Whether the article's opening and the story's name kinds of incident and none in common: a stabbing and a police
     * shooting on one street, a carjacking and a bank robbery on one avenue.
     */
    public boolean otherIncident(StorySignature story) {
        return !kinds.isEmpty() && !story.kinds.isEmpty() && kinds.stream().noneMatch(story.kinds::contains);
    }

    /**
     * Whether the article's opening and the story's name streets and none in common: two shootings of one
     * neighbourhood, on Garber Street and on Hulett Avenue.
     */
    public boolean otherStreet(StorySignature story) {
        return !streets.isEmpty() && !story.streets.isEmpty()
                && streets.stream().noneMatch(street -> story.streets.stream().anyMatch(s -> sameStreet(street, s)));
    }

    /**
     * One street named two ways: the same key, or one ending in the other at a word — a title-case headline glues its
     * words onto the name ("Coroner IDs Everly Road" holds "everly road").
     */
    static boolean sameStreet(String a, String b) {
        return a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a);
    }

    private static <T> SortedSet<T> union(SortedSet<T> a, SortedSet<T> b, int most) {
        TreeSet<T> out = new TreeSet<>(a);
        out.addAll(b);
        while (out.size() > most) {
            out.pollFirst();
        }
        return out;
    }

    /** Cosine similarity of the raw weights. */
    public double similarity(StorySignature other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double theirs = large.get(e.getKey());
            if (theirs != null) {
                dot += e.getValue() * theirs;
            }
        }
        double norms = norm * other.norm;
        return norms == 0 ? 0 : dot / norms;
    }

    /** Cosine similarity of this article to a story, each term weighted by its rarity among the other stories. */
    public double similarity(StorySignature story, TermStatistics statistics) {
        double dot = 0;
        double mine = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double theirs = story.weights.get(e.getKey());
            double f = statistics.idf(statistics.documentFrequency(e.getKey()), theirs != null);
            double w = e.getValue() * f;
            mine += w * w;
            if (theirs != null) {
                dot += w * theirs * f;
            }
        }
        double theirs = 0;
        for (Map.Entry<String, Double> e : story.weights.entrySet()) {
            double w = e.getValue() * statistics.idf(statistics.documentFrequency(e.getKey()), true);
            theirs += w * w;
        }
        double norms = Math.sqrt(mine * theirs);
        return norms == 0 ? 0 : dot / norms;
    }

    /**
     * How many precise figures the article and the story both state ("£310m", "600,000", "1,200": see
     * {@link Terms#preciseFigures}). Outlets worded their own way (a tabloid's take, a trade title's) still copy the
     * event's figures; two events rarely share two such figures.
     */
    public int sharedFigures(StorySignature story) {
        SortedSet<String> small = figures.size() <= story.figures.size() ? figures : story.figures;
        SortedSet<String> large = small == figures ? story.figures : figures;
        int shared = 0;
        for (String figure : small) {
            shared += large.contains(figure) ? 1 : 0;
        }
        return shared;
    }

    Set<String> terms() {
        return weights.keySet();
    }

    /** A compact text form, one {@code term weight} pair a line. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        weights.forEach((term, weight) -> out.append(term).append(' ').append(String.format(Locale.ROOT, "%.3f",
                weight)).append('\n'));
        days.forEach(day -> out.append(DAY).append(day).append('\n'));
        kinds.forEach(kind -> out.append(KIND).append(kind).append('\n'));
        streets.forEach(street -> out.append(STREET).append(street).append('\n'));
        // "@figure £310000000 0": a decoder that knows no figures reads the line as a term of weight 0
        figures.forEach(figure -> out.append(FIGURE).append(figure).append(" 0\n"));
        return out.toString();
    }

    public static StorySignature decode(String encoded) {
        Map<String, Double> weights = new HashMap<>();
        SortedSet<LocalDate> days = new TreeSet<>();
        SortedSet<String> kinds = new TreeSet<>();
        SortedSet<String> streets = new TreeSet<>();
        SortedSet<String> figures = new TreeSet<>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                int space = line.lastIndexOf(' ');
                if (line.startsWith(DAY)) {
                    days.add(LocalDate.parse(line.substring(DAY.length()).strip()));
                } else if (line.startsWith(KIND)) {
                    kinds.add(line.substring(KIND.length()).strip());
                } else if (line.startsWith(STREET)) {
                    streets.add(line.substring(STREET.length()).strip());
                } else if (line.startsWith(FIGURE)) {
                    figures.add(line.substring(FIGURE.length()).strip().split(" ")[0]);
                } else if (space > 0) {
                    weights.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                }
            }
        }
        return new StorySignature(weights, days, kinds, streets, figures);
    }

    private static Map<String, Double> scaled(Map<String, Double> weights, double length) {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> out = new LinkedHashMap<>();
        weights.forEach((term, w) -> out.put(term, norm == 0 ? 0 : w * length / norm));
        return out;
    }

    private static Map<String, Double> top(Map<String, Double> weights, int limit) {
        Map<String, Double> kept = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
