package org.eqms.trace.reqif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SoftwareLevel;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.VerificationStatus;
import org.junit.jupiter.api.Test;

class ReqifTraceImportTest {
    private static final String DESCRIPTION = "description";
    private static final ReqifTraceImport BY_NAME = new ReqifTraceImport(DESCRIPTION, Map.of(), Map.of());

    @Test
    void objectsMatchingNoItemBecomeImportedItemsWithTheirRoleValuesAndTheirRelationsBecomeLinks() {
        ReqifDocument file = new ReqifDocument("pump", List.of(
                new ReqifObject("HS-1", "HAZARDOUS_SITUATION", "Over-infusion", "Too much drug",
                        Map.of(ReqifTraceAttributes.ACCEPTABILITY, "UNACCEPTABLE")),
                new ReqifObject("RC-1", "RISK_CONTROL", "Dose limit", "", Map.of()),
                new ReqifObject("SW-1", "SOFTWARE_ITEM", "Pump core", "", Map.of(
                        ReqifTraceAttributes.SOFTWARE_LEVEL, "system", ReqifTraceAttributes.SAFETY_CLASS, "C")),
                new ReqifObject("T-1", "VERIFICATION", "Dose test", "", Map.of())),
                List.of(new ReqifRelation("a", "MITIGATED_BY", "HS-1", "RC-1"),
                        new ReqifRelation("b", "VERIFIED_BY", "RC-1", "T-1")));

        ReqifImportPlan plan = BY_NAME.plan(file, new TraceGraph());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).containsExactly(
                TraceItem.hazardousSituation("reqif:HS-1", "HS-1", "Over-infusion", RiskAcceptability.UNACCEPTABLE)
                        .withField(DESCRIPTION, "Too much drug"),
                TraceItem.of("reqif:RC-1", ItemRole.RISK_CONTROL, "RC-1", "Dose limit"),
                TraceItem.softwareItem("reqif:SW-1", "SW-1", "Pump core", SoftwareLevel.SYSTEM, "C"),
                TraceItem.verification("reqif:T-1", "T-1", "Dose test", VerificationStatus.OPEN));
        assertThat(plan.links()).containsExactly(new TraceLink("reqif:HS-1", LinkType.MITIGATED_BY, "reqif:RC-1"),
                new TraceLink("reqif:RC-1", LinkType.VERIFIED_BY, "reqif:T-1"));
        assertThat(plan.changed()).isEmpty();
        assertThat(plan.heldInJira()).isEmpty();
    }

    @Test
    void itemsHeldInJiraAreNeverOverwrittenWhileEarlierImportsTakeTheFilesContent() {
        TraceGraph graph = new TraceGraph();
        graph.add(TraceItem.of("10001", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Limit the dose"));
        graph.add(TraceItem.of("10002", ItemRole.SOFTWARE_REQUIREMENT, "SRS-2", "Log doses"));
        graph.add(TraceItem.of("reqif:SYS-1", ItemRole.SYSTEM_REQUIREMENT, "SYS-1", "Safe infusion"));
        graph.link("reqif:SYS-1", LinkType.DERIVES, "10001");
        ReqifDocument file = new ReqifDocument("needs", List.of(
                new ReqifObject("SYS-1", "Stakeholder need", "Safe infusion", "Never overdose", Map.of()),
                new ReqifObject("SRS-1", "SOFTWARE_REQUIREMENT", "Limit the dose to 10 mL/h", "", Map.of()),
                new ReqifObject("SRS-2", "SOFTWARE_REQUIREMENT", "Log doses", "", Map.of())),
                List.of(new ReqifRelation("r1", "refines", "SYS-1", "SRS-1"),
                        new ReqifRelation("r2", "refines", "SYS-1", "SRS-2")));

        ReqifImportPlan plan = new ReqifTraceImport(DESCRIPTION, Map.of("Stakeholder need", ItemRole.SYSTEM_REQUIREMENT),
                Map.of("refines", LinkType.DERIVES)).plan(file, graph);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).isEmpty();
        assertThat(plan.changed()).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo(graph.require("reqif:SYS-1"));
            assertThat(change.after().field(DESCRIPTION)).isEqualTo("Never overdose");
        });
        assertThat(plan.heldInJira()).containsExactly("SRS-1");
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.knownLinks()).isEqualTo(1);
        assertThat(plan.links()).containsExactly(new TraceLink("reqif:SYS-1", LinkType.DERIVES, "10002"));
    }

    @Test
    void whatTheTraceCannotTakeIsListedAsProblemsAndMakesThePlanInapplicable() {
        TraceGraph graph = new TraceGraph();
        graph.add(TraceItem.of("10001", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Limit the dose"));
        ReqifDocument file = new ReqifDocument("bad", List.of(
                new ReqifObject("N-1", "Need", "A need", "", Map.of()),
                new ReqifObject("SRS-1", "RISK_CONTROL", "Limit the dose", "", Map.of()),
                new ReqifObject("SW-1", "SOFTWARE_ITEM", "Core", "", Map.of()),
                new ReqifObject("T-1", "VERIFICATION", "Test", "", Map.of(ReqifTraceAttributes.VERIFICATION_STATUS,
                        "MAYBE")),
                new ReqifObject("SRS-9", "SOFTWARE_REQUIREMENT", "Other", "", Map.of()),
                new ReqifObject("IMPL-1", "IMPLEMENTATION", "Code", "", Map.of())),
                List.of(new ReqifRelation("r1", "traces", "SRS-9", "IMPL-1"),
                        new ReqifRelation("r2", "VERIFIED_BY", "IMPL-1", "SRS-9"),
                        new ReqifRelation("r3", "IMPLEMENTED_BY", "SRS-9", "N-1")));

        ReqifImportPlan plan = BY_NAME.plan(file, graph);

        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).containsExactly(
                "Object N-1 has type \"Need\", which is no item role.",
                "Object SRS-1 is a RISK_CONTROL in the file but a SOFTWARE_REQUIREMENT in the project.",
                "Object SW-1: the attribute eqms.softwareLevel is missing",
                "Object T-1: the attribute eqms.verificationStatus is \"MAYBE\", not one of [PASSED, FAILED, OPEN]",
                "Relation r1 has type \"traces\", which is no link type.",
                "Relation r2: a IMPLEMENTATION cannot be VERIFIED_BY a SOFTWARE_REQUIREMENT.",
                "Relation r3 joins an object that is not imported (N-1).");
    }

    @Test
    void theProblemListIsBounded() {
        List<ReqifObject> objects = java.util.stream.IntStream.range(0, 80)
                .mapToObj(i -> new ReqifObject("N-" + i, "Need", "n", "", Map.of())).toList();
        ReqifImportPlan plan = BY_NAME.plan(new ReqifDocument("many", objects, List.of()), new TraceGraph());
        assertThat(plan.problems()).hasSize(ReqifTraceImport.MAX_PROBLEMS + 1)
                .endsWith("Further problems are not listed; correct these and preview again.");
    }
}
