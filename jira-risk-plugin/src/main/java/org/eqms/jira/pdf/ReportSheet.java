package org.eqms.jira.pdf;

import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.signature.SignatureRecord;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the printed risk management report shows: the report version, the records of its signatures in signing
 * order, the project's risk register as it stands at the export, and when it was exported.
 */
public record ReportSheet(ReportVersion version, List<SignatureRecord> signatures, List<RiskRegisterRow> register,
                          Instant exportedAt) {
    public ReportSheet {
        Objects.requireNonNull(version, "version");
        signatures = List.copyOf(signatures);
        register = List.copyOf(register);
        Objects.requireNonNull(exportedAt, "exportedAt");
    }
}
