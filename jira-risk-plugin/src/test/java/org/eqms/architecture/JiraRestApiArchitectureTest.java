package org.eqms.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The Jira app's REST resources use only JAX-RS 1.1 API types and no Jersey classes ({@link RestApiRules}). */
@AnalyzeClasses(packages = "org.eqms.jira", importOptions = PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class)
class JiraRestApiArchitectureTest {
    @ArchTest
    static final ArchTests REST = ArchTests.in(RestApiRules.class);
}
