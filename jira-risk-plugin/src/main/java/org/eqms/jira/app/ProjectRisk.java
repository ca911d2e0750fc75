package org.eqms.jira.app;

import org.eqms.risk.CompletenessGap;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.PlanVersions;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskPlanRepository;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.RiskRegister;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.risk.RiskRepository;
import org.eqms.risk.RiskSummary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The risk management file of one Jira project as the REST API and the pages read it: the plan's versions, the
 * acceptability policy in force (the effective plan's, or the default 5×5 until a plan is approved), the risk register
 * a page at a time, the summary and the heat map of initial or residual estimates.
 */
public final class ProjectRisk {
    private final RiskRepository risks;
    private final HazardRepository hazards;
    private final RiskPlanRepository plans;

    public ProjectRisk(RiskRepository risks, HazardRepository hazards, RiskPlanRepository plans) {
        this.risks = Objects.requireNonNull(risks, "risks");
        this.hazards = Objects.requireNonNull(hazards, "hazards");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    public PlanVersions plans(String projectKey) {
        return plans.load(projectKey);
    }

    public RiskAcceptabilityPolicy policy(String projectKey) {
        return plans(projectKey).effective().map(RiskManagementPlan::policy).orElse(RiskAcceptabilityPolicy.defaults());
    }

    /** Rows {@code offset} to {@code offset + limit} of the register, read as a stream (never the whole file). */
    public List<RiskRegisterRow> register(String projectKey, long offset, int limit) {
        try (Stream<RiskRegisterRow> rows = rows(projectKey)) {
            return rows.skip(offset).limit(limit).toList();
        }
    }

    /** Every row of the register in one streamed pass; the caller closes the stream. */
    public Stream<RiskRegisterRow> rows(String projectKey) {
        return new RiskRegister(risks, hazards).rows(projectKey, policy(projectKey));
    }

    /** Every risk of the project, streamed; the caller closes the stream. */
    public Stream<RiskRecord> risks(String projectKey) {
        return risks.stream(projectKey);
    }

    /** The §7.6 completeness gaps under the policy in force, streamed; the caller closes the stream. */
    public Stream<CompletenessGap> gaps(String projectKey) {
        return new RiskRegister(risks, hazards).gaps(projectKey, policy(projectKey));
    }

    public RiskSummary summary(String projectKey) {
        return new RiskRegister(risks, hazards).summarize(projectKey, policy(projectKey));
    }

    /**
     * How many risks sit in each cell of the acceptability matrix, {@code [severity - 1][probability - 1]}, by their
     * initial and by their residual estimates, in one pass; risks without that estimate are not counted.
     */
    public HeatMaps heatMaps(String projectKey) {
        RiskAcceptabilityPolicy policy = policy(projectKey);
        HeatMaps maps = new HeatMaps(new long[policy.severityScale().size()][policy.probabilityScale().size()],
                new long[policy.severityScale().size()][policy.probabilityScale().size()]);
        try (Stream<RiskRegisterRow> rows = new RiskRegister(risks, hazards).rows(projectKey, policy)) {
            rows.forEach(row -> {
                count(maps.initial(), row.initialSeverity(), row.initialProbability());
                count(maps.residual(), row.residualSeverity(), row.residualProbability());
            });
        }
        return maps;
    }

    /** Risk counts per matrix cell, by initial and by residual estimate. */
    public record HeatMaps(long[][] initial, long[][] residual) {
    }

    private static void count(long[][] cells, Integer severity, Integer probability) {
        if (severity != null && probability != null) {
            cells[severity - 1][probability - 1]++;
        }
    }
}
