package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.Activity.ARCHITECTURE;
import static org.eqms.trace.Activity.DETAILED_DESIGN;
import static org.eqms.trace.Activity.INTEGRATION_TESTING;
import static org.eqms.trace.Activity.SOFTWARE_REQUIREMENTS;
import static org.eqms.trace.Activity.SOUP_ANOMALY_REVIEW;
import static org.eqms.trace.Activity.SOUP_PREREQUISITES;
import static org.eqms.trace.Activity.SOUP_REQUIREMENTS;
import static org.eqms.trace.Activity.UNIT_DECOMPOSITION;
import static org.eqms.trace.Activity.UNIT_IMPLEMENTATION;
import static org.eqms.trace.Activity.UNIT_VERIFICATION;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** IEC 62304 §4.3: the class determines the required activities; the scheme is configurable (Ed. 2 rigor levels). */
@Clause("IEC62304-4.3")
class ClassificationSchemeTest {

    @ParameterizedTest(name = "{0} requires {1}: {2}")
    @CsvSource({
            "A, SOFTWARE_REQUIREMENTS, true", "B, SOFTWARE_REQUIREMENTS, true", "C, SOFTWARE_REQUIREMENTS, true",
            "A, ARCHITECTURE, false", "B, ARCHITECTURE, true", "C, ARCHITECTURE, true",
            "A, SOUP_REQUIREMENTS, false", "B, SOUP_REQUIREMENTS, true", "C, SOUP_REQUIREMENTS, true",
            "A, SOUP_PREREQUISITES, false", "B, SOUP_PREREQUISITES, true", "C, SOUP_PREREQUISITES, true",
            "A, UNIT_DECOMPOSITION, false", "B, UNIT_DECOMPOSITION, true", "C, UNIT_DECOMPOSITION, true",
            "A, DETAILED_DESIGN, false", "B, DETAILED_DESIGN, false", "C, DETAILED_DESIGN, true",
            "A, UNIT_IMPLEMENTATION, true", "B, UNIT_IMPLEMENTATION, true", "C, UNIT_IMPLEMENTATION, true",
            "A, UNIT_VERIFICATION, false", "B, UNIT_VERIFICATION, true", "C, UNIT_VERIFICATION, true",
            "A, INTEGRATION_TESTING, false", "B, INTEGRATION_TESTING, true", "C, INTEGRATION_TESTING, true",
            "A, SOUP_ANOMALY_REVIEW, false", "B, SOUP_ANOMALY_REVIEW, true", "C, SOUP_ANOMALY_REVIEW, true"})
    @Clause("IEC62304-5.4.2")
    @Clause("IEC62304-5.5.5")
    @Clause("IEC62304-7.1.3")
    void edition1ClassesRequireTheActivitiesOfTheirClauses(String safetyClass, Activity activity, boolean required) {
        assertThat(ClassificationScheme.IEC62304_ED1.requires(safetyClass, activity)).isEqualTo(required);
    }

    @Test
    void everyActivityNamesItsClause() {
        assertThat(DETAILED_DESIGN.clauseTag()).isEqualTo("IEC62304-5.4.2");
        assertThat(UNIT_VERIFICATION.clauseTag()).isEqualTo("IEC62304-5.5.5");
        assertThat(SOUP_ANOMALY_REVIEW.clauseTag()).isEqualTo("IEC62304-7.1.3");
        assertThat(Stream.of(Activity.values())).allMatch(a -> a.clauseTag().matches("IEC62304-\\d(\\.\\d+)+"));
        assertThat(ClassificationScheme.IEC62304_ED1.codes()).containsExactly("A", "B", "C");
        assertThat(ClassificationScheme.IEC62304_ED1.highest().code()).isEqualTo("C");
    }

    /** An example of a configured scheme with two rigor levels (the levels are the project's choice). */
    static ClassificationScheme twoRigorLevels() {
        Set<Activity> one = EnumSet.of(SOFTWARE_REQUIREMENTS, UNIT_IMPLEMENTATION, SOUP_ANOMALY_REVIEW);
        Set<Activity> two = EnumSet.copyOf(one);
        two.addAll(List.of(ARCHITECTURE, SOUP_REQUIREMENTS, SOUP_PREREQUISITES, UNIT_DECOMPOSITION, DETAILED_DESIGN,
                UNIT_VERIFICATION, INTEGRATION_TESTING));
        return new ClassificationScheme("iec62304-ed2-rigor", "IEC 62304 Ed. 2 software process rigor levels",
                List.of(new SafetyClass("I", "Rigor level I"), new SafetyClass("II", "Rigor level II")),
                Map.of("I", one, "II", two));
    }

    @Test
    void aConfiguredSchemeDrivesTheGapAnalysis() {
        ClassificationScheme ed2 = twoRigorLevels();
        TraceGraph graph = new TraceGraph();
        graph.add(TraceItem.softwareItem("S", "S", "System", SoftwareLevel.SYSTEM, "I"));
        graph.add(TraceItem.of("IMPL", ItemRole.IMPLEMENTATION, "IMPL", ""));
        graph.add(TraceItem.of("R", ItemRole.SOFTWARE_REQUIREMENT, "R", ""));
        graph.link("S", LinkType.IMPLEMENTED_BY, "IMPL");
        graph.link("R", LinkType.IMPLEMENTED_BY, "S");

        List<Gap> atLevelOne = new GapAnalysis(ed2).analyse(graph, SoupRegister.empty()).ofKind(GapKind.MISSING_ACTIVITY);
        assertThat(atLevelOne).isEmpty();

        graph.replace(graph.require("S").withSafetyClass("II"));
        assertThat(new GapAnalysis(ed2).analyse(graph, SoupRegister.empty()).ofKind(GapKind.MISSING_ACTIVITY))
                .extracting(Gap::activity).containsExactly(ARCHITECTURE);
        assertThat(new GapAnalysis(ClassificationScheme.IEC62304_ED1).analyse(graph, SoupRegister.empty())
                .ofKind(GapKind.MISSING_SAFETY_CLASS)).extracting(Gap::itemId).containsExactly("S");
    }

