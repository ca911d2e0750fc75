package org.eqms.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The Confluence app's REST resources use only JAX-RS 1.1 API types and no Jersey classes ({@link RestApiRules}). */
@AnalyzeClasses(packages = "org.eqms.confluence", importOptions = PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class)
class RestApiArchitectureTest {
    @ArchTest
    static final ArchTests REST = ArchTests.in(RestApiRules.class);
}
