package org.eqms.e2e.support;

import org.eqms.sandbox.Sandbox;
import org.eqms.sandbox.SandboxApp;
import org.eqms.sandbox.SandboxOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real sandbox, started in-process for one test class with both apps as shipped: a free port on 127.0.0.1, a
 * fresh temporary home, {@code --reset}; on PostgreSQL when {@code EQMS_TEST_PG_URL} is set (with
 * {@code EQMS_TEST_PG_USER} / {@code EQMS_TEST_PG_PASSWORD}) in a schema of its own that is dropped afterwards (so
 * nothing meets another test's tables or stays in the shared test database), else on the HSQLDB file database in
 * that home.
 */
public final class E2eSandbox implements AutoCloseable {
    private final Path home;
    private final PgSchema schema;
    private final Sandbox sandbox;
    private final Map<String, String> passwords;

    private E2eSandbox(Path home, PgSchema schema, Sandbox sandbox) {
        this.home = home;
        this.schema = schema;
        this.sandbox = sandbox;
        this.passwords = Map.copyOf(sandbox.firstStartPasswords());
    }

    /** Starts a sandbox whose home is a new folder under the build's e2e work folder. */
    public static E2eSandbox start() {
        Path home = newHome();
        SandboxOptions options = SandboxOptions.defaults().withPort(0).withHome(home).withReset(true);
        String pgUrl = System.getenv("EQMS_TEST_PG_URL");
        PgSchema schema = null;
        if (pgUrl != null && !pgUrl.isBlank()) {
            schema = PgSchema.create(pgUrl, env("EQMS_TEST_PG_USER"), env("EQMS_TEST_PG_PASSWORD"));
            options = options.withDatabase(schema.url(), env("EQMS_TEST_PG_USER"), env("EQMS_TEST_PG_PASSWORD"));
        }
        try {
            return new E2eSandbox(home, schema, Sandbox.start(options));
        } catch (RuntimeException e) {
            if (schema != null) {
                schema.close();
            }
            throw e;
        }
    }

    public int port() {
        return sandbox.port();
    }

    /** {@code http://127.0.0.1:PORT} without the trailing slash, so a path can be appended. */
    public String origin() {
        return "http://127.0.0.1:" + sandbox.port();
    }

    /** The demo user's password (printed at the first start: the sandbox here always starts first). */
    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no demo user " + user + "; demo users: " + passwords.keySet());
        }
        return password;
    }

    public Map<String, String> passwords() {
        return passwords;
    }

    /** Whether the sandbox runs on PostgreSQL (else HSQLDB). */
    public boolean onPostgresql() {
        return !sandbox.database().isHsqldb();
    }

    public String databaseDescription() {
        return sandbox.database().describe();
    }

    /** A direct JDBC connection to the sandbox's database (for what a user of the product could never do). */
    public Connection jdbc() throws SQLException {
        return DriverManager.getConnection(sandbox.database().url(), sandbox.database().user(),
                sandbox.database().password());
    }

    /** The hosted app of the given type (e.g. to export its audit trail as an administrator's tool would). */
    public <T extends SandboxApp> T app(Class<T> type) {
        return sandbox.apps().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sandbox hosts no " + type.getSimpleName()));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        try {
            sandbox.close();
        } finally {
            try {
                if (schema != null) {
                    schema.close();
                }
            } finally {
                deleteTree(home);
            }
        }
    }

    private static Path newHome() {
        Path work = Path.of(System.getProperty("eqms.e2e.work", System.getProperty("java.io.tmpdir")));
        try {
            Files.createDirectories(work);
            return Files.createTempDirectory(work, "sandbox-home-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a sandbox home under " + work, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the sandbox home " + root, e);
        }
    }
}
