package io.corroborate.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server run from the binaries packaged in a Maven artifact: for the launcher and for tests. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server that keeps its data in {@code dataDir} across restarts. */
    public static EmbeddedDatabase persistent(int port, Path dataDir) {
        return start(EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false));
    }

    /** Starts a throw-away server on a free port; its data is deleted on close. */
    public static EmbeddedDatabase ephemeral() {
        return start(EmbeddedPostgres.builder());
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder) {
        try {
            // Root cannot run postgres; zonky then runs it through `unshare -U` (an unprivileged user namespace).
            return new EmbeddedDatabase(builder
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL failed to start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL failed to stop", e);
        }
    }
}
