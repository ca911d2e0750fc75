package org.eqms.sandbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema in the test database ({@code EQMS_TEST_PG_URL}), so a test's tables never meet another
 * test's or another module's, and are gone after {@link #close()}.
 */
public final class PgTestSchema implements AutoCloseable {
    private final String baseUrl;
    private final String user;
    private final String password;
    private final String name;

    private PgTestSchema(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.name = "sbx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + name);
    }

    public static PgTestSchema create(String baseUrl, String user, String password) {
        return new PgTestSchema(baseUrl, user, password == null ? "" : password);
    }

    /** The JDBC URL whose connections work in this schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public String name() {
        return name;
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
            throw new IllegalStateException("could not run '" + sql + "': " + e.getMessage(), e);
        }
    }
}
