package org.eqms.store.ao.testing;

import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real database for store tests: HSQLDB in memory always, PostgreSQL when {@code EQMS_TEST_PG_URL} (with
 * {@code EQMS_TEST_PG_USER}, {@code EQMS_TEST_PG_PASSWORD}) is set. Each {@link #open()} gets a fresh, empty
 * schema with every shared-library entity migrated, named exactly as the products name them.
 */
public enum TestDatabase {
    HSQLDB, POSTGRESQL;

    public static List<TestDatabase> available() {
        List<TestDatabase> databases = new ArrayList<>(List.of(HSQLDB));
        if (pgUrl() != null) {
            databases.add(POSTGRESQL);
        }
        return databases;
    }

    /** A fresh database with the shared library's entities migrated; closing it drops everything. */
    public OpenDatabase open() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        EntityManagerActiveObjects ao;
        Runnable drop;
        if (this == HSQLDB) {
            String url = hsqldbUrl(name);
            ao = StandaloneActiveObjects.open(url, "SA", "", SignatureLibEntities.NAMESPACE);
            drop = () -> execute(url, "SA", "", "SHUTDOWN");
        } else {
            execute(pgUrl(), pgUser(), pgPassword(), "CREATE SCHEMA " + name);
            ao = StandaloneActiveObjects.open(pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + name,
                    pgUser(), pgPassword(), SignatureLibEntities.NAMESPACE);
            drop = () -> execute(pgUrl(), pgUser(), pgPassword(), "DROP SCHEMA " + name + " CASCADE");
        }
        ao.migrate(SignatureLibEntities.array());
        return new OpenDatabase(this, ao, drop, jdbcUrlOf(name));
    }

    private String jdbcUrlOf(String name) {
        return this == HSQLDB ? hsqldbUrl(name)
                : pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** MVCC: with HSQLDB's default table locks, AO's per-insert monitor and the sequencer's lock can deadlock. */
    private static String hsqldbUrl(String name) {
        return "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc";
    }

    public String user() {
        return this == HSQLDB ? "SA" : pgUser();
    }

    public String password() {
        return this == HSQLDB ? "" : pgPassword();
    }

    static String pgUrl() {
        String url = System.getenv("EQMS_TEST_PG_URL");
        return url == null || url.isBlank() ? null : url;
    }

    static String pgUser() {
        String user = System.getenv("EQMS_TEST_PG_USER");
        return user == null ? "postgres" : user;
    }

    static String pgPassword() {
        String password = System.getenv("EQMS_TEST_PG_PASSWORD");
        return password == null ? "" : password;
    }

    static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    /** An open test database. */
    public record OpenDatabase(TestDatabase kind, EntityManagerActiveObjects ao, Runnable drop, String jdbcUrl)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                ao.close();
            } finally {
                drop.run();
            }
        }

        @Override
        public String toString() {
            return kind.name();
        }
    }
}
