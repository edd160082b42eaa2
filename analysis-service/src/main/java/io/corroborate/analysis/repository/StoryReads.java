package io.corroborate.analysis.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.agroal.api.AgroalDataSource;
import io.corroborate.api.Page;
import io.corroborate.api.StorySummary;

/**
 * The hot reads (the story list and stored comparisons) as single-row or single-page JDBC statements in
 * auto-commit: no transaction, no entity loading. Profiling under a steady read load showed the ORM and
 * transaction machinery costing more than the queries themselves.
 */
@ApplicationScoped
public class StoryReads {

    /** The row of a story, or of the story it merged into: bound by {@link #resolve}. */
    private static final String RESOLVED = "id = COALESCE((SELECT into_id FROM story_merge WHERE from_id = ?), ?)";

    private final AgroalDataSource dataSource;

    public StoryReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A page of summaries, and the stories on it whose comparison (and counts) are older than their articles. */
    public record Summaries(Page<StorySummary> page, List<UUID> due) {
    }

    /** A story's stored comparison document, and whether it is older than the story's articles. */
    public record StoredComparison(UUID story, String json, boolean due) {
    }

    /** One page of summaries, most recently published first, and the number of stories. */
    public Summaries summaries(int page, int size) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT id, title, article_count, source_count, fact_count, conflict_count, first_published,
                               last_published, comparison_version < version
                        FROM story ORDER BY last_published DESC, id DESC LIMIT ? OFFSET ?""");
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM story")) {
            select.setInt(1, size);
            select.setLong(2, (long) page * size);
            List<StorySummary> items = new ArrayList<>(size);
            List<UUID> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    items.add(new StorySummary(id, rows.getString(2), rows.getInt(3),
                            rows.getInt(4), rows.getInt(5), rows.getInt(6), rows.getObject(7, OffsetDateTime.class),
                            rows.getObject(8, OffsetDateTime.class)));
                    if (rows.getBoolean(9)) {
                        due.add(id);
                    }
                }
            }
            if (items.size() < size && (!items.isEmpty() || page == 0)) {
                // A page that is not full is the last one: the total follows without counting.
                return new Summaries(new Page<>(items, page, size, (long) page * size + items.size()), due);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Summaries(new Page<>(items, page, size, rows.getLong(1)), due);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading stories failed", e);
        }
    }

    private static void resolve(PreparedStatement select, UUID storyId) throws SQLException {
        select.setObject(1, storyId);
        select.setObject(2, storyId);
    }

    /** The story (or the one it merged into) when its comparison is older than its articles; else empty. */
    public Optional<UUID> due(UUID storyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM story WHERE comparison_version < version AND " + RESOLVED)) {
            resolve(select, storyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading a story failed", e);
        }
    }

    /** The stored comparison document of a story (or of the one it merged into), empty if there is no such story. */
    public Optional<StoredComparison> comparison(UUID storyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, comparison, comparison_version < version FROM story WHERE " + RESOLVED)) {
            resolve(select, storyId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String comparison = rows.getString(2);
                return Optional.of(new StoredComparison(rows.getObject(1, UUID.class), comparison != null ? comparison
                        : "{\"storyId\":\"" + storyId + "\",\"facts\":[]}", rows.getBoolean(3)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading a comparison failed", e);
        }
    }
}
