package io.corroborate.analysis.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.analysis.config.AnalysisConfig;
import io.corroborate.analysis.model.AnalyzedArticleEntity;
import io.corroborate.analysis.model.ClaimEntity;
import io.corroborate.analysis.model.StoryEntity;
import io.corroborate.analysis.fact.FactBuilder;
import io.corroborate.analysis.repository.AnalyzedArticleRepository;
import io.corroborate.analysis.repository.ClaimRepository;
import io.corroborate.analysis.repository.StoryRepository;
import io.corroborate.analysis.text.WrittenDate;
import io.corroborate.analysis.story.EventDay;
import io.corroborate.analysis.story.SignatureCache;
import io.corroborate.analysis.story.StoryMatcher;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.analysis.story.TermStatistics;
import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.AnalysisResult;
import io.corroborate.api.Claim;
import io.corroborate.api.Comparison;
import io.corroborate.api.Fact;
import io.corroborate.api.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Places analysed articles in stories and rebuilds the comparison of each story they joined, once per batch;
 * touches no other story. Assignment is serialized by a database lock so that two articles of one event analysed at
 * once (by this replica or another) never found two stories; a comparison is rebuilt afterwards under a lock of its
 * story only, so that one large story's rebuild holds back no placement and no other story.
 */
@ApplicationScoped
public class StoryUpdater {

    private final StoryRepository stories;
    private final AnalyzedArticleRepository articles;
    private final ClaimRepository claims;
    private final AnalysisConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final FactBuilder factBuilder = new FactBuilder();
    private final Counter merges;
    private final SignatureCache signatures = new SignatureCache(20_000);
    /**
     * How common each term is among recent stories, so that a name found in many stories weighs little. Kept up to
     * date as stories grow (under the assignment lock), and rebuilt from the database periodically, after a failed
     * transaction, and on another replica's behalf (each replica rebuilds its own).
     */
    private volatile TermStatistics statistics = TermStatistics.empty();
    private volatile Instant statisticsBuilt;

    public StoryUpdater(StoryRepository stories, AnalyzedArticleRepository articles, ClaimRepository claims,
            AnalysisConfig config, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            MeterRegistry metrics) {
        this.merges = metrics.counter("corroborate.analysis.story.merges");
        this.transactions = transactions;
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
        this.config = config;
        this.json = json;
    }

    /** An article ready to be placed: its request, the claims found in it and its matching signature. */
    public record Analyzed(AnalysisRequest request, List<Claim> claims, StorySignature signature) {
    }

    /** What a batch's placement did: one result per article, and the stories whose comparison is now due. */
    public record Placed(List<AnalysisResult> results, List<UUID> stories) {
    }

    /**
     * Places the articles in stories, in order, under the assignment lock, and marks each story they touched as due
     * for a rebuild of its comparison ({@link #rebuild}, in a transaction of its own once this one has committed).
     * Articles already placed (a redelivery racing this one) are answered with their first result.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placed addAll(List<Analyzed> batch) {
        stories.lockAssignment();
        refreshStatistics();
        // Should the transaction roll back, the statistics would count what was never stored: rebuild them next time.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    statisticsBuilt = null;
                }
            }
        });
        Map<UUID, AnalysisResult> placed = articles.resultsOf(batch.stream().map(a -> a.request().articleId())
                .toList());
        Map<UUID, Placement> touched = new LinkedHashMap<>();
        List<AnalysisResult> results = new ArrayList<>(batch.size());
        for (Analyzed analyzed : batch) {
            AnalysisResult result = placed.get(analyzed.request().articleId());
            if (result == null) {
                result = place(analyzed, touched);
                placed.put(result.articleId(), result);
            }
            results.add(result);
        }
        healSingles(touched);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Placement placement : touched.values()) {
            placement.story.signature = placement.signature.encode();
            placement.story.version++;
            placement.story.updatedAt = now;
        }
        // Written now, so that data the database refuses fails here as a PersistenceException, not at commit.
        claims.flush();
        return new Placed(results, List.copyOf(touched.keySet()));
    }

    /**
     * Rebuilds a story's counts and comparison from all of its claims, under the story's own lock, unless the stored
     * comparison is already as new as the story or the story is gone (merged into another). Placement goes on
     * meanwhile; a placement that lands during the rebuild leaves the story due again, and its own rebuild follows.
     *
     * @return whether a comparison was built
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rebuild(UUID storyId) {
        stories.lockComparison(storyId);
        StoryEntity story = stories.findById(storyId);
        if (story == null || story.comparisonVersion >= story.version) {
            return false;
        }
        long version = story.version;
        List<Fact> facts = factBuilder.compare(storyId, claims.ofStory(storyId).stream()
                .map(ClaimEntity::toClaim).toList(), articles.publishedDays(storyId));
        stories.storeComparison(storyId, write(new Comparison(storyId, facts)),
                (int) articles.count("storyId", storyId), (int) articles.sourcesOf(storyId), facts.size(),
                (int) facts.stream().filter(f -> f.verdict() == Verdict.CONFLICT).count(), version);
        return true;
    }

    /** A story touched by the batch, with its signature as the batch's articles have grown it. */
    private static final class Placement {
        final StoryEntity story;
        StorySignature signature;

