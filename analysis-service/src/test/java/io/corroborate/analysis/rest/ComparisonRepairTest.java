package io.corroborate.analysis.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.corroborate.analysis.service.ComparisonRepair;
import io.corroborate.testing.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A comparison left due (its rebuild failed or never ran) is rebuilt by the repair job, the same as before, and by a
 * read of it before it is served.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ComparisonRepairTest {

    @Inject
    ComparisonRepair repair;

    @Inject
    EntityManager db;

    @Test
    void aComparisonLeftDueIsRebuiltFromTheStoredClaims() {
        String id = storyOfTwoArticles();
        String built = comparison(id);
        leaveDue(id);
        assertNotEquals(built, stored(id));

        repair.repair();

        assertEquals(built, stored(id));
        assertUpToDate(id);
    }

    @Test
    void aComparisonLeftDueIsRebuiltBeforeItIsRead() {
        String id = storyOfTwoArticles();
        String built = comparison(id);
        leaveDue(id);

        assertEquals(built, comparison(id));
        assertEquals(built, stored(id));
        assertUpToDate(id);
    }

    private static String storyOfTwoArticles() {
        String story = null;
        for (String sample : List.of("01-harbor-times.json", "02-daily-ledger.json")) {
            story = AnalysisResourceTest.deliverAll(List.of(Samples.delivery(sample, 7)))
                    .getString("outcomes[0].result.storyId");
        }
        return story;
    }

    /** As if the process had stopped between placing the articles and rebuilding: the comparison is old and due. */
    private void leaveDue(String id) {
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("""
                UPDATE story SET comparison = '{"storyId":"' || id || '","facts":[]}', comparison_version = 0,
                    updated_at = now() - interval '1 hour' WHERE id = CAST(?1 AS uuid)""")
                .setParameter(1, id).executeUpdate());
    }

    private String stored(String id) {
        return (String) QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                "SELECT comparison FROM story WHERE id = CAST(?1 AS uuid)").setParameter(1, id).getSingleResult());
    }

    private void assertUpToDate(String id) {
        Object[] versions = (Object[]) QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                "SELECT version, comparison_version FROM story WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id).getSingleResult());
        assertEquals(versions[0], versions[1]);
    }

    private static String comparison(String story) {
        return AnalysisResourceTest.internal().get("/api/v1/stories/" + story + "/comparison").then().statusCode(200)
                .extract().asString();
    }
}
