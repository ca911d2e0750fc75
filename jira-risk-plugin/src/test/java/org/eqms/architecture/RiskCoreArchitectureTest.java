package org.eqms.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The ISO 14971 risk management core obeys the same pure-core rules as the shared library. Test jars are left out as
 * well as test-classes folders: the shared library's test jar holds a deliberately impure fixture in
 * {@code org.eqms.risk.archfixture} that proves the rule catches violations.
 */
@AnalyzeClasses(packages = "org.eqms.risk", importOptions = {
    PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class, RiskCoreArchitectureTest.DoNotIncludeTestJars.class})
class RiskCoreArchitectureTest {
    @ArchTest
    static final ArchTests PURE_CORE = ArchTests.in(PureCoreArchitectureTest.class);

    /** Leaves out classes from Maven test jars ({@code *-tests.jar}). */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
