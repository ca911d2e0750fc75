package org.eqms.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The IEC 62304 traceability core obeys the same pure-core rules as the shared library. Only the pure package
 * {@code org.eqms.trace} itself: its subpackages {@code sbom}, {@code reqif} and {@code export} parse and write file
 * formats with their own libraries and are checked by their own tests.
 */
@AnalyzeClasses(packages = "org.eqms.trace",
        importOptions = {PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir.class,
                TraceCoreArchitectureTest.OnlyThePureTracePackage.class})
class TraceCoreArchitectureTest {
    @ArchTest
    static final ArchTests PURE_CORE = ArchTests.in(PureCoreArchitectureTest.class);

    /** The pure-core rule allows an empty import; this one fails if the trace core was not imported at all. */
    @ArchTest
    static final ArchRule TRACE_CORE_IS_ANALYSED = classes().that().resideInAPackage("org.eqms.trace")
            .and().haveSimpleName("TraceGraph").should().bePublic();

    /** Leaves out the format subpackages of {@code org.eqms.trace}. */
    static final class OnlyThePureTracePackage implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/eqms/trace/sbom/") && !location.contains("/org/eqms/trace/reqif/")
                    && !location.contains("/org/eqms/trace/export/");
        }
    }
}
