package io.corroborate.analysis.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A group of articles about one event, with its matching signature and its last built comparison. Placement (under
 * the assignment lock) and the comparison's rebuild (under the story's own lock) write different columns of one row
 * concurrently, so an update writes only the columns it changed.
 */
@Entity
@Table(name = "story")
@DynamicUpdate
public class StoryEntity {

    @Id
    public UUID id;
    public String title;
    @Column(name = "article_count")
    public int articleCount;
    @Column(name = "source_count")
    public int sourceCount;
    @Column(name = "fact_count")
    public int factCount;
    @Column(name = "conflict_count")
    public int conflictCount;
    @Column(name = "first_published")
    public OffsetDateTime firstPublished;
    @Column(name = "last_published")
    public OffsetDateTime lastPublished;
    public String signature;
    public String comparison;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** Bumped by every placement that changes the story's articles. */
    public long version;
    /** The version the stored comparison was built from; older than {@link #version} while a rebuild is due. */
    @Column(name = "comparison_version")
    public long comparisonVersion;
}
