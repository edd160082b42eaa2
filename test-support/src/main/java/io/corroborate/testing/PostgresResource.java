package io.corroborate.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives a {@code @QuarkusTest} its own empty database on a real PostgreSQL server (see {@link TestDatabases}). */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabases.TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = TestDatabases.create();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            TestDatabases.drop(database);
        }
    }
}
