package org.eqms.rest.audit;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.export.AuditExporter;
import org.eqms.rest.Callers;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the audit-trail export endpoint of either app works with: the app's ledger exporter and audit trail, the
 * ledger id (names the file), users' printed names and the caller. The exporter and the ledger id are asked for only
 * once the caller is allowed: a ledger's identity is created on first use, and a refused request writes nothing.
 */
public record AuditExportServices(Supplier<AuditExporter> exporter, AuditTrail audit, Supplier<String> ledgerId,
                                  Function<String, Actor> actors, Callers callers) {
    public AuditExportServices {
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(callers, "callers");
    }

    /** Where the export resource gets these from, per request. */
    @FunctionalInterface
    public interface Source {
        AuditExportServices auditExport();
    }
}