        Placement(StoryEntity story, StorySignature signature) {
            this.story = story;
            this.signature = signature;
        }
    }

    private AnalysisResult place(Analyzed analyzed, Map<UUID, Placement> touched) {
        AnalysisRequest request = analyzed.request();
        // An undated article is placed by the date it gives itself (URL, dateline, a date in its first paragraph);
        // when it gives none its date is unknown, which is no evidence either way: never "now".
        OffsetDateTime published = request.publishedAt() != null ? request.publishedAt()
                : WrittenDate.of(request.url(), request.text(), OffsetDateTime.now(ZoneOffset.UTC)).orElse(null);
        // The day its opening says the event happened, which tells two like incidents of one place apart.
        StorySignature signature = analyzed.signature().withDay(EventDay.of(analyzed.claims(), published));
        StoryEntity story = storyOfOriginal(request.duplicateOf())
                .orElseGet(() -> storyFor(signature, published, request.title(), touched));
        AnalyzedArticleEntity article = new AnalyzedArticleEntity();
        article.articleId = request.articleId();
        article.storyId = story.id;
        article.source = request.source();
        article.url = request.url();
        article.title = request.title();
        article.publishedAt = request.publishedAt();
        article.claimCount = analyzed.claims().size();
        article.analyzedAt = OffsetDateTime.now(ZoneOffset.UTC);
        articles.persist(article);
        for (int i = 0; i < analyzed.claims().size(); i++) {
            claims.persist(ClaimEntity.of(analyzed.claims().get(i), story.id, i));
        }
        Placement placement = touched.computeIfAbsent(story.id,
                id -> new Placement(story, StorySignature.decode(story.signature)));
        StorySignature before = placement.signature;
        placement.signature = before.merge(signature);
        statistics.replace(before, placement.signature);
        story.firstPublished = earlier(story.firstPublished, published);
        story.lastPublished = later(story.lastPublished, published);
        if (story.title == null) {
            story.title = request.title();
        }
        return new AnalysisResult(article.articleId, story.id, analyzed.claims().size());
    }

    private void refreshStatistics() {
        Instant now = Instant.now();
        if (statisticsBuilt == null || statisticsBuilt.isBefore(now.minus(config.statisticsRefresh()))) {
            statistics = TermStatistics.of(stories.recentSignatures(config.statisticsStories()).stream()
                    .map(StorySignature::decode).toList());
            statisticsBuilt = now;
        }
    }

    private Optional<StoryEntity> storyOfOriginal(UUID original) {
        return original == null ? Optional.empty()
                : articles.findByIdOptional(original).map(a -> stories.findById(a.storyId));
    }

    private StoryEntity storyFor(StorySignature signature, OffsetDateTime published, String title,
            Map<UUID, Placement> touched) {
        // Stories this batch already grew are matched with their grown signature, not the stored one; the others
        // with the cached decoding of their current version, read from the database only when out of date.
        signatures.trim();
        // Dated: the stories published within the window, and the undated ones most recently updated. Undated: the
        // stories most recently updated, whatever their dates.
        List<StoryRepository.Candidate> found = published == null ? stories.recent(config.maxCandidates())
                : stories.candidates(published.minus(config.window()), published.plus(config.window()),
                        config.maxCandidates());
        List<StoryMatcher.Candidate> candidates = matchable(found, touched);
        // An article of unknown date meets every recent story, with no day to tell a related event apart: it may join
        // one, but it is no evidence that two stories are one event.
        double merge = published == null ? Double.POSITIVE_INFINITY : config.mergeThreshold();
        Optional<StoryMatcher.Match> match = matcherFor(published).place(signature, published, candidates, statistics,
                merge);
        if (Log.isDebugEnabled()) {
            logPlacement(title, published, signature, candidates, match);
        }
        if (match.isEmpty()) {
            return create(published, title);
        }
        StoryEntity story = stories.findById(match.get().story());
        for (UUID other : match.get().merged()) {
            StorySignature theirs = candidates.stream().filter(c -> c.storyId().equals(other)).findFirst()
                    .orElseThrow().signature();
            absorb(story, other, theirs, touched);
        }
        return story;
    }

