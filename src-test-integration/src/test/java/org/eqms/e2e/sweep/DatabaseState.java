package org.eqms.e2e.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the sandbox has stored, read straight from its database: for every {@code AO_*} and {@code SBX_*} table its
 * row count and a SHA-256 over its rows (so an UPDATE in place shows too), and for each app's audit ledger
 * ({@code AO_*_AUDIT_ENTRY}) the head of the chain, seq and hash. Two snapshots differ exactly when something was
 * written.
 */
record DatabaseState(Map<String, Table> tables, Map<String, String> ledgerHeads) {

    record Table(long rows, String digest) {
    }

    static DatabaseState read(Connection connection) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        Map<String, String> heads = new TreeMap<>();
        for (String table : sandboxTables(connection.getMetaData())) {
            tables.put(table, table(connection, table));
            if (table.toUpperCase(Locale.ROOT).endsWith("_AUDIT_ENTRY")) {
                heads.put(table, ledgerHead(connection, table));
            }
        }
        return new DatabaseState(tables, heads);
    }

    /** What differs from {@code before}, one line per table or ledger; empty when nothing was written. */
    List<String> changesSince(DatabaseState before) {
        List<String> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.tables.keySet());
        names.addAll(tables.keySet());
        for (String name : names) {
            Table was = before.tables.get(name);
            Table is = tables.get(name);
            if (!Objects.equals(was, is)) {
                changes.add(name + ": " + (was == null ? "absent" : was.rows() + " rows") + " -> "
                        + (is == null ? "absent" : is.rows() + " rows") + (was != null && is != null
                        && was.rows() == is.rows() ? " (a row changed in place)" : ""));
            }
        }
        before.ledgerHeads.forEach((ledger, head) -> {
            if (!head.equals(ledgerHeads.get(ledger))) {
                changes.add("ledger head of " + ledger + ": " + head + " -> " + ledgerHeads.get(ledger));
            }
        });
        return changes;
    }

    private static List<String> sandboxTables(DatabaseMetaData metaData) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = metaData.getTables(null, null, "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                String upper = name.toUpperCase(Locale.ROOT);
                String schema = tables.getString("TABLE_SCHEM");
                boolean system = schema != null && (schema.equalsIgnoreCase("information_schema")
                        || schema.toLowerCase(Locale.ROOT).startsWith("pg_") || schema.equalsIgnoreCase("SYSTEM_LOBS"));
                if (!system && (upper.startsWith("AO_") || upper.startsWith("SBX_"))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Table table(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + quoted(table))) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.append(columns.getColumnName(column)).append('=').append(result.getString(column)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return new Table(rows.size(), sha256(String.join("\u0002", rows)));
    }

    private static String ledgerHead(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + quoted("SEQ") + ", " + quoted("ENTRY_HASH")
                     + " FROM " + quoted(table) + " WHERE " + quoted("SEQ") + " = (SELECT MAX(" + quoted("SEQ")
                     + ") FROM " + quoted(table) + ")")) {
            return result.next() ? "seq " + result.getLong(1) + " hash " + result.getString(2) : "empty";
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
