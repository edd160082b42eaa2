package io.corroborate.analysis.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.corroborate.api.Attribution;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/** One claim found in one article, with its provenance. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    public UUID id;
    @Column(name = "article_id")
    public UUID articleId;
    @Column(name = "story_id")
    public UUID storyId;
    public String source;
    public String subject;
    public String predicate;
    public String object;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public BigDecimal amount;
    public String currency;
    public String unit;
    @Enumerated(EnumType.STRING)
    public Bound bound;
    public BigDecimal low;
    public BigDecimal high;
    public String sentence;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
    public String surface;
    @Column(name = "attribution_cue")
    public String attributionCue;
    @Column(name = "attribution_source")
    public String attributionSource;
    public boolean negated;
    public String measure;
    public String period;
    public boolean hypothetical;
    /** The claim's context words, separated by "|": what alignment weighs besides the measure. */
    public String context;
    @Column(name = "subject_anchored")
    public boolean subjectAnchored;
    public int ordinal;

    public Claim toClaim() {
        return new Claim(id, articleId, source, subject, predicate, object,
                new Value(kind, amount, currency, unit, bound, low, high),
                new Quote(sentence, startOffset, endOffset, surface),
                attributionCue == null ? null : new Attribution(attributionCue, attributionSource), negated, null,
                measure, period, hypothetical,
                context == null || context.isEmpty() ? List.of() : Arrays.asList(context.split("\\|")),
                subjectAnchored);
    }

    public static ClaimEntity of(Claim claim, UUID storyId, int ordinal) {
        ClaimEntity e = new ClaimEntity();
        e.id = claim.id();
        e.articleId = claim.articleId();
        e.storyId = storyId;
        e.source = claim.source();
        e.subject = claim.subject();
        e.predicate = claim.predicate();
        e.object = claim.object();
        e.kind = claim.value().kind();
        e.amount = claim.value().amount();
        e.currency = claim.value().currency();
        e.unit = claim.value().unit();
        e.bound = claim.value().bound();
        e.low = claim.value().low();
        e.high = claim.value().high();
        e.sentence = claim.quote().sentence();
        e.startOffset = claim.quote().start();
        e.endOffset = claim.quote().end();
        e.surface = claim.quote().surface();
        if (claim.attribution() != null) {
            e.attributionCue = claim.attribution().cue();
            e.attributionSource = claim.attribution().source();
        }
        e.negated = claim.negated();
        e.measure = claim.measure();
        e.period = claim.period();
        e.hypothetical = claim.hypothetical();
        e.context = claim.context() == null ? "" : String.join("|", claim.context());
        e.subjectAnchored = claim.anchored();
        e.ordinal = ordinal;
        return e;
    }
}
