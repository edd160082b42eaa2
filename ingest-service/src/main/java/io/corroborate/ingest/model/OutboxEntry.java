package io.corroborate.ingest.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article still to be delivered to analysis; deleted once analysis has accepted or refused it. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @Column(name = "article_id")
    public UUID articleId;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "trace_parent")
    public String traceParent;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
