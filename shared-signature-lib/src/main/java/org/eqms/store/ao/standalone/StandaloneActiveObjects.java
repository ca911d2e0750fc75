package org.eqms.store.ao.standalone;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.eqms.store.ao.AoTablePrefix;

/**
 * Opens {@link EntityManagerActiveObjects} on a JDBC database with the naming converters the Atlassian
 * products use, so tables and columns get exactly the names Confluence and Jira would create
 * (e.g. {@code AO_0A1B2C_AUDIT_ENTRY}).
 */
public final class StandaloneActiveObjects {

    private StandaloneActiveObjects() {
    }

    /** AO's own system property; AO 3.2.11 defaults to SERIALIZABLE when it is unset. */
    static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    public static EntityManagerActiveObjects open(String jdbcUrl, String user, String password, String namespace) {
        // Run as Confluence and Jira do: READ COMMITTED. Under AO's default SERIALIZABLE, PostgreSQL rolls back
        // ordinary concurrent business transactions (e.g. two signings) as serialization failures. The ledger's
        // own consistency rests on its lock and UNIQUE constraints, not on the isolation level.
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
        var builder = EntityManagerBuilder.url(withMvccOnHsqldb(jdbcUrl))
                .username(user == null ? "" : user)
                .password(password == null ? "" : password);
        String schema = postgresqlCurrentSchema(jdbcUrl);
        EntityManager entityManager = (schema == null ? builder : builder.schema(schema))
                .dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(AoTablePrefix.forNamespace(namespace)))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        return new EntityManagerActiveObjects(entityManager);
    }

    /**
     * The schema a PostgreSQL URL names with {@code currentSchema=}, or null. AO must be told it too: it reads the
     * existing tables from the JDBC metadata of every schema, and would take another schema's tables of the same
     * name for its own.
     */
    static String postgresqlCurrentSchema(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (!jdbcUrl.startsWith("jdbc:postgresql:") || query < 0) {
            return null;
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            if (parameter.startsWith("currentSchema=") && parameter.length() > "currentSchema=".length()) {
                return parameter.substring("currentSchema=".length());
            }
        }
        return null;
    }

    /**
     * HSQLDB's default table locking deadlocks with AO's per-insert monitor when an outbox insert and the ledger
     * sequencer run at once; MVCC (what PostgreSQL does) avoids it. An explicit {@code hsqldb.tx} is kept.
     */
    static String withMvccOnHsqldb(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:hsqldb:") && !jdbcUrl.contains("hsqldb.tx=")) {
            return jdbcUrl + ";hsqldb.tx=mvcc";
        }
        return jdbcUrl;
    }
}
