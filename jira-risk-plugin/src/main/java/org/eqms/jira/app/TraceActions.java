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
    /** The Jira sync added an item (an issue of a mapped type) to the trace. */
    public static final String ITEM_ADDED = "trace.item.added";
    /** The Jira sync saved a changed item (its issue changed). */
    public static final String ITEM_CHANGED = "trace.item.changed";
    /** The Jira sync removed an item (its issue was deleted, moved away or is no longer of a mapped type). */
    public static final String ITEM_REMOVED = "trace.item.removed";
    /** The Jira sync added a link (an issue link of a mapped type). */
    public static final String LINK_ADDED = "trace.link.added";
    /** The Jira sync removed a link (and its suspect mark, if it had one). */
    public static final String LINK_REMOVED = "trace.link.removed";
    /** A change of an item marked the links downstream of it suspect ({@code SuspectLinks.onChange}). */
    public static final String LINKS_SUSPECTED = "trace.links.suspected";
    /** A change in Jira the trace did not follow, with the refusal's code and message. */
    public static final String SYNC_REFUSED = "trace.sync.refused";

    private TraceActions() {
    }
}
