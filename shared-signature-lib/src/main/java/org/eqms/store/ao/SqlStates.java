package org.eqms.store.ao;

import java.sql.SQLException;
import java.util.function.Predicate;

/** Recognises SQLSTATEs anywhere in an exception's cause chain (and the drivers' chained next exceptions). */
public final class SqlStates {
    private SqlStates() {
    }

    /** SQLSTATE 23505: a UNIQUE or primary-key constraint refused the row (HSQLDB also reports error code -104). */
    public static boolean uniqueViolation(Throwable failure) {
        return any(failure, e -> "23505".equals(e.getSQLState()) || e.getErrorCode() == -104);
    }

    /** SQLSTATE class 40, transaction rollback: 40001 serialization failure, 40P01 deadlock. Safe to retry. */
    public static boolean transactionRollback(Throwable failure) {
        return any(failure, e -> e.getSQLState() != null && e.getSQLState().startsWith("40"));
    }

    private static boolean any(Throwable failure, Predicate<SQLException> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (test.test(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
