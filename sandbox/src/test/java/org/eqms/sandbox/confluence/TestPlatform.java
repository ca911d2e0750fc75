package org.eqms.sandbox.confluence;

import org.eqms.sandbox.InJvmClusterLocks;
import org.eqms.sandbox.PgTestSchema;
import org.eqms.sandbox.SandboxPlatform;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SandboxPlatform} built as the sandbox builds it, for tests: Active Objects per namespace on one real
 * database (an HSQLDB file in a temporary home, or a fresh PostgreSQL schema when {@code EQMS_TEST_PG_URL},
 * {@code EQMS_TEST_PG_USER}, {@code EQMS_TEST_PG_PASSWORD} are set), in-JVM cluster locks, a user manager with known
 * passwords, the shared tests' key-encryption key and a clock the test moves.
 */
final class TestPlatform implements AutoCloseable {
    enum Database { HSQLDB, POSTGRESQL }

    final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    final PasswordUserManager users = new PasswordUserManager();
    final SandboxPlatform platform;
    private final Database database;
    private final Path home;
    private final String url;
    private final String user;
    private final String password;
    private final PgTestSchema schema;
    private final Map<String, EntityManagerActiveObjects> open = new ConcurrentHashMap<>();

    static List<Database> available() {
        List<Database> databases = new ArrayList<>(List.of(Database.HSQLDB));
        if (pgUrl() != null) {
            databases.add(Database.POSTGRESQL);
        }
        return databases;
    }

    TestPlatform(Database database) {
        this.database = database;
        try {
            home = Files.createTempDirectory("eqms-sandbox-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (database == Database.HSQLDB) {
            schema = null;
            url = "jdbc:hsqldb:file:" + home.resolve("db").resolve("eqms") + ";hsqldb.tx=mvcc";
            user = "SA";
            password = "";
        } else {
            user = env("EQMS_TEST_PG_USER", "postgres");
            password = env("EQMS_TEST_PG_PASSWORD", "");
            schema = PgTestSchema.create(pgUrl(), user, password);
            url = schema.url();
        }
        platform = new SandboxPlatform(namespace -> open.computeIfAbsent(namespace,
                ns -> StandaloneActiveObjects.open(url, user, password, ns)), new InJvmClusterLocks(), users,
                TestLedger.KEK, clock, home);
    }

    /** Runs SQL on the platform's database (e.g. to count rows behind the services' backs). */
    long count(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        open.values().forEach(EntityManagerActiveObjects::close);
        if (database == Database.HSQLDB) {
            execute(url, "SHUTDOWN");
        } else {
            schema.close();
        }
    }

    private void execute(String target, String sql) {
        try (Connection connection = DriverManager.getConnection(target, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static String pgUrl() {
        String value = System.getenv("EQMS_TEST_PG_URL");
        return value == null || value.isBlank() ? null : value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
