package io.corroborate.gateway.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A token bucket per API key: {@code rate} requests a second on average, bursts up to {@code burst}. */
@ApplicationScoped
public class RateLimiter {

    private final double rate;
    private final double burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(@ConfigProperty(name = "corroborate.rate-limit.per-second", defaultValue = "200") double rate,
            @ConfigProperty(name = "corroborate.rate-limit.burst", defaultValue = "400") double burst) {
        this.rate = rate;
        this.burst = burst;
    }

    /** Takes one token; returns 0 when granted, else the whole seconds to wait before a token is free. */
    public long acquire(String keyId) {
        return buckets.computeIfAbsent(keyId, k -> new Bucket(burst)).take(rate, burst, System.nanoTime());
    }

    private static final class Bucket {
        private double tokens;
        private long updated = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized long take(double rate, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * rate);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate);
        }
    }
}
