package org.eqms.jira.mapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.eqms.architecture.PureCoreArchitectureTest;
import org.junit.jupiter.api.Test;

/** The trace mapping and the access port are pure: the sandbox uses them without Jira (DESIGN §2). */
class MappingArchitectureTest {

    @Test
    void theMappingAndAccessPackagesDependOnNoProductApi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages("org.eqms.jira.mapping", "org.eqms.jira.access");

        noClasses().that().resideInAnyPackage("org.eqms.jira.mapping", "org.eqms.jira.access")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "javax.servlet..",
                        "javax.ws.rs..", "jakarta..", "net.java.ao..", "java.sql..")
                .check(classes);
        org.assertj.core.api.Assertions.assertThat(classes.contain(ProjectTraceMapping.class)).isTrue();
    }
}
