package io.corroborate.analysis.service;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Rebuilds the comparisons of the stories placements touched, one at a time on a thread of its own, so that placing
 * an article never waits for a comparison. A story touched again while it waits is rebuilt once for all its new
 * articles: under load the stories due pile up and each rebuild covers more arrivals (a rebuild reads the whole
 * story, so rebuilding per arrival costs the square of a story's size). Nothing is lost if the process stops: a
 * story whose comparison is older than its articles stays due in the database, a read rebuilds it first
 * ({@link StoryQueries}), and {@link ComparisonRepair} rebuilds what is left.
 */
@ApplicationScoped
public class ComparisonWorker {

    private final StoryUpdater stories;
    private final Set<UUID> due = new LinkedHashSet<>();
    private Thread thread;
    private boolean stopped;
    /** Whether a rebuild is under way. */
    private boolean busy;

    public ComparisonWorker(StoryUpdater stories, MeterRegistry metrics) {
        this.stories = stories;
        metrics.gauge("corroborate.analysis.comparisons.pending", this, ComparisonWorker::pending);
    }

    /** Queues the stories for a rebuild; each is rebuilt once however often it is queued before its turn. */
    public synchronized void submit(Collection<UUID> stories) {
        if (stopped || stories.isEmpty()) {
            return;
        }
        due.addAll(stories);
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

    /** The next story due, waiting for one; null once stopped (what is left stays due in the database). */
    private synchronized UUID next() {
        busy = false;
        while (due.isEmpty() && !stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        if (stopped) {
            return null;
        }
        Iterator<UUID> first = due.iterator();
        UUID story = first.next();
        first.remove();
        busy = true;
        return story;
    }
}
