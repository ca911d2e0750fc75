package org.eqms.confluence.pdf;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eqms.audit.Checkpoint;
import org.eqms.document.ControlledDocument;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.signature.SignatureRecord;

/**
 * What the PDF of an effective revision shows: the document, the locked snapshot of the revision, the signatures
 * applied to that exact content (in signing order), and the ledger checkpoint that covers the signing entries.
 * Only signatures over the snapshot's content hash may be manifested as signing it (21 CFR 11.70), and only sealed
 * ones whose recording audit entry the checkpoint covers, so every printed signature can be proven from the ledger.
 */
public record ManifestationSheet(ControlledDocument document, EffectiveSnapshot snapshot,
                                 List<SignatureRecord> signatures, Checkpoint checkpoint) {

    public ManifestationSheet {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(signatures, "signatures");
        if (!snapshot.documentId().equals(document.id())) {
            throw new IllegalArgumentException("Snapshot " + snapshot + " is not of document " + document.id());
        }
        for (SignatureRecord signature : signatures) {
            if (!snapshot.contentHash().equals(signature.contentHash())) {
                throw new IllegalArgumentException("Signature " + signature.id() + " signs content "
                        + signature.contentHash() + ", not this revision's content " + snapshot.contentHash());
            }
            if (!signature.sealed() || signature.entrySeq() >= checkpoint.treeSize()) {
                throw new IllegalArgumentException("Signature " + signature.id() + " is not sealed in an audit entry"
                        + " that checkpoint " + checkpoint.treeSize() + " covers (entry " + signature.entrySeq() + ")");
            }
        }
        signatures = signatures.stream().sorted(Comparator.comparing(SignatureRecord::time)
                .thenComparing(SignatureRecord::id)).toList();
    }

    public String documentNumber() {
        return document.number();
    }

    public String revision() {
        return snapshot.revisionLabel();
    }

    public String title() {
        return snapshot.title();
    }
}
