package org.eqms.jira.rest;

import org.eqms.jira.access.SigningDuty;
import org.eqms.risk.ReportMeaning;
import org.eqms.risk.ReportStatus;
import org.eqms.rest.Caller;

import javax.servlet.http.HttpServletRequest;

/**
 * Who may sign a project's risk management report (ISO 14971 §9, 21 CFR 11.50): those the project's signing roles
 * name for the signature due ({@link SigningGate}) — {@link SigningDuty#RISK_REPORT_REVIEW} for the Reviewed one,
 * {@link SigningDuty#RISK_REPORT_APPROVAL} for the Approved one that follows it.
 */
final class ReportSigningGate {
    private ReportSigningGate() {
    }

    /** For a challenge: the duty of the signature the latest report awaits. */
    static Caller requireForNext(RiskAppServices services, HttpServletRequest request, String projectKey) {
        boolean reviewed = services.reporting().latest(projectKey)
                .map(v -> v.status() == ReportStatus.REVIEWED).orElse(false);
        return SigningGate.require(services, request, projectKey,
                reviewed ? SigningDuty.RISK_REPORT_APPROVAL : SigningDuty.RISK_REPORT_REVIEW);
    }

    /** For a signature: the duty of the meaning asked for (any meaning but Approved is checked as a review). */
    static Caller requireFor(RiskAppServices services, HttpServletRequest request, String projectKey, String meaning) {
        boolean approval = ReportMeaning.APPROVED.label().equalsIgnoreCase(meaning == null ? "" : meaning.trim());
        return SigningGate.require(services, request, projectKey,
                approval ? SigningDuty.RISK_REPORT_APPROVAL : SigningDuty.RISK_REPORT_REVIEW);
    }
}