    static Stream<Arguments> invalidSchemes() {
        SafetyClass a = new SafetyClass("A", "");
        SafetyClass b = new SafetyClass("B", "");
        return Stream.of(
                Arguments.of("no classes", (Runnable) () -> new ClassificationScheme("x", "X", List.of(), Map.of()),
                        "no classes"),
                Arguments.of("no name", (Runnable) () -> new ClassificationScheme("x", " ", List.of(a),
                        Map.of("A", Set.of())), "id and a name"),
                Arguments.of("class twice", (Runnable) () -> new ClassificationScheme("x", "X", List.of(a, a),
                        Map.of("A", Set.of())), "listed twice"),
                Arguments.of("class without activities", (Runnable) () -> new ClassificationScheme("x", "X",
                        List.of(a, b), Map.of("A", Set.of())), "does not say"),
                Arguments.of("unknown class", (Runnable) () -> new ClassificationScheme("x", "X", List.of(a),
                        Map.of("A", Set.of(), "Z", Set.of())), "unknown class"),
                Arguments.of("rigor drops an activity", (Runnable) () -> new ClassificationScheme("x", "X",
                        List.of(a, b), Map.of("A", Set.of(DETAILED_DESIGN), "B", Set.of(UNIT_VERIFICATION))),
                        "does not require [DETAILED_DESIGN]"),
                Arguments.of("blank class code", (Runnable) () -> new SafetyClass(" ", "x"), "no code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSchemes")
    void anInvalidSchemeIsRefusedWithAHint(String why, Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(TraceRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(TraceRefusal.INVALID_CLASSIFICATION_SCHEME);
            assertThat(e.getMessage()).contains(message);
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void anUnknownClassIsRefused() {
        assertThatThrownBy(() -> ClassificationScheme.IEC62304_ED1.required("D"))
                .isInstanceOfSatisfying(TraceRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(TraceRefusal.UNKNOWN_SAFETY_CLASS);
                    assertThat(e.hint()).contains("[A, B, C]");
                });
    }

    @Test
    @Clause("IEC62304-4.3(d)")
    @Clause("IEC62304-4.3(a)")
    void itemsInheritTheMostRigorousClassOfTheirContainersAndUnclassifiedRootsAreHeldToTheHighest() {
        TraceGraph g = new TraceGraph();
        g.add(TraceItem.softwareItem("SYS", "SYS", "", SoftwareLevel.SYSTEM, "B"));
        g.add(TraceItem.softwareItem("LIB", "LIB", "", SoftwareLevel.SYSTEM, "C"));
        g.add(TraceItem.softwareItem("SHARED", "SHARED", "", SoftwareLevel.ITEM, null));
        g.add(TraceItem.softwareItem("LOW", "LOW", "", SoftwareLevel.UNIT, "A"));
        g.add(TraceItem.softwareItem("ORPHAN", "ORPHAN", "", SoftwareLevel.SYSTEM, null));
        g.add(TraceItem.softwareItem("ODD", "ODD", "", SoftwareLevel.SYSTEM, "D"));
        g.add(TraceItem.of("S", ItemRole.SOUP, "S", ""));
        g.add(TraceItem.of("LOOSE", ItemRole.SOUP, "LOOSE", ""));
        g.add(TraceItem.softwareItem("CYC1", "CYC1", "", SoftwareLevel.ITEM, null));
        g.add(TraceItem.softwareItem("CYC2", "CYC2", "", SoftwareLevel.ITEM, null));
        g.link("SYS", LinkType.CONTAINS, "SHARED");
        g.link("LIB", LinkType.CONTAINS, "SHARED");
        g.link("SHARED", LinkType.CONTAINS, "LOW");
        g.link("SYS", LinkType.CONTAINS, "S");
        g.link("CYC1", LinkType.CONTAINS, "CYC2");
        g.link("CYC2", LinkType.CONTAINS, "CYC1");

        SafetyClassification classes = SafetyClassification.of(g, ClassificationScheme.IEC62304_ED1);
        assertThat(classes.of("SYS")).isEqualTo(new EffectiveSafetyClass("B", EffectiveSafetyClass.Source.DECLARED));
        assertThat(classes.of("SHARED")).isEqualTo(new EffectiveSafetyClass("C", EffectiveSafetyClass.Source.INHERITED));
        assertThat(classes.of("LOW")).isEqualTo(new EffectiveSafetyClass("A", EffectiveSafetyClass.Source.DECLARED));
        assertThat(classes.of("S")).isEqualTo(new EffectiveSafetyClass("B", EffectiveSafetyClass.Source.INHERITED));
        for (String id : List.of("ORPHAN", "ODD", "LOOSE", "CYC1", "CYC2")) {
            assertThat(classes.of(id)).as(id).isEqualTo(new EffectiveSafetyClass("C",
                    EffectiveSafetyClass.Source.DEFAULTED_TO_HIGHEST));
        }
        assertThat(classes.containerClass(g, "LOW")).isEqualTo("C");
        assertThatThrownBy(() -> classes.of("nope")).isInstanceOf(TraceRefusedException.class);
    }
}
