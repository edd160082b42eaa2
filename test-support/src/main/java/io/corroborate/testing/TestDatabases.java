package io.corroborate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import io.corroborate.launcher.EmbeddedDatabase;

/**
 * Hands out fresh, empty databases on a real PostgreSQL server: the one named by {@code CORROBORATE_TEST_DB_URL}
 * (with {@code CORROBORATE_TEST_DB_USER} / {@code CORROBORATE_TEST_DB_PASSWORD}), else one embedded server per JVM.
 */
public final class TestDatabases {

    /** Connection settings of one test database. */
    public record TestDatabase(String name, String jdbcUrl, String user, String password) {
    }

    private static EmbeddedDatabase embedded;

    private TestDatabases() {
    }

    /** Creates a new uniquely named database and returns how to reach it. */
    public static synchronized TestDatabase create() {
        Server server = server();
        String name = "corroborate_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE DATABASE " + name);
        return new TestDatabase(name, server.urlOf(name), server.user(), server.password());
    }

    /** Drops a database made by {@link #create()}. */
    public static synchronized void drop(TestDatabase database) {
        execute(server(), "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    }

    private record Server(String adminUrl, String user, String password) {
        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    private static Server server() {
        String url = System.getenv("CORROBORATE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, envOr("CORROBORATE_TEST_DB_USER", "postgres"),
                    envOr("CORROBORATE_TEST_DB_PASSWORD", ""));
        }
        if (embedded == null) {
            embedded = EmbeddedDatabase.persistent(freePort(), temporaryDirectory());
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::shutDown));
        }
        return new Server(embedded.jdbcUrl(), embedded.user(), "");
    }

    /** Whether the server is the embedded one, which {@link #restartServer()} can restart. */
    public static boolean isEmbedded() {
        String url = System.getenv("CORROBORATE_TEST_DB_URL");
        return url == null || url.isBlank();
    }

    /** Restarts the embedded server (same port, same data): every client connection breaks meanwhile. */
    public static synchronized void restartServer() {
        if (!isEmbedded()) {
            throw new IllegalStateException("Only the embedded test server can be restarted");
        }
        server();
        embedded = embedded.restarted();
    }

    private static synchronized void shutDown() {
        if (embedded != null) {
            embedded.close();
            deleteQuietly(dataDirectory);
        }
    }

    private static Path dataDirectory;

    private static Path temporaryDirectory() {
        try {
            dataDirectory = Files.createTempDirectory("corroborate-test-pg");
            return dataDirectory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Only a temporary directory: the next run does not depend on it.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(Server server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
