package io.corroborate.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How ingest fetches a submitted URL. */
@ConfigMapping(prefix = "corroborate.fetch")
public interface FetchConfig {

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Whole-request budget, headers and body. */
    @WithDefault("PT15S")
    Duration timeout();

    @WithDefault("5242880")
    int maxBytes();

    @WithDefault("5")
    int maxRedirects();

    /** Private, loopback, link-local and metadata addresses are refused unless this is set (tests only). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Hosts exempt from the address check (exact names, e.g. a feed server on the same network in tests). */
    Optional<List<String>> allowedHosts();

    @WithDefault("CorroborateBot/1.0")
    String userAgent();
}
