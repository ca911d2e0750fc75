package org.eqms.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The shared REST helpers and the e-signature resources use only JAX-RS 1.1 API types and no Jersey classes ({@link RestApiRules}). */
@AnalyzeClasses(packages = "org.eqms.rest", importOptions = PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class)
class SharedRestApiArchitectureTest {
    @ArchTest
    static final ArchTests REST = ArchTests.in(RestApiRules.class);
}
