package io.corroborate.analysis.service;

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.corroborate.analysis.config.AnalysisConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Rebuilds the comparisons of the stories placements touched, one at a time on a thread of its own, so that placing
 * an article never waits for a comparison. A rebuild reads the whole story, so rebuilding per arrival costs the
 * square of a story's size: the worker waits until placements pause ({@code rebuild-quiet}) or a story has been due
 * for {@code rebuild-max-wait}, and a story touched again while it waits is rebuilt once for all its new articles.
 * Readers never see a comparison late: a read of a due story rebuilds it first ({@link StoryQueries}). Nothing is
 * lost if the process stops: a story whose comparison is older than its articles stays due in the database, and
 * {@link ComparisonRepair} rebuilds what is left.
 */
@ApplicationScoped
public class ComparisonWorker {

    private final StoryUpdater stories;
    private final DueStories due;
    private Thread thread;
    private boolean stopped;
    /** Whether a rebuild is under way. */
    private boolean busy;

    public ComparisonWorker(StoryUpdater stories, AnalysisConfig config, MeterRegistry metrics) {
        this.stories = stories;
        this.due = new DueStories(config.rebuildQuiet().toNanos(), config.rebuildMaxWait().toNanos());
        metrics.gauge("corroborate.analysis.comparisons.pending", this, ComparisonWorker::pending);
    }

    /** Queues the stories for a rebuild; each is rebuilt once however often it is queued before its turn. */
    public synchronized void submit(Collection<UUID> stories) {
        if (stopped || stories.isEmpty()) {
            return;
        }
        due.add(stories, System.nanoTime());
        if (thread == null || !thread.isAlive()) { // started on first use; again should an Error have ended it
            thread = new Thread(this::run, "comparison-rebuilds");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    /** How many stories wait for a rebuild on this process, counting the one being rebuilt. */
    public synchronized int pending() {
        return due.size() + (busy ? 1 : 0);
    }

    void stop(@Observes ShutdownEvent event) {
        Thread running;
        synchronized (this) {
            stopped = true;
            running = thread;
            notifyAll();
        }
        if (running != null) {
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        UUID story;
        while ((story = next()) != null) {
            UUID current = story;
            try {
                QuarkusTransaction.requiringNew().call(() -> stories.rebuild(current));
            } catch (RuntimeException e) {
                Log.warnf(e, "The comparison of story %s was not rebuilt now; the repair job will", current);
            }
        }
    }

    /**
     * The story due longest, once placements have paused or it has waited its longest ({@link DueStories}); null once
     * stopped (what is left stays due in the database).
     */
    private synchronized UUID next() {
        busy = false;
        try {
            while (!stopped) {
                if (due.isEmpty()) {
                    wait();
                    continue;
                }
                long now = System.nanoTime();
                UUID story = due.take(now);
                if (story != null) {
                    busy = true;
                    return story;
                }
                wait(TimeUnit.NANOSECONDS.toMillis(due.waitNanos(now)) + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
