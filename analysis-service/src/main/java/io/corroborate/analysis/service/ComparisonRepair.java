package io.corroborate.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.config.AnalysisConfig;
import io.corroborate.analysis.repository.StoryRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Rebuilds the comparisons left due: a story whose articles were placed but whose rebuild failed or never ran (the
 * process stopped before its {@link ComparisonWorker} came to it). Every replica runs it; the story's own lock keeps two rebuilds of
 * one story apart, and a rebuild that finds the comparison up to date does nothing.
 */
@ApplicationScoped
public class ComparisonRepair {

    private final StoryRepository stories;
    private final StoryUpdater updater;
    private final AnalysisConfig config;

    public ComparisonRepair(StoryRepository stories, StoryUpdater updater, AnalysisConfig config) {
        this.stories = stories;
        this.updater = updater;
        this.config = config;
    }

    @Scheduled(every = "${corroborate.stories.repair-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void repair() {
        // A story placed moments ago waits on its process's ComparisonWorker: leave it to that worker.
        OffsetDateTime settled = OffsetDateTime.now(ZoneOffset.UTC).minus(config.repairAfter());
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> stories.stale(settled, config.repairBatch()));
        for (UUID story : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> updater.rebuild(story))) {
                    Log.infof("Rebuilt the overdue comparison of story %s", story);
                }
            } catch (RuntimeException e) {
                Log.warnf(e, "The comparison of story %s could not be rebuilt; trying again later", story);
            }
        }
    }
}
