package org.eqms.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh PostgreSQL schema in the test database, dropped with everything in it by {@link #close()}. */
final class PgSchema implements AutoCloseable {
    private final String baseUrl;
    private final String user;
    private final String password;
    private final String name;

    private PgSchema(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.name = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + name);
    }

    static PgSchema create(String baseUrl, String user, String password) {
        return new PgSchema(baseUrl, user, password);
    }

    /** The JDBC URL whose connections work in this schema. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + baseUrl + ": " + e.getMessage(), e);
        }
    }
}
