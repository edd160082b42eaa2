package io.corroborate.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void grantsTheBurstThenAsksToWait() {
        RateLimiter limiter = new RateLimiter(1, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("key-a"));
        }
        assertTrue(limiter.acquire("key-a") >= 1, "the fourth request in a burst of three must wait");
        assertEquals(0, limiter.acquire("key-b"), "keys have separate buckets");
    }
}
