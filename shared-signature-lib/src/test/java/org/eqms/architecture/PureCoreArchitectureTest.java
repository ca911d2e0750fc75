package org.eqms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN §2: the pure core imports no product, servlet, JAX-RS, Jakarta, Active Objects, JDBC or store code.
 *
 * <p>Public so that other modules can run the same rule on their own classes (through this module's test jar):
 * {@code @ArchTest static final ArchTests pureCore = ArchTests.in(PureCoreArchitectureTest.class);}
 */
@AnalyzeClasses(packages = "org.eqms",
        importOptions = {ImportOption.DoNotIncludeTests.class, PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class})
public class PureCoreArchitectureTest {

    /** Packages of the pure core; some exist only in the plugin modules. */
    public static final String[] PURE_CORE_PACKAGES = {
        "org.eqms.signature..", "org.eqms.audit..", "org.eqms.notice..", "org.eqms.document..", "org.eqms.risk..", "org.eqms.trace.."
    };

    /** Packages the pure core must not depend on. */
    public static final String[] FORBIDDEN_IN_PURE_CORE = {
        "com.atlassian..", "javax.servlet..", "javax.ws.rs..", "jakarta..", "net.java.ao..", "java.sql..",
        "org.eqms.store.."
    };

    @ArchTest
    public static final ArchRule PURE_CORE_DEPENDS_ON_NO_PLATFORM = noClasses()
            .that().resideInAnyPackage(PURE_CORE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN_IN_PURE_CORE)
            .because("the pure core must run unchanged in Confluence, Jira and the sandbox (DESIGN §2)")
            .allowEmptyShould(true);

    /**
     * {@link ImportOption.DoNotIncludeTests} knows only {@code target/test-classes}; builds with
     * {@code -Deqms.build.dir=target-x} put test classes elsewhere, so exclude every {@code test-classes} folder.
     */
    public static final class DoNotIncludeAnyTestClassesDir implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
