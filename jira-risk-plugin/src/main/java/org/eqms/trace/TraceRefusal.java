package org.eqms.trace;

import java.util.Locale;

/** Why a traceability action was refused, with the HTTP status an adapter maps it to (DESIGN §7). */
public enum TraceRefusal {
    /** A required value (id, key, actor, reason) is missing or blank. */
    MISSING_VALUE(400),
    /** An attribute was given to an item whose role does not have it (e.g. a safety class on a requirement). */
    ATTRIBUTE_NOT_FOR_ROLE(400),
    /** An item with this id is already in the graph. */
    DUPLICATE_ITEM(409),
    /** The item named does not exist. */
    UNKNOWN_ITEM(404),
    /** An item keeps its role for life; a different role is a different item. */
    ROLE_CHANGE_NOT_ALLOWED(409),
    /** An item that still has links cannot be removed. */
    ITEM_HAS_LINKS(409),
    /** The link rules do not allow this link type between these roles. */
    LINK_NOT_ALLOWED(409),
    /** An item cannot be linked to itself. */
    SELF_LINK(400),
    /** The link already exists. */
    DUPLICATE_LINK(409),
    /** The link named does not exist. */
    UNKNOWN_LINK(404),
    /** Only a suspect link can be re-reviewed. */
    LINK_NOT_SUSPECT(409),
    /** A classification scheme breaks a rule (no classes, duplicate codes, activities not growing with rigor). */
    INVALID_CLASSIFICATION_SCHEME(400),
    /** The safety class is not one of the scheme's classes. */
    UNKNOWN_SAFETY_CLASS(400),
    /** Two components of one SBOM import have the same identity. */
    DUPLICATE_SOUP_COMPONENT(409),
    /** The SOUP register has no entry with this id, or already has one. */
    SOUP_ENTRY_CONFLICT(409),
    /** A trace-matrix page request is out of range (negative offset, limit outside 1..1000). */
    INVALID_PAGE(400),
    /** A long job (baseline) was cancelled; nothing was stored. */
    CANCELLED(409),
    /** A ReqIF file holds what the trace cannot take (unknown types, missing attributes, links the rules refuse). */
    REQIF_NOT_IMPORTABLE(422);

    private final int httpStatus;

    TraceRefusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON error code, e.g. {@code link_not_allowed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
