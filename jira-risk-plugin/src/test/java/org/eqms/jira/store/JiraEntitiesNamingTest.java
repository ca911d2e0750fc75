package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.eqms.store.ao.AoTablePrefix;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.AppEntitiesNamingContract;
import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.store.ao.testing.TestDatabase;

/** DESIGN §4: every entity of the Jira app is registered, and every table and column name obeys the AO rules. */
class JiraEntitiesNamingTest extends AppEntitiesNamingContract {

    @Override
    protected String namespace() {
        return JiraEntities.NAMESPACE;
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        assertThat(JiraEntities.array()).containsExactlyElementsOf(JiraEntities.all());
        return JiraEntities.all();
    }

    @Override
    protected String basePackage() {
        return "org.eqms.jira";
    }

    @Override
    protected void migrate(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
    }

    /** DESIGN §4: an item's links are found both ways through (project, from) and (project, to) indexes. */
    @ActiveObjectsTest
    void theLinkTableIsIndexedOnProjectAndEachEnd(TestDatabase.OpenDatabase database) throws Exception {
        StoreFixtures.migrated(database.ao());
        AtlassianTableNameConverter tables =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace(SignatureLibEntities.NAMESPACE));
        String table = tables.getName(org.eqms.jira.store.entity.TraceLinkRow.class);

        java.util.Map<String, java.util.TreeMap<Short, String>> indexes = new java.util.TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.kind().user(),
                database.kind().password())) {
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false,
                    false)) {
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null) {
                        indexes.computeIfAbsent(rows.getString("INDEX_NAME"), n -> new java.util.TreeMap<>())
                                .put(rows.getShort("ORDINAL_POSITION"),
                                        rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        List<List<String>> columnLists = indexes.values().stream().map(c -> List.copyOf(c.values())).toList();
        assertThat(columnLists).contains(List.of("PROJECT_KEY", "FROM_ID"), List.of("PROJECT_KEY", "TO_ID"),
                List.of("PROJECT_KEY", "ID"), List.of("PROJECT_LINK"));
    }
}
