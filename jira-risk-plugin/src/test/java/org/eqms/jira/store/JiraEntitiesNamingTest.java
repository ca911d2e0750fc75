package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.eqms.architecture.PureCoreArchitectureTest;
import org.eqms.store.ao.AoSchemaRules;
import org.eqms.store.ao.AoTablePrefix;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** DESIGN §4: every entity of the Jira app is registered, and every table and column name obeys the AO rules. */
class JiraEntitiesNamingTest {

    @Test
    void every_entity_interface_under_org_eqms_jira_is_registered() {
        Set<String> entityInterfaces = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages("org.eqms.jira")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(javaClass -> javaClass.isAssignableTo(RawEntity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> registered = JiraEntities.all().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(entityInterfaces).isNotEmpty();
        assertThat(registered).isEqualTo(entityInterfaces);
        assertThat(JiraEntities.all()).doesNotHaveDuplicates();
        assertThat(JiraEntities.array()).containsExactlyElementsOf(JiraEntities.all());
    }

    @Test
    void every_registered_entity_obeys_the_active_objects_naming_rules() {
        List<String> violations = AoSchemaRules.violations(JiraEntities.NAMESPACE, JiraEntities.all());

        assertThat(violations).isEmpty();
    }

    @Test
    void the_app_and_shared_library_entities_together_obey_the_rules_with_distinct_tables() {
        // the <ao> module lists both under the app's namespace
        List<Class<? extends RawEntity<?>>> together = new ArrayList<>(SignatureLibEntities.all());
        together.addAll(JiraEntities.all());
        AtlassianTableNameConverter tables =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace(JiraEntities.NAMESPACE));

        assertThat(AoSchemaRules.violations(JiraEntities.NAMESPACE, together)).isEmpty();
        assertThat(together.stream().map(tables::getName).toList()).doesNotHaveDuplicates();
    }

    @ActiveObjectsTest
    void the_tables_are_created_with_the_products_names(TestDatabase.OpenDatabase database) throws Exception {
        StoreFixtures.migrated(database.ao());
        AtlassianTableNameConverter tables =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace(SignatureLibEntities.NAMESPACE));
        Set<String> expected = JiraEntities.all().stream().map(tables::getName).collect(Collectors.toSet());

        Set<String> present = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.kind().user(),
                database.kind().password())) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rows = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    present.add(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        assertThat(expected).allMatch(name -> name.matches("AO_[0-9A-F]{6}_[A-Z_]+"));
        assertThat(present).containsAll(expected);
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
