package org.eqms.confluence.pdf;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Checkpoint;
import org.eqms.audit.LedgerSequencer;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentActors;
import org.eqms.document.DocumentAuditActions;
import org.eqms.document.DocumentControl;
import org.eqms.document.DocumentControlException;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.Revision;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignatureRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The PDF/A rendition of a revision that became effective: its locked snapshot and the approvals that counted, with a
 * ledger checkpoint written for the export that covers every signature shown (so a reader can verify them against an
 * audit export). The export itself is audited before the checkpoint, so the checkpoint covers it too.
 */
public final class RevisionPdfExport {
    public static final String EXPORTED = "document.pdf.exported";

    private final DocumentControl control;
    private final ElectronicSignatures signatures;
    private final LedgerSequencer sequencer;
    private final AuditTrail audit;
    private final DocumentActors actors;
    private final EffectiveRevisionPdf pdf;

    public RevisionPdfExport(DocumentControl control, ElectronicSignatures signatures, LedgerSequencer sequencer,
                             AuditTrail audit, DocumentActors actors, EffectiveRevisionPdf pdf) {
        this.control = Objects.requireNonNull(control, "control");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.sequencer = Objects.requireNonNull(sequencer, "sequencer");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    /** A named PDF file. */
    public record PdfFile(String fileName, byte[] bytes) {
    }

    public PdfFile export(String userKey, String documentId, String revisionLabel, String clientIp) {
        ControlledDocument document = control.document(documentId);
        EffectiveSnapshot snapshot = control.snapshots(documentId).stream()
                .filter(s -> s.revisionLabel().equals(revisionLabel)).findFirst()
                .orElseThrow(() -> new DocumentControlException("no_effective_snapshot", 404, "Revision " + revisionLabel
                        + " of " + document.number() + " never became effective; only effective revisions are exported.",
                        "Export an effective or superseded revision."));
        Revision revision = control.revisions(documentId).stream().filter(r -> r.label().equals(revisionLabel))
                .findFirst().orElseThrow();
        audit.record(actors.actor(userKey), EXPORTED, AuditedObject.of(DocumentAuditActions.OBJECT_TYPE, documentId),
                AuditData.empty().put("revision", revisionLabel).put("contentHash", snapshot.contentHash()).clientIp(clientIp));
        Checkpoint checkpoint = sequencer.checkpointNow().orElseThrow(() ->
                new IllegalStateException("the ledger wrote no checkpoint for the export"));
        List<SignatureRecord> counted = new ArrayList<>();
        for (Approval approval : revision.approvals()) {
            if (!approval.invalidated()) {
                counted.add(signatures.find(approval.signatureId()).orElseThrow(() -> new IllegalStateException(
                        "approval " + approval.signatureId() + " of " + document.number() + " has no signature record")));
            }
        }
        byte[] bytes = pdf.render(new ManifestationSheet(document, snapshot, counted, checkpoint));
        return new PdfFile(document.number().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + revisionLabel + ".pdf", bytes);
    }
}
