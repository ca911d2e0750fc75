package org.eqms.jira.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.risk.Acceptability;
import org.eqms.risk.AcceptabilityMatrix;
import org.eqms.risk.BenefitRiskAnalysis;
import org.eqms.risk.ControlOption;
import org.eqms.risk.FmeaRating;
import org.eqms.risk.Harm;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.IntendedUse;
import org.eqms.risk.NewHazardsReview;
import org.eqms.risk.P1P2Combination;
import org.eqms.risk.ProbabilityBand;
import org.eqms.risk.ProbabilityScale;
import org.eqms.risk.Responsibility;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskControl;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.SeverityScale;
import org.eqms.risk.VerificationLink;
import org.eqms.risk.VerificationPurpose;
import org.eqms.risk.VerificationStatus;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.trace.Activity;
import org.eqms.trace.AnomalyReview;
import org.eqms.trace.BaselineProgress;
import org.eqms.trace.ClassificationScheme;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SafetyClass;
import org.eqms.trace.SoftwareLevel;
import org.eqms.trace.SoupComponent;
import org.eqms.trace.SoupEntry;
import org.eqms.trace.TraceBaseline;
import org.eqms.trace.TraceBaselines;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;

/** Test support: migrated databases and records with every field set, including awkward text and instants. */
final class StoreFixtures {
    /** Sub-millisecond precision, which the stores keep. */
    static final Instant NOW = Instant.parse("2026-11-23T06:01:02.345678901Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Quotes, backslash, a slash, non-ASCII and a character outside the BMP: text must survive as is. */
    static final String AWKWARD = "Burn \"≥ 41 °C\" on C:\\dir/sub — naïve 😀";

    private StoreFixtures() {
    }

    @SuppressWarnings("unchecked")
    static ActiveObjects migrated(ActiveObjects ao) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SignatureLibEntities.all());
        entities.addAll(JiraEntities.all());
        ao.migrate(entities.toArray(new Class[0]));
        return ao;
    }

    // ---------------------------------------------------------------- risk

    /** A 3 × 4 policy, not the default, so scales and matrix really round-trip. */
    static RiskAcceptabilityPolicy policy() {
        Acceptability a = Acceptability.ACCEPTABLE;
        Acceptability i = Acceptability.INVESTIGATE_ALARP;
        Acceptability u = Acceptability.UNACCEPTABLE;
        return new RiskAcceptabilityPolicy(new SeverityScale(List.of("Minor", "Serious", "Fatal")),
                new ProbabilityScale(List.of(new ProbabilityBand("Rare", 0), new ProbabilityBand("Unlikely", 1_000),
                        new ProbabilityBand("Possible", 100_000), new ProbabilityBand("Likely", 10_000_000))),
                new AcceptabilityMatrix(List.of(List.of(a, a, i, i), List.of(a, i, i, u), List.of(i, u, u, u))));
    }

    /** A risk with every part: quantitative and qualitative estimates, two controls, benefit-risk, FMEA, flags. */
    static RiskRecord richRisk(String project, String id, String hazardId, String situationId) {
        RiskAcceptabilityPolicy policy = policy();
        RiskEstimate initial = RiskEstimate.under(policy,
                P1P2Combination.quantitative(policy.probabilityScale(), 50_000_000L, 200_000_000L), 3);
        RiskControl design = RiskControl.of("C-1", "Double insulation", ControlOption.INHERENT_SAFETY_BY_DESIGN, null,
                        List.of("SOP-0001", "WI/QA-012.A"))
                .withVerification(new VerificationLink("T-1", VerificationPurpose.IMPLEMENTATION,
                        VerificationStatus.PASSED))
                .withVerification(new VerificationLink("T-2", VerificationPurpose.EFFECTIVENESS,
                        VerificationStatus.FAILED))
                .withNewHazardsReview(new NewHazardsReview(List.of("HZ-9", "HZ-10"), "Adds weight: " + AWKWARD));
        RiskControl label = RiskControl.of("C-2", "Warning label", ControlOption.INFORMATION_FOR_SAFETY,
                        "The certified housing cannot change")
                .withVerification(new VerificationLink("T-3", VerificationPurpose.EFFECTIVENESS,
                        VerificationStatus.OPEN));
        RiskEstimate residual = RiskEstimate.qualitative(policy, 2, 1, 3);
        return new RiskRecord(id, project, hazardId, situationId, new Harm(AWKWARD), initial,
                List.of(design, label), residual, new BenefitRiskAnalysis("PAGE-123", "Therapy outweighs", true),
                new FmeaRating(9, 3, 4), List.of("Complaint CMP-7", "Field action FA-2"));
    }

    /** A newly analysed risk: no estimate, no control. */
    static RiskRecord bareRisk(String project, String id, String hazardId, String situationId) {
        return new RiskRecord(id, project, hazardId, situationId, new Harm("Tingling"), null, List.of(), null, null,
                null, List.of());
    }

    static Hazard hazard(String id) {
        return new Hazard(id, HazardCategory.ENERGY, "Leakage current " + id, AWKWARD, "C.2.1");
    }

    static HazardousSituation situation(String id, String hazardId) {
        return new HazardousSituation(id, hazardId, List.of("Insulation fails", "Patient touches " + AWKWARD),
                "Patient in contact with a live housing");
    }

    static IntendedUse intendedUse() {
        return new IntendedUse("Infusion of drugs " + AWKWARD, List.of("Use at home", "Use by children"),
                List.of("Flow accuracy ±5 %"));
    }

    static RiskManagementPlan draftPlan(String project) {
        return RiskManagementPlan.draft(project, 1, "Infusion pump IP-200, design through decommissioning",
                        List.of("Design", "Production", "Post-production"),
                        List.of(new Responsibility("Risk manager", "user-key-1", "Maintains the risk file"),
                                new Responsibility("QA", "qa-group", "Reviews " + AWKWARD)), policy())
                .withActivities("Every control verified", "Expert panel", "Complaints reviewed monthly");
    }

    // ---------------------------------------------------------------- trace

    /** One item of every role, with fields and role attributes. */
    static List<TraceItem> itemOfEveryRole() {
        List<TraceItem> items = new ArrayList<>();
        for (ItemRole role : ItemRole.values()) {
            String id = "10" + role.ordinal();
            TraceItem item = switch (role) {
                case HAZARDOUS_SITUATION -> TraceItem.hazardousSituation(id, "HS-" + id, AWKWARD,
                        RiskAcceptability.UNACCEPTABLE);
                case VERIFICATION -> TraceItem.verification(id, "TC-" + id, "Test", org.eqms.trace.VerificationStatus.FAILED);
                case SOFTWARE_ITEM -> TraceItem.softwareItem(id, "SW-" + id, "Dosing", SoftwareLevel.UNIT, "C")
                        .withField(TraceItem.DETAILED_DESIGN, "SDD-4.2");
                default -> TraceItem.of(id, role, role.name() + "-" + id, "Title of " + id);
            };
            items.add(item.withField("description", "Text of " + id + ": " + AWKWARD)
                    .withField("acceptanceCriteria", ""));
        }
        return items;
    }

    /** A small valid graph: system requirement → software requirement → test, hazard → situation → control. */
    static TraceGraph smallGraph() {
        TraceGraph graph = new TraceGraph();
        graph.add(TraceItem.of("1", ItemRole.SYSTEM_REQUIREMENT, "SYS-1", "Deliver the dose"));
        graph.add(TraceItem.of("2", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Compute the rate")
                .withField("description", AWKWARD));
        graph.add(TraceItem.verification("3", "TC-1", "Rate test", org.eqms.trace.VerificationStatus.PASSED));
        graph.add(TraceItem.of("4", ItemRole.HAZARD, "H-1", "Overdose"));
        graph.add(TraceItem.hazardousSituation("5", "HS-1", "Too much drug", RiskAcceptability.UNACCEPTABLE));
        graph.add(TraceItem.of("6", ItemRole.RISK_CONTROL, "RC-1", "Rate limit"));
        graph.link("1", LinkType.DERIVES, "2");
        graph.link("2", LinkType.VERIFIED_BY, "3");
        graph.link("4", LinkType.LEADS_TO, "5");
        graph.link("5", LinkType.MITIGATED_BY, "6");
        graph.link("6", LinkType.IMPLEMENTED_BY, "2");
        return graph;
    }

    static TraceBaseline baseline(String id, TraceGraph graph) {
        return new TraceBaselines(CLOCK).take(graph, id, "Release 2.1 " + AWKWARD, "user-key-1",
                BaselineProgress.SILENT);
    }

    static SoupEntry soupEntry(String id, String name) {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("SHA-256", "AB".repeat(32));
        hashes.put("SHA-1", "cd".repeat(20));
        SoupComponent component = new SoupComponent(name, "2.17.2", "FasterXML",
                "pkg:maven/com.fasterxml.jackson.core/" + name + "@2.17.2", List.of("Apache-2.0", "MIT"), hashes);
        return SoupEntry.of(id, component)
                .withRequirements("Parse JSON " + AWKWARD, "JRE 17")
                .withAnomalyReview(new AnomalyReview("2.17.2", "user-key-2", NOW, "https://github.com/x/issues",
                        "No anomaly affects our use"));
    }

    /** A three-level scheme in the manner of IEC 62304 Ed. 2 rigor levels. */
    static ClassificationScheme rigorLevels() {
        Set<Activity> one = EnumSet.of(Activity.SOFTWARE_REQUIREMENTS, Activity.UNIT_IMPLEMENTATION);
        Set<Activity> two = EnumSet.copyOf(one);
        two.addAll(List.of(Activity.ARCHITECTURE, Activity.SOUP_REQUIREMENTS));
        Set<Activity> three = EnumSet.allOf(Activity.class);
        Map<String, Set<Activity>> activities = new LinkedHashMap<>();
        activities.put("I", one);
        activities.put("II", two);
        activities.put("III", three);
        return new ClassificationScheme("iec62304-ed2", "IEC 62304 Ed. 2 rigor levels", List.of(
                new SafetyClass("I", "Low"), new SafetyClass("II", ""), new SafetyClass("III", "High " + AWKWARD)),
                activities);
    }
}
