package io.corroborate.analysis.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Claim;

/** Runs the claim extractor and gives each draft its identity: ids, article and source. */
@ApplicationScoped
public class ClaimFinder {

    private final ClaimExtractor extractor = new ClaimExtractor();

    /**
     * The claims of an article's text; {@code published} (null: unknown) dates its relative dates ("last week"), read
     * on the calendar day the timestamp's own offset gives.
     */
    public List<Claim> find(UUID articleId, String source, String text, OffsetDateTime published) {
        LocalDate written = published == null ? null : published.toLocalDate();
        return extractor.extract(text, written).stream().map(draft -> draft.toClaim(UUID.randomUUID(), articleId, source))
                .toList();
    }
}
