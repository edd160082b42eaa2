package io.corroborate.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server run from the binaries packaged in a Maven artifact: for the launcher and for tests. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts a server that keeps its data in {@code dataDir} across restarts. */
    public static EmbeddedDatabase persistent(int port, Path dataDir) {
        return start(EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false), dataDir);
    }

    /** Starts a throw-away server on a free port; its data is deleted on close. */
    public static EmbeddedDatabase ephemeral() {
        return start(EmbeddedPostgres.builder(), null);
    }

    /** Stops the server and starts it again on the same port and data: what a database restart does to clients. */
    public EmbeddedDatabase restarted() {
        if (dataDir == null) {
            throw new IllegalStateException("Only a persistent server keeps its data across a restart");
        }
        int port = port();
        close();
        return persistent(port, dataDir);
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder, Path dataDir) {
        try {
            // Root cannot run postgres; zonky then runs it through `unshare -U` (an unprivileged user namespace).
            return new EmbeddedDatabase(builder
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .start(), dataDir);
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
