package io.corroborate.analysis.service;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The stories whose comparison is due, and when the next rebuild may start: once placements have paused for
 * {@code quiet}, or once the story due longest has waited {@code maxWait}. A story queued again while it waits stays
 * in its place, so that one rebuild covers all its new articles. Times are {@link System#nanoTime()} readings, given
 * by the caller. Not thread-safe.
 */
final class DueStories {

    private final long quietNanos;
    private final long maxWaitNanos;
    /** Each story due with the time it fell due, longest due first. */
    private final Map<UUID, Long> due = new LinkedHashMap<>();
    private long lastAdded;

    DueStories(long quietNanos, long maxWaitNanos) {
        this.quietNanos = quietNanos;
        this.maxWaitNanos = maxWaitNanos;
    }

    void add(Collection<UUID> stories, long now) {
        stories.forEach(story -> due.putIfAbsent(story, now));
        lastAdded = now;
    }

    boolean isEmpty() {
        return due.isEmpty();
    }

    int size() {
        return due.size();
    }

    /** How long from {@code now} until a rebuild may start: 0 when one may start now. Only when not empty. */
    long waitNanos(long now) {
        long longestDue = due.values().iterator().next();
        return Math.max(0, Math.min(lastAdded + quietNanos - now, longestDue + maxWaitNanos - now));
    }

    /** The story due longest, taken out, when a rebuild may start now; otherwise null. */
    UUID take(long now) {
        if (due.isEmpty() || waitNanos(now) > 0) {
            return null;
        }
        Iterator<UUID> first = due.keySet().iterator();
        UUID story = first.next();
        first.remove();
        return story;
    }
}
