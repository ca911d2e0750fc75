package org.eqms.store.ao.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.eqms.architecture.PureCoreArchitectureTest;
import org.eqms.store.ao.AoSchemaRules;
import org.eqms.store.ao.AoTablePrefix;
import org.eqms.store.ao.SignatureLibEntities;
import org.junit.jupiter.api.Test;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4 for an app's Active Objects entities, the same for both apps: every entity interface under the app's
 * packages is registered, every table and column name obeys the AO rules (alone and together with the shared
 * library's entities under the app's namespace, with distinct tables), and the tables are created with the products'
 * names. An app's naming test extends this and says which app it is.
 */
public abstract class AppEntitiesNamingContract {

    /** The {@code namespace} of the app's {@code <ao>} module. */
    protected abstract String namespace();

    /** The app's registered entities. */
    protected abstract List<Class<? extends RawEntity<?>>> entities();

    /** The package every entity of the app lives under, e.g. {@code org.eqms.jira}. */
    protected abstract String basePackage();

    /** Creates the app's tables (and the shared library's, where the app's fixtures do). */
    protected abstract void migrate(ActiveObjects ao);

    @Test
    void every_entity_interface_of_the_app_is_registered() {
        Set<String> entityInterfaces = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages(basePackage())
                .stream()
                .filter(JavaClass::isInterface)
                .filter(javaClass -> javaClass.isAssignableTo(RawEntity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = entities().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));

        assertThat(entityInterfaces).isNotEmpty();
        assertThat(registered).isEqualTo(entityInterfaces);
        assertThat(entities()).doesNotHaveDuplicates();
    }

    @Test
    void every_registered_entity_obeys_the_active_objects_naming_rules() {
        assertThat(AoSchemaRules.violations(namespace(), entities())).isEmpty();
    }

    @Test
    void the_app_and_shared_library_entities_together_obey_the_rules_with_distinct_tables() {
        List<Class<? extends RawEntity<?>>> together = new ArrayList<>(SignatureLibEntities.all());
        together.addAll(entities());
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(AoTablePrefix.forNamespace(namespace()));

        assertThat(AoSchemaRules.violations(namespace(), together)).isEmpty();
        assertThat(together.stream().map(tables::getName).toList()).doesNotHaveDuplicates();
    }

    @ActiveObjectsTest
    void the_tables_are_created_with_the_products_names(TestDatabase.OpenDatabase database) throws Exception {
        migrate(database.ao());
        AtlassianTableNameConverter tables =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace(SignatureLibEntities.NAMESPACE));
        Set<String> expected = entities().stream().map(tables::getName).collect(Collectors.toSet());

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
