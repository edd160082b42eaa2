package io.corroborate.analysis.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How analysis groups articles into stories. */
@ConfigMapping(prefix = "corroborate.stories")
public interface AnalysisConfig {

    /**
     * Least cosine similarity of an article to a story's signature for the article to join it; chosen on half of
     * the BASIL events and checked on the other half (docs/BENCHMARKS.md).
     */
    @WithDefault("0.34")
    double matchThreshold();

    /** An article only joins stories with articles published within this window of its own date. */
    @WithDefault("P7D")
    Duration window();

    /** Most candidate stories compared per article. */
    @WithDefault("500")
    int maxCandidates();
}
