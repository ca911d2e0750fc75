package org.eqms.jira.rest;

import org.eqms.rest.Caller;
import org.eqms.rest.RestRefusal;

import javax.servlet.http.HttpServletRequest;

/** The Jira permission a call needs on its project: browse to read, edit to change, administer to configure. */
enum ProjectGate {
    BROWSE, EDIT, ADMINISTER;

    /** The signed-in caller if they hold this permission on the project; 401 anonymous, 403 otherwise. */
    Caller require(RiskAppServices services, HttpServletRequest request, String projectKey) {
        Caller caller = services.callers().require(request);
        boolean allowed = switch (this) {
            case BROWSE -> services.access().canBrowse(caller.userKey(), projectKey);
            case EDIT -> services.access().canEdit(caller.userKey(), projectKey);
            case ADMINISTER -> services.access().canAdminister(caller.userKey(), projectKey);
        };
        if (!allowed) {
            throw RestRefusal.forbidden("You do not have the Jira permission to " + verb() + " project " + projectKey + ".",
                    "Ask the project administrator for the " + permission() + " permission.");
        }
        return caller;
    }

    private String verb() {
        return switch (this) {
            case BROWSE -> "browse";
            case EDIT -> "edit issues of";
            case ADMINISTER -> "administer";
        };
    }

    private String permission() {
        return switch (this) {
            case BROWSE -> "Browse Projects";
            case EDIT -> "Edit Issues";
            case ADMINISTER -> "Administer Projects";
        };
    }
}
