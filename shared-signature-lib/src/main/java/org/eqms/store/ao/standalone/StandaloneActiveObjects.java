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

    public static EntityManagerActiveObjects open(String jdbcUrl, String user, String password, String namespace) {
        EntityManager entityManager = EntityManagerBuilder.url(jdbcUrl)
                .username(user == null ? "" : user)
                .password(password == null ? "" : password)
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
}
