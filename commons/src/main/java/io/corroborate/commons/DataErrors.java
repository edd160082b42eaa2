package io.corroborate.commons;

import java.sql.SQLException;

/** Tells a database's refusal of the data itself from a failure that may pass with time. */
public final class DataErrors {

    private DataErrors() {
    }

    /**
     * Whether the database refused the values (SQL state classes 22, data exception, and 23, integrity constraint):
     * sending the same data again will fail again. Anything else (the database is down) may pass.
     */
    public static boolean refusedData(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
