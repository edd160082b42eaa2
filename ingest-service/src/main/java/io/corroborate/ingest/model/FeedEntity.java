package io.corroborate.ingest.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.corroborate.api.Feed;

/** A subscribed feed with its conditional-GET validators and polling state. */
@Entity
@Table(name = "feed")
public class FeedEntity {

    public static final String ACTIVE = "ACTIVE";
    public static final String BROKEN = "BROKEN";

    @Id
    public UUID id;
    public String url;
    public String source;
    @Column(name = "poll_seconds")
    public int pollSeconds;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    public String status;
    public int failures;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_polled_at")
    public OffsetDateTime lastPolledAt;
    @Column(name = "next_poll_at")
    public OffsetDateTime nextPollAt;
    @Column(name = "entries_seen")
    public int entriesSeen;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public Feed toFeed() {
        return new Feed(id, url, source, pollSeconds, status, failures, lastError, lastPolledAt, nextPollAt,
                entriesSeen);
    }
}
