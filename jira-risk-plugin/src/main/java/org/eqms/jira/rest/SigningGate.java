package org.eqms.jira.rest;

import org.eqms.jira.access.SigningDuty;
import org.eqms.jira.access.SigningRoles;
import org.eqms.rest.Caller;
import org.eqms.rest.RestRefusal;

import javax.servlet.http.HttpServletRequest;

/**
 * Who may ask for a challenge and sign for a duty: the people the project's signing roles name for it (who must
 * also browse the project), or, while the duty names nobody, whoever holds the Jira permission that guards it.
 */
final class SigningGate {
    private SigningGate() {
    }

    static Caller require(RiskAppServices services, HttpServletRequest request, String projectKey, SigningDuty duty) {
        SigningRoles roles = services.signingRoles().current(projectKey);
        if (!roles.restricts(duty)) {
            return unrestricted(duty).require(services, request, projectKey);
        }
        Caller caller = ProjectGate.BROWSE.require(services, request, projectKey);
        if (!roles.names(duty, caller.userKey())) {
            throw RestRefusal.forbidden("You are not named for " + duty.name() + " in the signing roles of project "
                    + projectKey + ".", "Ask the project administrator to name you in the signing roles.");
        }
        return caller;
    }

    /** The Jira permission that guards a duty nobody is named for. */
    static ProjectGate unrestricted(SigningDuty duty) {
        return duty == SigningDuty.BASELINE_SIGNING ? ProjectGate.EDIT : ProjectGate.ADMINISTER;
    }
}
