package org.eqms.jira.mapping;

import java.util.Locale;

/** Why a project trace mapping was refused, with the HTTP status an adapter maps it to (DESIGN §7). */
public enum MappingRefusal {
    /** The mapping is not well-formed JSON, not an object, has a field this form does not have, or a field of the
     * wrong type. */
    INVALID_MAPPING(400),
    /** A required value (project key, an id) is missing or blank, or an id is not of the form Jira uses. */
    MISSING_VALUE(400),
    /** A role name is not one of the trace roles ({@code org.eqms.trace.ItemRole}). */
    UNKNOWN_ROLE(400),
    /** A link type name is not one of the trace link types ({@code org.eqms.trace.LinkType}). */
    UNKNOWN_LINK_TYPE(400),
    /** A verification status name is not PASSED, FAILED or OPEN. */
    UNKNOWN_VERIFICATION_STATUS(400),
    /** The same issue type, issue link type or Jira status is mapped twice. */
    DUPLICATE_ENTRY(400),
    /** The mapping names another project than the one it is saved for. */
    PROJECT_MISMATCH(400),
    /** Someone saved the project's mapping since the caller read it. */
    STALE_REVISION(409);

    private final int httpStatus;

    MappingRefusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON error code, e.g. {@code unknown_role}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
