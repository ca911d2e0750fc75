package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.PlanVersionRow;
import org.eqms.risk.PlanStatus;
import org.eqms.risk.PlanVersions;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskPlanRepository;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.store.ao.SqlStates;

/**
 * {@link RiskPlanRepository} on Active Objects: one {@link PlanVersionRow} per plan version, the version as canonical
 * JSON ({@link StoredCodecs#PLAN_VERSION}).
 *
 * <p>{@link #save} compares the history given with the stored one and, in one transaction that joins the caller's,
 * checks everything before it writes anything. It accepts exactly what {@link PlanVersions} does: new versions
 * appended, the stored draft replaced (edited or approved), an approved version turned superseded with nothing else
 * changed. It refuses ({@link RiskRefusal#PLAN_NOT_EDITABLE}) any other change to an approved or superseded version,
 * whose content hash is signed, and ({@link RiskRefusal#INCONSISTENT_PLAN_HISTORY}) a history that drops stored
 * versions or lost a race: a changed row is replaced only if it still has the status and content hash that were
 * read (a conditional delete, then an insert), so a concurrent approval is never overwritten by a stale draft edit;
 * UNIQUE {@link PlanVersionRow#PROJECT_VERSION} refuses a version a concurrent save inserted first.
 */
public final class AoRiskPlanRepository implements RiskPlanRepository {
    private static final String COLUMNS = String.join(",", PlanVersionRow.ID, PlanVersionRow.PROJECT_KEY,
            PlanVersionRow.PLAN_VERSION, PlanVersionRow.PLAN_STATUS, PlanVersionRow.CONTENT_HASH,
            PlanVersionRow.PLAN_JSON);

    private final ActiveObjects ao;

    public AoRiskPlanRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public PlanVersions load(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        List<RiskManagementPlan> versions = new ArrayList<>();
        for (Stored stored : stored(projectKey)) {
            versions.add(stored.plan());
        }
        return Rows.decode("plan history of project " + projectKey, () -> new PlanVersions(projectKey, versions));
    }

    /** A stored version as read: its row's status and hash (the compare-and-set condition) and the plan. */
    private record Stored(long rowId, String status, String hash, RiskManagementPlan plan) {
    }

    private List<Stored> stored(String projectKey) {
        List<Stored> stored = new ArrayList<>();
        // a plan has tens of versions, not thousands
        for (PlanVersionRow row : ao.find(PlanVersionRow.class, Query.select(COLUMNS)
                .where(PlanVersionRow.PROJECT_KEY + " = ?", projectKey).order(PlanVersionRow.PLAN_VERSION + " ASC"))) {
            String what = "version " + row.getPlanVersion() + " of the risk management plan of project " + projectKey;
            RiskManagementPlan plan = StoredCodecs.PLAN_VERSION.read(row.getPlanJson(), what);
            if (plan.version() != row.getPlanVersion() || !plan.projectKey().equals(projectKey)
                    || !plan.status().name().equals(row.getPlanStatus())) {
                throw new StoredDataException("The stored " + what + " holds version " + plan.version() + " ("
                        + plan.status() + ") of project " + plan.projectKey(), null);
            }
            stored.add(new Stored(row.getID(), row.getPlanStatus(), row.getContentHash(), plan));
        }
        return stored;
    }

    @Override
    public void save(PlanVersions versions) {
        Objects.requireNonNull(versions, "versions");
        String projectKey = UniqueKeys.column(versions.projectKey(), "project key");
        List<RiskManagementPlan> given = versions.versions();
        try {
            ao.executeInTransaction(() -> {
                List<Stored> stored = stored(projectKey);
                if (given.size() < stored.size()) {
                    throw new RiskRefusedException(RiskRefusal.INCONSISTENT_PLAN_HISTORY, "The plan history of "
                            + projectKey + " has " + stored.size() + " stored versions but only " + given.size()
                            + " were given; plan versions are never removed.", "Reload the plan and try again.");
                }
                List<Stored> replaced = new ArrayList<>();
                for (int i = 0; i < stored.size(); i++) {
                    RiskManagementPlan was = stored.get(i).plan();
                    RiskManagementPlan now = given.get(i);
                    if (was.equals(now)) {
                        continue;
                    }
                    if (was.status() == PlanStatus.DRAFT || (was.status() == PlanStatus.APPROVED
                            && now.equals(supersededFrom(was)))) {
                        replaced.add(stored.get(i));
                        continue;
                    }
                    throw new RiskRefusedException(RiskRefusal.PLAN_NOT_EDITABLE, "Version " + was.version()
                            + " of the risk management plan of " + projectKey + " is " + was.status()
                            + (was.status() == PlanStatus.APPROVED ? "; it may only become superseded" : "")
                            + "; its signed content is never changed.",
                            "Start a new version of the plan; it supersedes this one when approved.");
                }
                for (Stored row : replaced) {
                    int deleted = ao.deleteWithSQL(PlanVersionRow.class, PlanVersionRow.ID + " = ? AND "
                            + PlanVersionRow.PLAN_STATUS + " = ? AND " + PlanVersionRow.CONTENT_HASH + " = ?",
                            row.rowId(), row.status(), row.hash());
                    if (deleted != 1) {
                        throw concurrentChange(projectKey, null);
                    }
                    insert(given.get(row.plan().version() - 1));
                }
                for (RiskManagementPlan added : given.subList(stored.size(), given.size())) {
                    insert(added);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw concurrentChange(projectKey, e);
            }
            throw e;
        }
    }

    private static RiskManagementPlan supersededFrom(RiskManagementPlan approved) {
        return new RiskManagementPlan(approved.projectKey(), approved.version(), PlanStatus.SUPERSEDED,
                approved.scope(), approved.lifecyclePhases(), approved.responsibilities(), approved.policy(),
                approved.verificationActivities(), approved.overallResidualRiskCriteria(),
                approved.postProductionActivities(), approved.signature());
    }

    private void insert(RiskManagementPlan plan) {
        Map<String, Object> row = new HashMap<>();
        row.put(PlanVersionRow.PROJECT_KEY, plan.projectKey());
        row.put(PlanVersionRow.PLAN_VERSION, plan.version());
        row.put(PlanVersionRow.PROJECT_VERSION, UniqueKeys.of(plan.projectKey(), Integer.toString(plan.version())));
        row.put(PlanVersionRow.PLAN_STATUS, plan.status().name());
        row.put(PlanVersionRow.CONTENT_HASH, plan.contentHash());
        row.put(PlanVersionRow.PLAN_JSON, StoredCodecs.PLAN_VERSION.write(plan));
        ao.create(PlanVersionRow.class, row);
    }

    private static RiskRefusedException concurrentChange(String projectKey, Throwable cause) {
        RiskRefusedException refused = new RiskRefusedException(RiskRefusal.INCONSISTENT_PLAN_HISTORY,
                "The risk management plan of " + projectKey + " was changed by someone else meanwhile; nothing"
                        + " was saved.", "Reload the plan and make the change again.");
        if (cause != null) {
            refused.initCause(cause);
        }
        return refused;
    }
}
