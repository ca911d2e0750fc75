package org.eqms.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The controlled-documents domain obeys the same pure-core rules as the shared library. */
@AnalyzeClasses(packages = "org.eqms.document", importOptions = PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class)
class DocumentCoreArchitectureTest {
    @ArchTest
    static final ArchTests PURE_CORE = ArchTests.in(PureCoreArchitectureTest.class);
}
