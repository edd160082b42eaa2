package io.corroborate.analysis.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.model.StoryEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Stories, newest first, and the candidates a new article may join. */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, UUID> {

    /** Stories whose articles were published within the window around {@code when}. */
    public List<StoryEntity> candidates(OffsetDateTime from, OffsetDateTime to, int limit) {
        return find("lastPublished >= ?1 and firstPublished <= ?2", Sort.descending("lastPublished"), from, to)
                .page(0, limit).list();
    }

    /** Serializes story updates: two articles of one event analysed at once must not found two stories. */
    public void lockAssignment() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(4242)").getSingleResult();
    }
}
