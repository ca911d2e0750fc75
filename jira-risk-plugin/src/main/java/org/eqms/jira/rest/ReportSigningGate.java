package org.eqms.jira.rest;

import org.eqms.rest.Caller;

import javax.servlet.http.HttpServletRequest;

/**
 * Who may sign a project's risk management report (ISO 14971 §9, 21 CFR 11.50): the one place this is decided.
 * Today the holders of Jira's Administer Projects permission; plugin signing roles are to replace it.
 */
final class ReportSigningGate {
    private ReportSigningGate() {
    }

    /** The signed-in caller if they may sign the project's report; 401 anonymous, 403 otherwise. */
    static Caller require(RiskAppServices services, HttpServletRequest request, String projectKey) {
        return ProjectGate.ADMINISTER.require(services, request, projectKey);
    }
}
