package org.eqms.jira.app;

/** The audit actions of the traceability app, with the object type {@value #OBJECT_TYPE} (id = project key). */
public final class TraceActions {
    public static final String OBJECT_TYPE = "eqms.trace-project";
    public static final String LINK_REVIEWED = "trace.link.reviewed";
    public static final String BASELINE_TAKEN = "trace.baseline.taken";
    public static final String SOUP_IMPORTED = "trace.soup.imported";
    /** A ReqIF file imported into the project's trace (counts and the file's SHA-256). */
    public static final String REQIF_IMPORTED = "trace.reqif.imported";
    /** One item a ReqIF import added or changed; object {@value #ITEM_OBJECT_TYPE}, id = project key/item id. */
    public static final String ITEM_IMPORTED = "trace.item.imported";
    public static final String ITEM_OBJECT_TYPE = "eqms.trace-item";

    private TraceActions() {
    }
}
