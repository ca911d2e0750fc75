package org.eqms.jira.app;

/** The audit actions of the traceability app, with the object type {@value #OBJECT_TYPE} (id = project key). */
public final class TraceActions {
    public static final String OBJECT_TYPE = "eqms.trace-project";
    public static final String LINK_REVIEWED = "trace.link.reviewed";
    public static final String BASELINE_TAKEN = "trace.baseline.taken";
    public static final String SOUP_IMPORTED = "trace.soup.imported";

    private TraceActions() {
    }
}
