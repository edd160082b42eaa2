package io.corroborate.ingest.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.corroborate.api.Article;
import io.corroborate.api.ArticleStatus;

/** A stored article: cleaned text, metadata, duplicate link and pipeline status. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    public UUID id;
    public String source;
    public String url;
    @Column(name = "url_key")
    public String urlKey;
    public String title;
    public String byline;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public String language;
    public String text;
    @Column(name = "text_hash")
    public String textHash;
    public byte[] minhash;
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "failure_type")
    public String failureType;
    @Column(name = "story_id")
    public UUID storyId;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Article toArticle() {
        return new Article(id, source, url, title, byline, publishedAt, language, status, failureReason, failureType,
                storyId, duplicateOf, receivedAt, text);
    }
}
