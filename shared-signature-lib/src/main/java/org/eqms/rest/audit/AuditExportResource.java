package org.eqms.rest.audit;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.export.AuditExporter;
import org.eqms.audit.export.ExportProgress;
import org.eqms.rest.Caller;
import org.eqms.rest.RestCall;
import org.eqms.rest.RestRefusal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * The app's whole audit trail as an {@code eqms-audit-export/1} file ({@code GET …/admin/audit/export}), for system
 * administrators only (an inspector's copy, 21 CFR 11.10(b)): JSON Lines, streamed, verifiable offline with the
 * audit CLI and nothing else. The export is itself audited ({@value #EXPORTED}, with the caller's address) before the
 * file is written, so the file holds the record of its own making.
 */
@Path("/admin/audit")
public class AuditExportResource {
    public static final String EXPORTED = "audit.exported";
    /** The media type of JSON Lines files. */
    public static final String JSON_LINES = "application/jsonl";

    private final AuditExportServices.Source source;

    public AuditExportResource(AuditExportServices.Source source) {
        this.source = source;
    }

    @GET
    @Path("/export")
    public Response export(@Context HttpServletRequest request) {
        return RestCall.run(() -> {
            AuditExportServices services = source.auditExport();
            Caller caller = services.callers().require(request);
            if (!services.callers().isSystemAdmin(caller)) {
                throw RestRefusal.forbidden("Only system administrators can export the audit trail.",
                        "Ask a system administrator for an export.");
            }
            String ledgerId = services.ledgerId().get();
            services.audit().recordNow(services.actors().apply(caller.userKey()), EXPORTED,
                    AuditedObject.of("audit-ledger", ledgerId),
                    AuditData.empty().clientIp(caller.clientIp()));
            AuditExporter exporter = services.exporter().get();
            StreamingOutput file = out -> exporter.export(out, ExportProgress.SILENT);
            return Response.ok(file, JSON_LINES + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + ledgerId + "-audit.jsonl\"")
                    .header("Cache-Control", "no-store")
                    .build();
        }, RestCall.NO_APP_ERRORS);
    }
}
