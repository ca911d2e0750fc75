package org.eqms.store.ao;

import java.sql.SQLException;

/** Recognises a UNIQUE/primary-key violation (SQLSTATE 23505) anywhere in an exception's cause chain. */
public final class UniqueViolation {
    private UniqueViolation() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if ("23505".equals(e.getSQLState()) || e.getErrorCode() == -104) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
