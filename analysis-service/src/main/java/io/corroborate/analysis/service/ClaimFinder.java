package io.corroborate.analysis.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Claim;

/** Runs the claim extractor and gives each draft its identity: ids, article and source. */
@ApplicationScoped
public class ClaimFinder {

    private final ClaimExtractor extractor = new ClaimExtractor();

    public List<Claim> find(UUID articleId, String source, String text) {
        return extractor.extract(text).stream().map(draft -> draft.toClaim(UUID.randomUUID(), articleId, source))
                .toList();
    }
}
