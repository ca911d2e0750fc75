package org.eqms.confluence.store;

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

/** DESIGN §4: every entity of the Confluence app is registered, and every table and column name obeys the AO rules. */
class ConfluenceEntitiesNamingTest {

    @Test
    void every_entity_interface_under_org_eqms_confluence_is_registered() {
        Set<String> entityInterfaces = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages("org.eqms.confluence")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(javaClass -> javaClass.isAssignableTo(RawEntity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> registered = ConfluenceEntities.all().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(entityInterfaces).isNotEmpty();
        assertThat(registered).isEqualTo(entityInterfaces);
        assertThat(ConfluenceEntities.all()).doesNotHaveDuplicates();
        assertThat(ConfluenceEntities.array()).containsExactlyElementsOf(ConfluenceEntities.all());
    }

    @Test
    void every_registered_entity_obeys_the_active_objects_naming_rules() {
        List<String> violations = AoSchemaRules.violations(ConfluenceEntities.NAMESPACE, ConfluenceEntities.all());

        assertThat(violations).isEmpty();
    }

    @Test
    void the_app_and_shared_library_entities_together_obey_the_rules_with_distinct_tables() {
        // the <ao> module lists both under the app's namespace
        List<Class<? extends RawEntity<?>>> together = new ArrayList<>(SignatureLibEntities.all());
        together.addAll(ConfluenceEntities.all());
        AtlassianTableNameConverter tables =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace(ConfluenceEntities.NAMESPACE));

        assertThat(AoSchemaRules.violations(ConfluenceEntities.NAMESPACE, together)).isEmpty();
        assertThat(together.stream().map(tables::getName).toList()).doesNotHaveDuplicates();
    }

    @ActiveObjectsTest
    void the_tables_are_created_with_the_products_names(TestDatabase.OpenDatabase database) throws Exception {
        StoreFixtures.migrated(database.ao());
        AtlassianTableNameConverter tables =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace(SignatureLibEntities.NAMESPACE));
        Set<String> expected = ConfluenceEntities.all().stream().map(tables::getName).collect(Collectors.toSet());

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
}
