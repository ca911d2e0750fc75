package org.eqms.risk.archfixture;

import java.sql.Connection;

/** Test fixture: a class in a pure-core package that breaks the rule by using JDBC. */
public final class PureClassUsingJdbc {

    private PureClassUsingJdbc() {
    }

    public static boolean isOpen(Connection connection) throws java.sql.SQLException {
        return !connection.isClosed();
    }
}
