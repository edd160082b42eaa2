package io.corroborate.analysis.story;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Picks the story an article belongs to: the best-scoring candidate at or above a threshold, else none (a new
 * story). A candidate's score is the similarity of the signatures less a penalty for each day the article lies
 * outside the story's published range: the outlets of one event publish within a day or two of each other, while
 * a related event a few days off (the same bill in another state, the next week of a shutdown) shares much of its
 * vocabulary. An article whose opening names the day of the story's event is the exception: it is placed by that
 * day, however late it is published (a follow-up, an arraignment, a victim named days later; see {@link #penalty}).
 * When the caller keeps {@link TermStatistics} over the stories so far, terms are weighted by their rarity, so a
 * name found in many stories ("trump") counts for little.
 */
public final class StoryMatcher {

    /**
     * Threshold for a matcher given both the article's date and {@link TermStatistics}; chosen on half of the BASIL
     * events (bench StoriesBench), the other half reported. Weighting by rarity lowers similarities, so this is
     * lower than the threshold for plain cosine.
     */
    public static final double THRESHOLD_WITH_STATISTICS = 0.24;

    /**
     * An article that scores this much with a second story as well is evidence that the two stories are one event
     * told twice: they merge. Above the join threshold by a margin; on BASIL the dev half does not discriminate
     * between 0.24 and 0.60, the held-out half gains at 0.24-0.32 and loses nothing anywhere (bench StoriesBench
     * merge).
     */
    public static final double MERGE_THRESHOLD = 0.30;

    /** Score lost per day between the article and the story's published range; chosen with the threshold. */
    public static final double DAY_PENALTY = 0.04;

    /**
     * With statistics, a candidate whose unweighted similarity (and figure evidence, {@link #figures}) is below this
     * share of the least score that can be taken (the threshold, or the lone threshold when lower) is not weighted
     * (the costly part: every term of the story): weighting by rarity moves similarities by a few hundredths, and on
     * BASIL never lifted a pair from below 0.125 to above 0.19 (bench StoriesBench).
     */
    static final double PREFILTER = 0.5;

    private static final double SECONDS_PER_DAY = 86_400.0;

    /**
     * A story that may receive the article, with the range of its articles' publication times (either may be null
     * when unknown; then no day penalty applies).
     */
    public record Candidate(UUID storyId, StorySignature signature, OffsetDateTime firstPublished,
            OffsetDateTime lastPublished) {

        public Candidate(UUID storyId, StorySignature signature) {
            this(storyId, signature, null, null);
        }
    }

    /**
     * Score lost for each day beyond {@link #SAME_EVENT_DAYS} between the day the article says its event happened
     * and the nearest such day of the story (up to {@link #MAX_OTHER_DAYS} days): two incidents of one place a few
     * days apart share their words, not their day (see {@link EventDay}). Chosen on the development sets of the
     * grouping bench (local news, BASIL whole and cut to three paragraphs: a flat 0.15 split BASIL's multi-day
     * events; docs/BENCHMARKS.md).
     */
    public static final double OTHER_DAY_PENALTY = 0.05;
    /**
     * Score lost when the article's opening and the story's name kinds of incident and none in common (see
     * {@link StorySignature#otherIncident}).
     */
    public static final double OTHER_INCIDENT_PENALTY = 0.20;
    /**
     * Score lost when the article's opening and the story's name streets and none in common (see
     * {@link StorySignature#otherStreet}).
     */
    public static final double OTHER_STREET_PENALTY = 0.20;
    /**
     * Score added for each precise figure beyond the first that the article and the story both state ("£310m",
     * "600,000", "1,200 objections"), up to {@link #FIGURE_CAP}: a tabloid's or a trade title's take on an event,
     * worded its own way ("SOLAR SPRAWL: 600,000 panels to swallow farmland"), still copies the event's figures, and
     * two events rarely share two of them (see {@link StorySignature#sharedFigures}; docs/BENCHMARKS.md).
     */
    static final double FIGURE_STEP = 0.05;
    static final double FIGURE_CAP = 0.15;
    /** Days two outlets' event days may differ and still be one event (a late-night incident dated either side). */
    static final int SAME_EVENT_DAYS = 1;
    /** The other-day penalty grows with each day further apart, up to this many. */
    static final int MAX_OTHER_DAYS = 4;

    private final double threshold;
    private final double dayPenalty;
    private final double otherDayPenalty;
    private final double loneThreshold;
    private final double loneMargin;
    private final double undatedSure;
    private final double undatedMargin;

    public StoryMatcher(double threshold) {
        this(threshold, DAY_PENALTY);
    }

    public StoryMatcher(double threshold, double dayPenalty) {
        this(threshold, dayPenalty, OTHER_DAY_PENALTY);
    }

    public StoryMatcher(double threshold, double dayPenalty, double otherDayPenalty) {
        this(threshold, dayPenalty, otherDayPenalty, threshold, 0, 0, 0);
    }

    private StoryMatcher(double threshold, double dayPenalty, double otherDayPenalty, double loneThreshold,
            double loneMargin, double undatedSure, double undatedMargin) {
        this.threshold = threshold;
        this.dayPenalty = dayPenalty;
        this.otherDayPenalty = otherDayPenalty;
        this.loneThreshold = Math.min(threshold, loneThreshold);
        this.loneMargin = loneMargin;
        this.undatedSure = undatedSure;
        this.undatedMargin = undatedMargin;
    }

    /**
     * The same matcher, also taking the best candidate when it scores at least {@code loneThreshold} (below the
     * threshold) and stands alone: every other candidate scores at least {@code margin} less, and the two agree in
     * their days: both dated, published within a day of the story's range, and no other event day, kind of incident
     * or street named. The threshold guards against a related story (the same people another week, a like incident
     * of the same town); a dated article whose words point to one story of its own days and no other — a tabloid's
     * or a trade title's take on an event, worded its own way — needs less. Where either date is unknown, or the days
     * disagree, the story could be a related one: the threshold stands (measured: undated articles let in this way
     * joined related stories weeks apart, and a shooting joined another of its neighbourhood four days earlier;
     * docs/BENCHMARKS.md).
     */
    public StoryMatcher alone(double loneThreshold, double margin) {
        return new StoryMatcher(threshold, dayPenalty, otherDayPenalty, loneThreshold, margin, undatedSure,
                undatedMargin);
    }

    /**
     * The same matcher, leaving an article of unknown date out of a story it takes at under {@code sure} unless every
     * other candidate scores at least {@code margin} less: with no day to tell them apart, an undated report of one
     * event of a saga scores alike with the saga's other events ("Trump calls on Obama to resign over Orlando
     * shooting" with a years-old story on Trump and Obama), and a story of its own, which a later article may still
     * join, costs less than a wrong one (BASIL through the service, docs/BENCHMARKS.md).
     */
    public StoryMatcher undated(double sure, double margin) {
        return new StoryMatcher(threshold, dayPenalty, otherDayPenalty, loneThreshold, loneMargin, sure, margin);
    }

    public Optional<UUID> match(StorySignature article, List<Candidate> candidates) {
        return match(article, null, candidates, TermStatistics.empty());
    }

    public Optional<UUID> match(StorySignature article, List<Candidate> candidates, TermStatistics statistics) {
        return match(article, null, candidates, statistics);
    }

    /** The best candidate for an article published at {@code published} (null: unknown, no day penalty). */
    public Optional<UUID> match(StorySignature article, OffsetDateTime published, List<Candidate> candidates,
            TermStatistics statistics) {
        return place(article, published, candidates, statistics, Double.POSITIVE_INFINITY).map(Match::story);
    }

    /** The story an article joins and the other stories it scores {@code mergeThreshold} or more with. */
    public record Match(UUID story, List<UUID> merged) {
    }

    /**
     * The best candidate for an article, as {@link #match}, with every other candidate that scores at least
     * {@code mergeThreshold}: stories the article shows to be the same event, to merge into the one it joins.
     */
    public Optional<Match> place(StorySignature article, OffsetDateTime published, List<Candidate> candidates,
            TermStatistics statistics, double mergeThreshold) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double runnerUp = 0;
        List<UUID> strong = new ArrayList<>();
        boolean weighted = statistics.documents() > 0;
        // A candidate skipped here scores well under the least score that can be taken less the lone margin (see
        // PREFILTER): it could neither be taken nor keep the best from standing alone. An undated article is never
        // taken under the threshold.
        double prefilter = (published == null ? threshold : loneThreshold) * PREFILTER;
        for (Candidate candidate : candidates) {
            double figures = figures(article, candidate);
            if (weighted && article.similarity(candidate.signature()) + figures < prefilter) {
                continue;
            }
            double score = score(article, published, candidate, statistics, figures);
            if (score >= mergeThreshold) {
                strong.add(candidate.storyId());
            }
            if (score >= bestScore) {
                runnerUp = Math.max(runnerUp, bestScore);
                best = candidate;
                bestScore = score;
            } else {
                runnerUp = Math.max(runnerUp, score);
            }
        }
        boolean taken = best != null && (bestScore >= threshold || bestScore >= loneThreshold
                && bestScore - runnerUp >= loneMargin && agrees(article, published, best));
        if (taken && published == null && bestScore < undatedSure && bestScore - runnerUp < undatedMargin) {
            // an article of unknown date that scores alike with two stories cannot tell a related event from its own
            taken = false;
        }
        if (!taken) {
            return Optional.empty();
        }
        UUID chosen = best.storyId();
        return Optional.of(new Match(chosen, strong.stream().filter(id -> !id.equals(chosen)).toList()));
    }

    /**
     * Whether the article and the story are both dated and their days agree: published within a day of the story's
     * range, and no other event day, kind of incident or street named (nothing but at most a day's penalty).
     */
    private boolean agrees(StorySignature article, OffsetDateTime published, Candidate story) {
        return published != null && story.firstPublished() != null
                && penalty(article, published, story) <= dayPenalty + 1e-9;
    }

    /**
     * The article's score for one candidate: similarity (weighted by rarity when the statistics know any story), more
     * for the precise figures the two share ({@link #figures}), less the day penalty, and less the other-day penalty
     * when the two name different days for their event.
     */
    public double score(StorySignature article, OffsetDateTime published, Candidate candidate,
            TermStatistics statistics) {
        return score(article, published, candidate, statistics, figures(article, candidate));
    }

    private double score(StorySignature article, OffsetDateTime published, Candidate candidate,
            TermStatistics statistics, double figures) {
        double similarity = statistics.documents() > 0 ? article.similarity(candidate.signature(), statistics)
                : article.similarity(candidate.signature());
        return similarity + figures - penalty(article, published, candidate);
    }

    /**
     * What the precise figures the article and the story both state add to its similarity: {@link #FIGURE_STEP} for
     * each beyond the first, up to {@link #FIGURE_CAP} (see {@link StorySignature#sharedFigures}).
     */
    static double figures(StorySignature article, Candidate candidate) {
        return Math.min(FIGURE_CAP, FIGURE_STEP * Math.max(0, article.sharedFigures(candidate.signature()) - 1));
    }

    /**
     * What the article's dates, event days, incident kinds and streets take off its similarity with a candidate: the
     * day penalty, the other-day penalty and the incident and street penalties.
     */
    double penalty(StorySignature article, OffsetDateTime published, Candidate candidate) {
        // An article that names its event's day, the day of the story's event, is placed by that day, not by when it
        // was published: a follow-up days later ("arraigned Tuesday in Friday's drive-by" opens with its own day,
        // "the owner of the store robbed Sunday" with the event's) is the same event however late it comes.
        boolean sameDay = article.sameDay(candidate.signature(), SAME_EVENT_DAYS);
        double late = sameDay ? 0 : daysOutside(published, candidate.firstPublished(), candidate.lastPublished());
        return dayPenalty * late
                + otherDayPenalty * Math.min(MAX_OTHER_DAYS, article.daysApart(candidate.signature(), SAME_EVENT_DAYS))
                + (article.otherIncident(candidate.signature()) ? OTHER_INCIDENT_PENALTY : 0)
                + (article.otherStreet(candidate.signature()) ? OTHER_STREET_PENALTY : 0);
    }

    /** Days (fractional) from {@code published} to the range {@code [first, last]}; 0 inside it or when unknown. */
    static double daysOutside(OffsetDateTime published, OffsetDateTime first, OffsetDateTime last) {
        if (published == null) {
            return 0;
        }
        Duration gap = Duration.ZERO;
        if (first != null && published.isBefore(first)) {
            gap = Duration.between(published, first);
        } else if (last != null && published.isAfter(last)) {
            gap = Duration.between(last, published);
        }
        return gap.toSeconds() / SECONDS_PER_DAY;
    }
}