    /**
     * Why an article went where it went, for whoever asks (DEBUG on this class): its three best candidates with their
     * scores, every penalty taken off.
     */
    private void logPlacement(String title, OffsetDateTime published, StorySignature signature,
            List<StoryMatcher.Candidate> candidates, Optional<StoryMatcher.Match> match) {
        StoryMatcher matcher = matcherFor(published);
        String best = candidates.stream()
                .map(c -> Map.entry(c.storyId(), matcher.score(signature, published, c, statistics)))
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed()).limit(3)
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        Log.debugf("Placed \"%s\" (published %s) in %s; best candidates: %s", title, published,
                match.map(m -> "story " + m.story()).orElse("a new story"), best.isEmpty() ? "none" : best);
    }

    /**
     * The candidates with their signatures: a story this batch already grew with its grown signature, not the stored
     * one; the others with the cached decoding of their current version, read from the database only when out of date.
     */
    private List<StoryMatcher.Candidate> matchable(List<StoryRepository.Candidate> found,
            Map<UUID, Placement> touched) {
        Map<UUID, String> stale = stories.signatures(found.stream()
                .filter(c -> !touched.containsKey(c.id()) && signatures.cached(c.id(), c.updatedAt()) == null)
                .map(StoryRepository.Candidate::id).distinct().toList());
        return found.stream()
                .map(c -> touched.containsKey(c.id())
                        ? new StoryMatcher.Candidate(c.id(), touched.get(c.id()).signature,
                                touched.get(c.id()).story.firstPublished, touched.get(c.id()).story.lastPublished)
                        : new StoryMatcher.Candidate(c.id(), signatures.get(c.id(), c.updatedAt(), stale.get(c.id())),
                                c.firstPublished(), c.lastPublished()))
                .toList();
    }

    /**
     * The matcher for an article published at {@code published}: one of unknown date is neutral, it joins on the
     * score its words earn (corroborate.stories.undated-threshold). A best candidate that stands alone is taken at
     * the lone threshold (see {@link StoryMatcher#alone}).
     */
    private StoryMatcher matcherFor(OffsetDateTime published) {
        return new StoryMatcher(published == null ? config.undatedThreshold() : config.matchThreshold(),
                config.dayPenalty(), config.otherDayPenalty()).alone(config.loneThreshold(), config.loneMargin())
                .undated(config.mergeThreshold(), config.undatedMargin());
    }

    /** The least score at which {@link #matcherFor} may take a story for an article published then. */
    private double leastTaken(OffsetDateTime published) {
        // an undated article is never taken under the threshold
        return published == null ? config.undatedThreshold()
                : Math.min(config.matchThreshold(), config.loneThreshold());
    }

    /**
     * Lets a story of one article that an earlier arrival left alone join a story this batch grew, when its article
     * would now be placed there: placed afresh among every story of its window but its own, it goes to the grown
     * story, as a late arrival would (the threshold, or the lone threshold when the grown story stands alone and
     * their days agree, see {@link StoryMatcher#alone}). An article that arrives before the rest of its event (a
     * tabloid's early take, a trade title's angle) meets no story like it and starts its own; once the others have
     * built theirs, the split heals, and the outcome depends less on which outlet came first. Stories of two articles
     * or more are left as they are (their merging needs a bridging article: {@link StoryMatcher#MERGE_THRESHOLD}).
     */
    private void healSingles(Map<UUID, Placement> touched) {
        Map<UUID, Long> counts = articles.counts(touched.keySet());
        List<Placement> grown = touched.values().stream().filter(p -> counts.getOrDefault(p.story.id, 0L) >= 2)
                .toList();
        if (grown.isEmpty()) {
            return;
        }
        OffsetDateTime from = null;
        OffsetDateTime to = null;
        boolean undated = false;
        for (Placement p : grown) {
            from = earlier(from, p.story.firstPublished);
            to = later(to, p.story.lastPublished);
            undated |= p.story.firstPublished == null;
        }
        List<StoryRepository.Candidate> found = from == null || undated ? stories.recent(config.maxCandidates())
                : stories.candidates(from.minus(config.window()), to.plus(config.window()), config.maxCandidates());
        Map<UUID, Long> sizes = articles.counts(found.stream().map(StoryRepository.Candidate::id).toList());
        Set<UUID> seen = new HashSet<>();
        List<StoryRepository.Candidate> singles = found.stream()
                .filter(c -> sizes.getOrDefault(c.id(), 0L) == 1 && seen.add(c.id())).toList();
        Set<UUID> grownIds = grown.stream().map(p -> p.story.id).collect(Collectors.toSet());
        Set<UUID> distinct = new HashSet<>();
        List<StoryMatcher.Candidate> window = matchable(found.stream().filter(c -> distinct.add(c.id())).toList(),
                touched);
        Set<UUID> absorbed = new HashSet<>();
        for (StoryMatcher.Candidate single : matchable(singles, touched)) {
            OffsetDateTime published = single.firstPublished();
            StoryMatcher matcher = matcherFor(published);
            // Most singles are like no grown story: placing them among the whole window is spent only on those that
            // score with a grown story (its signature as it is now) what could take them.
            boolean near = grown.stream().anyMatch(p -> matcher.score(single.signature(), published,
                    new StoryMatcher.Candidate(p.story.id, p.signature, p.story.firstPublished, p.story.lastPublished),
                    statistics) >= leastTaken(published));
            if (!near) {
                continue;
            }
            // Every story of the window but the single's own and those already absorbed, a story this batch touched
            // with its signature as it is now (each single absorbed adds to its survivor's).
            List<StoryMatcher.Candidate> targets = window.stream()
                    .filter(c -> !c.storyId().equals(single.storyId()) && !absorbed.contains(c.storyId()))
                    .map(c -> {
                        Placement p = touched.get(c.storyId());
                        return p == null ? c : new StoryMatcher.Candidate(c.storyId(), p.signature,
                                p.story.firstPublished, p.story.lastPublished);
                    })
                    .toList();
            Optional<StoryMatcher.Match> match = matcher.place(single.signature(), published, targets, statistics,
                    Double.POSITIVE_INFINITY);
            if (match.isPresent() && grownIds.contains(match.get().story())) {
                absorb(touched.get(match.get().story()).story, single.storyId(), single.signature(), touched);
                absorbed.add(single.storyId());
            }
        }
    }

    /**
     * Merges story {@code otherId} into {@code story}: an article scored high with both, so they are one event told
     * twice. Its articles and claims move, its signature adds to the survivor's, its id keeps answering with the
     * survivor, and the survivor's comparison is rebuilt with the batch.
     */
    private void absorb(StoryEntity story, UUID otherId, StorySignature theirs, Map<UUID, Placement> touched) {
        Placement into = touched.computeIfAbsent(story.id,
                id -> new Placement(story, StorySignature.decode(story.signature)));
        Placement gone = touched.remove(otherId);
        StoryEntity other = gone != null ? gone.story : stories.findById(otherId);
        StorySignature before = into.signature;
        into.signature = before.combine(theirs);
        statistics.remove(theirs);
        statistics.replace(before, into.signature);
        story.firstPublished = earlier(story.firstPublished, other.firstPublished);
        story.lastPublished = later(story.lastPublished, other.lastPublished);
        story.title = story.title != null ? story.title : other.title;
        stories.moveInto(otherId, story.id, OffsetDateTime.now(ZoneOffset.UTC));
        stories.delete(other);
        merges.increment();
        Log.infof("Merged story %s into %s", otherId, story.id);
    }

    /** The earlier of two dates, either of which may be unknown (null). */
    private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** The later of two dates, either of which may be unknown (null). */
    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private StoryEntity create(OffsetDateTime published, String title) {
        StoryEntity story = new StoryEntity();
        story.id = UUID.randomUUID();
        story.title = title;
        story.signature = "";
        story.firstPublished = published;
        story.lastPublished = published;
        story.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        story.updatedAt = story.createdAt;
        stories.persist(story);
        return story;
    }

    private String write(Comparison comparison) {
        try {
            return json.writeValueAsString(comparison);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A comparison must always serialize", e);
        }
    }
}
