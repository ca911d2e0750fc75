package org.eqms.jira.rest;

import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.app.BaselineSigning;
import org.eqms.jira.app.ProjectRisk;
import org.eqms.jira.app.ProjectTrace;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.jira.app.RiskPlanning;
import org.eqms.jira.app.SigningRoleAdministration;
import org.eqms.jira.app.RiskReporting;
import org.eqms.jira.app.TraceMappingAdministration;
import org.eqms.rest.Callers;

import java.util.Objects;

/**
 * What the REST resources of the risk and traceability app work with. The Jira wiring builds it from the product's
 * services, the sandbox from its own implementations of the same ports; the resources are the same.
 */
public record RiskAppServices(ProjectTrace trace, ProjectRisk risk, BaselineSigning baselineSigning,
                              RiskPlanning planning, RiskReporting reporting, RiskAnalysis analysis,
                              TraceMappingAdministration mappings, SigningRoleAdministration signingRoles,
                              ProjectAccess access,
                              Callers callers) {
    public RiskAppServices {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(baselineSigning, "baselineSigning");
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(signingRoles, "signingRoles");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(callers, "callers");
    }

    /** Where the resources get the services from, per request (built lazily by the app component). */
    @FunctionalInterface
    public interface Source {
        RiskAppServices risk();
    }
}
