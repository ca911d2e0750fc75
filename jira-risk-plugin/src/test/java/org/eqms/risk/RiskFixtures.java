package org.eqms.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Shared test data: the default policy, a hazard chain, risks at each stage, and in-memory ports. */
public final class RiskFixtures {

    static final RiskAcceptabilityPolicy POLICY = RiskAcceptabilityPolicy.defaults();
    static final String PROJECT = "INF";
    static final String HEX = "a".repeat(64);

    static final HazardousSituation SITUATION = new HazardousSituation("HS-1", "HZ-1",
            List.of("Insulation of the heater fails", "Patient touches the housing"),
            "Patient in contact with a live housing");

    private RiskFixtures() {
    }

    /** A qualitative estimate under the default policy. */
    static RiskEstimate estimate(int p1, int p2, int severity) {
        return RiskEstimate.qualitative(POLICY, p1, p2, severity);
    }

    /** Initial risk S5 P5 (P1 5, P2 5): UNACCEPTABLE. */
    static RiskRecord unacceptableRisk() {
        return RiskRecord.analysed("R-1", PROJECT, SITUATION, new Harm("Electric shock"), estimate(5, 5, 5));
    }

    static RiskRecord acceptableRisk(String id) {
        return RiskRecord.analysed(id, PROJECT, SITUATION, new Harm("Tingling"), estimate(1, 1, 1));
    }

    static RiskControl designControl(String id) {
        return RiskControl.of(id, "Double insulation", ControlOption.INHERENT_SAFETY_BY_DESIGN, null);
    }

    /** A control verified for implementation and effectiveness and reviewed for new hazards (none). */
    static RiskControl completeControl(String id) {
        return designControl(id)
                .withVerification(new VerificationLink("T-" + id + "-impl", VerificationPurpose.IMPLEMENTATION,
                        VerificationStatus.PASSED))
                .withVerification(new VerificationLink("T-" + id + "-eff", VerificationPurpose.EFFECTIVENESS,
                        VerificationStatus.PASSED))
                .withNewHazardsReview(NewHazardsReview.noneIntroduced("No new hazard: passive insulation"));
    }

    /** The unacceptable risk fully controlled: a complete control, residual S4 × P1 = ACCEPTABLE. */
    static RiskRecord controlledAcceptableRisk() {
        return unacceptableRisk().withControl(completeControl("C-1")).withResidualEstimate(estimate(1, 1, 4));
    }

    static RiskManagementPlan plan() {
        return RiskManagementPlan.draft(PROJECT, 1, "Infusion pump IP-200, design through decommissioning",
                        List.of("Design", "Production", "Post-production"),
                        List.of(new Responsibility("Risk manager", "jdoe", "Maintains the risk file")), POLICY)
                .withActivities("Every control verified by linked tests", "Overall residual risk by expert panel",
                        "Complaints and CAPA reviewed monthly");
    }

    /** In-memory risks and hazards, counting the streams opened and closed. */
    public static final class InMemoryStore implements RiskRepository, HazardRepository {
        public final Map<String, RiskRecord> risks = new TreeMap<>();
        public final Map<String, Hazard> hazards = new TreeMap<>();
        public final Map<String, HazardousSituation> situations = new TreeMap<>();
        IntendedUse intendedUse;
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        private <T> Stream<T> tracked(List<T> items) {
            opened.incrementAndGet();
            return new ArrayList<>(items).stream().onClose(closed::incrementAndGet);
        }

        @Override
        public Optional<RiskRecord> find(String projectKey, String riskId) {
            return Optional.ofNullable(risks.get(riskId)).filter(r -> r.projectKey().equals(projectKey));
        }

        @Override
        public Stream<RiskRecord> stream(String projectKey) {
            return tracked(risks.values().stream().filter(r -> r.projectKey().equals(projectKey)).toList());
        }

        @Override
        public Stream<RiskRecord> streamByHazard(String projectKey, String hazardId) {
            return tracked(risks.values().stream()
                    .filter(r -> r.projectKey().equals(projectKey) && r.hazardId().equals(hazardId)).toList());
        }

        @Override
        public boolean anyForSituation(String projectKey, String situationId) {
            return risks.values().stream()
                    .anyMatch(r -> r.projectKey().equals(projectKey) && r.situationId().equals(situationId));
        }

        @Override
        public boolean anyForHazard(String projectKey, String hazardId) {
            return risks.values().stream()
                    .anyMatch(r -> r.projectKey().equals(projectKey) && r.hazardId().equals(hazardId));
        }

        @Override
        public void save(RiskRecord risk) {
            risks.put(risk.id(), risk);
        }

        @Override
        public Optional<IntendedUse> intendedUse(String projectKey) {
            return Optional.ofNullable(intendedUse);
        }

        @Override
        public void saveIntendedUse(String projectKey, IntendedUse use) {
            intendedUse = use;
        }

        @Override
        public Optional<Hazard> findHazard(String projectKey, String hazardId) {
            return Optional.ofNullable(hazards.get(hazardId));
        }

        @Override
        public Stream<Hazard> hazards(String projectKey) {
            return tracked(List.copyOf(hazards.values()));
        }

        @Override
        public void saveHazard(String projectKey, Hazard hazard) {
            hazards.put(hazard.id(), hazard);
        }

        @Override
        public Optional<HazardousSituation> findSituation(String projectKey, String situationId) {
            return Optional.ofNullable(situations.get(situationId));
        }

        @Override
        public Stream<HazardousSituation> situations(String projectKey) {
            return tracked(List.copyOf(situations.values()));
        }

        @Override
        public void saveSituation(String projectKey, HazardousSituation situation) {
            situations.put(situation.id(), situation);
        }

        @Override
        public boolean anySituationOf(String projectKey, String hazardId) {
            return situations.values().stream().anyMatch(s -> s.hazardId().equals(hazardId));
        }

        @Override
        public void deleteHazard(String projectKey, String hazardId) {
            hazards.remove(hazardId);
        }

        @Override
        public void deleteSituation(String projectKey, String situationId) {
            situations.remove(situationId);
        }
    }
}
