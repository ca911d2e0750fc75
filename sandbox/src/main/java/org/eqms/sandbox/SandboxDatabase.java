package org.eqms.sandbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sandbox's database: an HSQLDB file database in the home unless a JDBC URL is given. Besides the apps' AO
 * tables it holds {@code SBX_STATE}, where the sandbox notes that the demo data was written.
 */
public final class SandboxDatabase {
    private static final String STATE_TABLE = "SBX_STATE";
    private static final String SEEDED = "demo-data-seeded";
    private static final String SEEDING = "demo-data-seeding";

    private final String url;
    private final String user;
    private final String password;

    private SandboxDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    public static SandboxDatabase of(SandboxOptions options) {
        if (options.dbUrl() != null) {
            return new SandboxDatabase(options.dbUrl(), options.dbUser(), options.dbPassword());
        }
        Path file = options.home().toAbsolutePath().resolve("db").resolve("eqms");
        // write_delay=false: a commit is on disk when it returns, so a killed sandbox loses nothing committed.
        return new SandboxDatabase("jdbc:hsqldb:file:" + file + ";hsqldb.write_delay=false", "SA", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isHsqldb() {
        return url.startsWith("jdbc:hsqldb:");
    }

    /** For the startup log: the URL without credentials. */
    public String describe() {
        return (isHsqldb() ? "HSQLDB " : url.startsWith("jdbc:postgresql:") ? "PostgreSQL " : "") + url;
    }

    /**
     * Whether the demo data is in the database. The apps write it through their services in several transactions, so
     * a first start that stopped half-way left part of it: that is refused (writing it again would clash), with the
     * way out.
     */
    public boolean seeded() {
        if (has(SEEDED)) {
            return true;
        }
        if (has(SEEDING)) {
            throw new IllegalStateException("The demo data of an earlier first start on " + describe()
                    + " was only partly written. Start again with --reset to begin clean.");
        }
        return false;
    }

    /** Notes that the demo data is being written (see {@link #seeded()}). */
    public void markSeeding(String when) {
        insert(SEEDING, when);
    }

    public void markSeeded(String when) {
        insert(SEEDED, when);
    }

    private boolean has(String name) {
        try (Connection connection = connect()) {
            ensureStateTable(connection);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM " + STATE_TABLE + " WHERE STATE_NAME = ?")) {
                query.setString(1, name);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getInt(1) > 0;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sandbox state from " + describe(), e);
        }
    }

    private void insert(String name, String text) {
        try (Connection connection = connect()) {
            ensureStateTable(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + STATE_TABLE + " (STATE_NAME, STATE_TEXT) VALUES (?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, text);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the sandbox state to " + describe(), e);
        }
    }

    /**
     * Drops every table the sandbox and its apps own ({@code AO_*} and {@code SBX_*}) in the connection's schema;
     * other tables and other schemas of a shared PostgreSQL database are left alone.
     */
    public void dropSandboxTables() {
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData meta = connection.getMetaData();
            // Only the connection's own schema: other schemas of the database are not the sandbox's.
            try (ResultSet result = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    String schema = result.getString("TABLE_SCHEM");
                    String name = result.getString("TABLE_NAME");
                    String upper = name.toUpperCase(Locale.ROOT);
                    if ((upper.startsWith("AO_") || upper.startsWith("SBX_")) && !"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
                        tables.add((schema == null ? "" : quote(schema) + ".") + quote(name));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("DROP TABLE " + table + " CASCADE");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the sandbox tables in " + describe(), e);
        }
    }

    /** Closes an HSQLDB file database cleanly (its files can then be deleted or reopened); nothing for others. */
    public void shutdown() {
        if (!isHsqldb()) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut down " + describe(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void ensureStateTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + STATE_TABLE
                    + " (STATE_NAME VARCHAR(100) NOT NULL PRIMARY KEY, STATE_TEXT VARCHAR(255))");
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
