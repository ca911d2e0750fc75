package org.eqms.store.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import org.eqms.architecture.PureCoreArchitectureTest;
import org.junit.jupiter.api.Test;

/** DESIGN §4: every entity of this library is registered, and every table and column name obeys the AO rules. */
class SignatureLibEntitiesNamingTest {

    @Test
    void every_entity_interface_in_the_main_code_is_registered() {
        Set<String> entityInterfaces = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages("org.eqms")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(javaClass -> javaClass.isAssignableTo(RawEntity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> registered = SignatureLibEntities.all().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(entityInterfaces).isNotEmpty();
        assertThat(registered).isEqualTo(entityInterfaces);
        assertThat(SignatureLibEntities.all()).doesNotHaveDuplicates();
    }

    @Test
    void every_registered_entity_obeys_the_active_objects_naming_rules() {
        List<String> violations = AoSchemaRules.violations(SignatureLibEntities.NAMESPACE, SignatureLibEntities.all());

        assertThat(violations).isEmpty();
    }
}
