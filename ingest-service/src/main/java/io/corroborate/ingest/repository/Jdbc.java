package io.corroborate.ingest.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.agroal.api.AgroalDataSource;

/**
 * Plain JDBC for the few hot statements that need PostgreSQL features (SKIP LOCKED, arrays): it runs on the
 * transaction's own connection, without ORM overhead, which profiling showed dominating these calls.
 */
@ApplicationScoped
public class Jdbc {

    private final AgroalDataSource dataSource;

    public Jdbc(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs a statement returning one UUID column. */
    public List<UUID> uuids(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Statement failed: " + sql, e);
        }
    }

    /** Reads the rows of a query with {@code reader}, which may stop early. */
    public <T> T rows(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new PersistenceException("Statement failed: " + sql, e);
        }
    }

    /** Turns a result set into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Statement failed: " + sql, e);
        }
    }

    /** Runs one statement for each row of parameters, as one JDBC batch; returns the rows each changed. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : rows) {
                bind(connection, statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Statement failed: " + sql, e);
        }
    }

    /** A value for a {@code bigint[]} parameter; materialized on the connection that binds it. */
    public Object bigintArray(long[] values) {
        return new SqlArray("bigint", LongStream.of(values).boxed().toArray());
    }

    /** A value for a {@code uuid[]} parameter. */
    public Object uuidArray(Collection<UUID> values) {
        return new SqlArray("uuid", values.toArray());
    }

    private record SqlArray(String type, Object[] values) {
        Array on(Connection connection) throws SQLException {
            return connection.createArrayOf(type, values);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof SqlArray array ? array.on(connection) : parameters[i];
            statement.setObject(i + 1, value);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(connection, statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
