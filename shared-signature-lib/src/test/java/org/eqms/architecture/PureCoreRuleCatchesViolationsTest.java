package org.eqms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.eqms.risk.archfixture.PureClassUsingJdbc;
import org.junit.jupiter.api.Test;

/** Proves the pure-core rule is not vacuous: it reports a pure class that uses JDBC. */
class PureCoreRuleCatchesViolationsTest {

    @Test
    void reports_a_pure_core_class_that_depends_on_java_sql() {
        JavaClasses fixture = new ClassFileImporter().importClasses(PureClassUsingJdbc.class);

        EvaluationResult result = PureCoreArchitectureTest.PURE_CORE_DEPENDS_ON_NO_PLATFORM.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.sql.Connection"));
    }

    @Test
    void accepts_a_class_outside_the_pure_core() {
        JavaClasses fixture = new ClassFileImporter().importClasses(PureCoreRuleCatchesViolationsTest.class);

        assertThat(PureCoreArchitectureTest.PURE_CORE_DEPENDS_ON_NO_PLATFORM.evaluate(fixture).hasViolation()).isFalse();
    }
}
