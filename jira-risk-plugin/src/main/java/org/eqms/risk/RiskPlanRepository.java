package org.eqms.risk;

/**
 * Port: where the versions of a project's risk management plan are kept. {@link #save} stores the history as
 * {@link PlanVersions} made it: it may add a version, replace the draft, and change an approved version's status to
 * superseded; it must refuse any other change to an approved or superseded version (their content hash is signed).
 */
public interface RiskPlanRepository {

    /** The project's plan history; {@link PlanVersions#empty} when it has none. */
    PlanVersions load(String projectKey);

    void save(PlanVersions versions);
}
