package org.eqms.sandbox.jira;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.jira.app.TraceActions;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.product.JiraTraceProjection;
import org.eqms.jira.rest.RiskAppServices;
import org.eqms.jira.wiring.JiraRiskApp;
import org.eqms.risk.ControlOption;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.Responsibility;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.VerificationLink;
import org.eqms.risk.VerificationPurpose;
import org.eqms.sandbox.users.DemoUsers;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SoftwareLevel;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceItemHash;
import org.eqms.trace.TraceLink;
import org.eqms.trace.VerificationStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The infusion-pump project {@value SandboxProjectAccess#PROJECT} of a first start, written through the app's own
 * stores and services and audited as they audit: the trace (system requirement → software requirement → risk
 * control → software item → implementation → test, hazards and hazardous situations, tests passed and open, a
 * class C software item), the ISO 14971 risk analysis (hazards, situations, estimated risks, controls in §7.1 order,
 * a verification, a residual estimate), the SOUP register from a bundled CycloneDX file and a plan draft.
 */
final class InfDemoData {
    static final String PROJECT = SandboxProjectAccess.PROJECT;
    static final String SBOM = "inf-pump-cyclonedx.json";
    /**
     * A risk control neither implemented nor verified yet (its two gaps open), with an implementation issue and a
     * passed test that trace nothing yet: linking them to it closes the gaps (issue 6's scenario 6).
     */
    static final String ALARM_CONTROL = "10016";
    static final String ALARM_IMPLEMENTATION = "10017";
    static final String ALARM_TEST = "10018";

    private final JiraRiskApp app;
    private final SandboxIssueStore issues;

    InfDemoData(JiraRiskApp app, SandboxIssueStore issues) {
        this.app = app;
        this.issues = issues;
    }

    void write() {
        ProjectTraceMapping mapping = app.risk().mappings().save(InfTraceMapping.proposal(), DemoUsers.ADMIN, null);
        JiraTraceProjection projection = new JiraTraceProjection(mapping);
        List<TraceItem> items = items().stream().map(item -> projection.item(issue(item), item).orElseThrow()).toList();
        links().forEach(this::link);
        writeTrace(items);
        RiskAppServices services = app.risk();
        writeRiskAnalysis(services);
        services.trace().importSbom(PROJECT, sbom(), DemoUsers.ALICE, null);
        services.planning().saveDraft(PROJECT, plan(), DemoUsers.ALICE, null);
    }

    static List<TraceItem> items() {
        return List.of(
                TraceItem.of("10001", ItemRole.SYSTEM_REQUIREMENT, "INF-1", "Deliver the programmed dose within ±5 %"),
                TraceItem.of("10002", ItemRole.SOFTWARE_REQUIREMENT, "INF-2",
                        "Stop the pump within 2 s when line pressure exceeds the occlusion limit"),
                TraceItem.of("10003", ItemRole.SOFTWARE_REQUIREMENT, "INF-3",
                        "Refuse a dose rate above the drug library's hard limit"),
                TraceItem.of("10004", ItemRole.HAZARD, "INF-4", "Excess flow (energy delivered to the patient)"),
                TraceItem.hazardousSituation("10005", "INF-5", "Bolus released after an occlusion is cleared",
                        RiskAcceptability.UNACCEPTABLE),
                TraceItem.hazardousSituation("10006", "INF-6", "Dose rate typed ten times too high",
                        RiskAcceptability.ACCEPTABLE),
                TraceItem.of("10007", ItemRole.RISK_CONTROL, "INF-7", "Pressure sensor stops the pump"),
                TraceItem.of("10008", ItemRole.RISK_CONTROL, "INF-8", "Drug library hard limits"),
                TraceItem.softwareItem("10009", "INF-9", "Pump motor controller", SoftwareLevel.ITEM, "C"),
                TraceItem.softwareItem("10010", "INF-10", "Keypad and display", SoftwareLevel.ITEM, "B"),
                TraceItem.of("10011", ItemRole.IMPLEMENTATION, "INF-11", "Occlusion stop in the motor loop"),
                TraceItem.of("10012", ItemRole.IMPLEMENTATION, "INF-12", "Hard limit check on rate entry"),
                TraceItem.verification("10013", "INF-13", "Occlusion stop test", VerificationStatus.PASSED),
                TraceItem.verification("10014", "INF-14", "Hard limit test", VerificationStatus.OPEN),
                TraceItem.verification("10015", "INF-15", "Dose accuracy test", VerificationStatus.PASSED),
                TraceItem.of(ALARM_CONTROL, ItemRole.RISK_CONTROL, "INF-16", "Occlusion alarm alerts the nurse"),
                TraceItem.of(ALARM_IMPLEMENTATION, ItemRole.IMPLEMENTATION, "INF-17",
                        "Occlusion alarm in the alarm manager"),
                TraceItem.verification(ALARM_TEST, "INF-18", "Occlusion alarm test", VerificationStatus.PASSED));
    }

    static List<TraceLink> links() {
        return List.of(
                new TraceLink("10001", LinkType.DERIVES, "10002"),
                new TraceLink("10001", LinkType.DERIVES, "10003"),
                new TraceLink("10004", LinkType.LEADS_TO, "10005"),
                new TraceLink("10004", LinkType.LEADS_TO, "10006"),
                new TraceLink("10005", LinkType.MITIGATED_BY, "10007"),
                new TraceLink("10006", LinkType.MITIGATED_BY, "10008"),
                new TraceLink("10007", LinkType.IMPLEMENTED_BY, "10002"),
                new TraceLink("10008", LinkType.IMPLEMENTED_BY, "10003"),
                new TraceLink("10002", LinkType.IMPLEMENTED_BY, "10009"),
                new TraceLink("10003", LinkType.IMPLEMENTED_BY, "10010"),
                new TraceLink("10009", LinkType.CONTRIBUTES_TO, "10005"),
                new TraceLink("10009", LinkType.IMPLEMENTED_BY, "10011"),
                new TraceLink("10010", LinkType.IMPLEMENTED_BY, "10012"),
                new TraceLink("10007", LinkType.VERIFIED_BY, "10013"),
                new TraceLink("10003", LinkType.VERIFIED_BY, "10014"),
                new TraceLink("10001", LinkType.VERIFIED_BY, "10015"),
                new TraceLink("10005", LinkType.MITIGATED_BY, ALARM_CONTROL));
    }

    /**
     * The demo item's issue in the sandbox's Jira (no event: the trace is written below as the sync would write it,
     * with what Jira does not hold, a situation's acceptability and an item's safety class, that the listener would
     * leave at its defaults).
     */
    private SandboxIssue issue(TraceItem item) {
        SandboxIssue issue = issues.create(SandboxJiraConfig.INF, InfTraceMapping.issueType(item.role()),
                item.role() == ItemRole.VERIFICATION && item.status() == VerificationStatus.PASSED
                        ? SandboxJiraConfig.DONE : SandboxJiraConfig.TO_DO, item.title(), "");
        if (!Long.toString(issue.id()).equals(item.id()) || !issue.key().equals(item.key())) {
            throw new IllegalStateException("The demo issue " + item.key() + " became " + issue.key() + " ("
                    + issue.id() + "): the sandbox's issue tables were not empty.");
        }
        return issue;
    }

    private void link(TraceLink link) {
        issues.link(Long.parseLong(link.from()), Long.parseLong(link.to()), InfTraceMapping.linkType(link.type()));
    }

    /** Items and links straight into the AO trace store, audited as the Jira sync audits them, in one transaction. */
    private void writeTrace(List<TraceItem> items) {
        AuditedObject project = AuditedObject.of(TraceActions.OBJECT_TYPE, PROJECT);
        app.inTransaction(() -> {
            TraceGraphStore store = app.traceGraph(PROJECT);
            for (TraceItem item : items) {
                store.saveItem(item);
                app.record(project, DemoUsers.ALICE, TraceActions.ITEM_ADDED, AuditData.empty().put("itemId", item.id())
                        .put("key", item.key()).put("role", item.role().name()).put("contentHash", TraceItemHash.of(item)));
            }
            for (TraceLink link : links()) {
                store.saveLink(link);
                app.record(project, DemoUsers.ALICE, TraceActions.LINK_ADDED, AuditData.empty().put("from", link.from())
                        .put("type", link.type().name()).put("to", link.to()));
            }
        });
    }

    private static void writeRiskAnalysis(RiskAppServices services) {
        var analysis = services.analysis();
        String alice = DemoUsers.ALICE;
        analysis.saveHazard(PROJECT, new Hazard("INF-4", HazardCategory.ENERGY, "Excess flow",
                "Energy delivered to the patient as more drug than programmed", null), alice, null);
        analysis.saveHazard(PROJECT, new Hazard("H-2", HazardCategory.INFORMATION, "Misleading rate entry",
                "The user is led to enter a wrong dose rate", null), alice, null);
        analysis.saveSituation(PROJECT, new HazardousSituation("INF-5", "INF-4",
                List.of("Line occluded", "Pressure builds up", "Occlusion cleared", "Bolus released"),
                "Patient receives an unintended bolus"), alice, null);
        analysis.saveSituation(PROJECT, new HazardousSituation("INF-6", "H-2",
                List.of("Decimal point missed on the keypad", "Rate ten times too high accepted"),
                "Patient receives ten times the prescribed rate"), alice, null);
        analysis.estimate(PROJECT, "R-1", "INF-5", "Overdose", 3, 4, 5, alice, null);
        analysis.addControl(PROJECT, "R-1", "INF-7", "Pressure sensor stops the pump",
                ControlOption.INHERENT_SAFETY_BY_DESIGN, null, List.of(), alice, null);
        analysis.addVerification(PROJECT, "R-1", "INF-7",
                new VerificationLink("10013", VerificationPurpose.IMPLEMENTATION,
                        org.eqms.risk.VerificationStatus.PASSED), alice, null);
        analysis.estimateResidual(PROJECT, "R-1", 1, 2, 5, alice, null);
        analysis.estimate(PROJECT, "R-2", "INF-6", "Overdose", 2, 3, 4, alice, null);
        analysis.addControl(PROJECT, "R-2", "INF-8", "Drug library hard limits refuse the rate",
                ControlOption.PROTECTIVE_MEASURE,
                "A keypad cannot be designed so that a wrong rate is impossible to enter; the limit is the next best",
                List.of(), alice, null);
    }

    private static RiskManagementPlan plan() {
        return RiskManagementPlan.draft(PROJECT, 1, "Infusion pump IP-200 firmware 2.x, design through decommissioning",
                        List.of("Design", "Production", "Post-production"),
                        List.of(new Responsibility("Risk manager", DemoUsers.ALICE, "Maintains the risk file"),
                                new Responsibility("Approver", DemoUsers.BOB, "Reviews and approves the plan")),
                        RiskAcceptabilityPolicy.defaults())
                .withActivities("Every risk control verified for implementation and effectiveness",
                        "Clinical expert panel review of the overall residual risk",
                        "Complaints and service reports reviewed monthly");
    }

    private static byte[] sbom() {
        try (InputStream in = Objects.requireNonNull(InfDemoData.class.getResourceAsStream(SBOM), SBOM)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
