package io.corroborate.analysis.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DueStoriesTest {

    private static final long MS = 1_000_000;
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final DueStories due = new DueStories(250 * MS, 10_000 * MS);

    @Test
    void aStoryWaitsUntilPlacementsPause() {
        due.add(List.of(a), 0);
        assertNull(due.take(100 * MS));
        assertEquals(150 * MS, due.waitNanos(100 * MS));
        assertEquals(a, due.take(250 * MS));
        assertTrue(due.isEmpty());
    }

    @Test
    void aStoryQueuedAgainIsRebuiltOnceInItsFirstPlace() {
        due.add(List.of(a), 0);
        due.add(List.of(b), 100 * MS);
        due.add(List.of(a, b), 200 * MS);
        assertEquals(2, due.size());
        assertNull(due.take(300 * MS), "placements paused only 100 ms ago");
        assertEquals(a, due.take(450 * MS));
        assertEquals(b, due.take(450 * MS));
        assertNull(due.take(450 * MS));
    }

    @Test
    void placementsThatNeverPauseStillGetTheLongestDueRebuiltAtTheMostWait() {
        due.add(List.of(a), 0);
        long now = 100 * MS;
        for (; now < 10_000 * MS; now += 100 * MS) {
            due.add(List.of(a, b), now);
            assertNull(due.take(now), "rebuilt at " + now / MS + " ms");
        }
        assertEquals(a, due.take(now), "a has waited 10 s");
        assertNull(due.take(now), "b fell due 100 ms after a: its own wait is not over");
        assertEquals(b, due.take(now + 100 * MS));
    }
}
