package io.corroborate.analysis.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.corroborate.api.StoryArticle;

/** An article analysis has seen: which story it joined and how many claims it gave. */
@Entity
@Table(name = "analyzed_article")
public class AnalyzedArticleEntity {

    @Id
    @Column(name = "article_id")
    public UUID articleId;
    @Column(name = "story_id")
    public UUID storyId;
    public String source;
    public String url;
    public String title;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "claim_count")
    public int claimCount;
    @Column(name = "analyzed_at")
    public OffsetDateTime analyzedAt;

    public StoryArticle toStoryArticle() {
        return new StoryArticle(articleId, source, title, url, publishedAt, claimCount);
    }
}
