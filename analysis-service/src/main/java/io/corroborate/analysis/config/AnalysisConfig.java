package io.corroborate.analysis.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How analysis groups articles into stories and keeps their comparisons up to date. */
@ConfigMapping(prefix = "corroborate.stories")
public interface AnalysisConfig {

    /**
     * Least score of an article against a story for the article to join it: cosine similarity of their signatures,
     * terms weighted by rarity among recent stories, less {@link #dayPenalty()} per day between the article and the
     * story's published range. Chosen on half of the BASIL events and checked on the other half
     * (docs/BENCHMARKS.md).
     */
    @WithDefault("0.24")
    double matchThreshold();

    /**
     * An article that scores at least this with a second candidate story merges that story into the one it joins:
     * the two were one event told twice. Above {@link #matchThreshold()} by a margin (docs/BENCHMARKS.md).
     */
    @WithDefault("0.30")
    double mergeThreshold();

    /**
     * Least score for an article of unknown date to join a story. Its unknown date is neutral evidence: it joins on
     * the score a dated article needs (it never merges two stories, see {@code StoryUpdater}). 0.30, the merge
     * threshold, split pasted tabloid and trade reports from their event (docs/BENCHMARKS.md).
     */
    @WithDefault("0.24")
    double undatedThreshold();

    /**
     * How far above every other candidate an article of unknown date must score to join a story it scores under the
     * merge threshold with: one that scores alike with two stories starts its own (see {@code StoryMatcher#undated};
     * BASIL's mixed mode through the service: 0.05 and 0.03 against none, docs/BENCHMARKS.md).
     */
    @WithDefault("0.03")
    double undatedMargin();

    /**
     * Least score at which an article joins the best candidate below the threshold when that story stands alone (see
     * {@link #loneMargin()}) and the two agree in their days (see {@code StoryMatcher#alone}): a tabloid's or a
     * trade title's take on an event, worded its own way, scores under the threshold with its event and near nothing
     * with any other story (docs/BENCHMARKS.md).
     */
    @WithDefault("0.20")
    double loneThreshold();

    /** How far below the best candidate every other must score for it to stand alone. */
    @WithDefault("0.05")
    double loneMargin();

    /** Score lost per day the article falls outside the story's first–last published range. */
    @WithDefault("0.04")
    double dayPenalty();

    /**
     * Score lost for each day beyond one between the day the article's opening names for its event and the days the
     * story's articles name (up to four days): two incidents of one place and kind a few days apart
     * (docs/BENCHMARKS.md).
     */
    @WithDefault("0.05")
    double otherDayPenalty();

    /** How many of the most recently updated stories the term statistics are built from. */
    @WithDefault("20000")
    int statisticsStories();

    /** How often the term statistics are rebuilt from the database (between rebuilds they follow each update). */
    @WithDefault("PT15M")
    Duration statisticsRefresh();

    /** An article only joins stories with articles published within this window of its own date. */
    @WithDefault("P7D")
    Duration window();

    /** Most candidate stories compared per article. */
    @WithDefault("500")
    int maxCandidates();

    /**
     * A story's comparison is rebuilt in the background once placements have paused this long, so that a burst of
     * arrivals is compared once, not once per article (a rebuild reads the whole story). A read of a story whose
     * comparison is due rebuilds it first: readers never see it late.
     */
    @WithDefault("250ms")
    Duration rebuildQuiet();

    /** Under placements that never pause, a comparison due this long is rebuilt all the same. */
    @WithDefault("10s")
    Duration rebuildMaxWait();

    /** How often each replica rebuilds the comparisons left due (a rebuild that failed or never ran). */
    @WithDefault("30s")
    Duration repairEvery();

    /** A story placed less than this long ago is left to the request that placed it. */
    @WithDefault("30s")
    Duration repairAfter();

    /** Most overdue comparisons rebuilt per round. */
    @WithDefault("50")
    int repairBatch();
}
