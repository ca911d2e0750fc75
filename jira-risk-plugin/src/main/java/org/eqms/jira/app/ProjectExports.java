package org.eqms.jira.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The audit of a project's exports: every file that takes records out of the system (trace matrix, risk register,
 * ReqIF) is recorded in the shared ledger on the project ({@link TraceActions#OBJECT_TYPE}, id = project key) before
 * its first byte is sent, so no export leaves unrecorded; the entry's data name the file, its format and what it
 * holds. Recording goes through {@link ProjectTrace#audited}, which links the entry into the chain at once.
 */
public final class ProjectExports {
    /** The trace matrix of one role, as CSV or XLSX. */
    public static final String MATRIX_EXPORTED = "trace.matrix.exported";
    /** The risk register, as CSV or XLSX. */
    public static final String RISK_REGISTER_EXPORTED = "risk.register.exported";
    /** The whole trace graph as ReqIF 1.2. */
    public static final String REQIF_EXPORTED = "trace.reqif.exported";

    private final ProjectTrace trace;

    public ProjectExports(ProjectTrace trace) {
        this.trace = Objects.requireNonNull(trace, "trace");
    }

    /**
     * Records that {@code actorKey} exported {@code fileName} ({@code format}: csv, xlsx, reqif) of the project, with
     * further facts ({@code details}: the role, the number of rows or objects) as strings.
     */
    public void exported(String projectKey, String action, String format, String fileName,
                         Map<String, String> details, String actorKey, String clientIp) {
        Map<String, String> data = new LinkedHashMap<>(details);
        data.put("format", Objects.requireNonNull(format, "format"));
        data.put("fileName", Objects.requireNonNull(fileName, "fileName"));
        trace.audited(projectKey, action, actorKey, clientIp, data);
    }
}
