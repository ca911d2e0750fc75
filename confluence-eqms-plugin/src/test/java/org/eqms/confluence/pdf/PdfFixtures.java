package org.eqms.confluence.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Checkpoint;
import org.eqms.document.ControlledDocument;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.PageContentHash;
import org.eqms.signature.SignatureRecord;

/** A controlled document's effective revision B with three sealed signatures and the checkpoint covering them. */
final class PdfFixtures {

    static final long PAGE_ID = 98_304L;
    static final int PAGE_VERSION = 7;
    static final String TITLE = "Cleaning of the µg balance";
    static final String ROOT = "3f".repeat(32);
    static final Instant EFFECTIVE_AT = Instant.parse("2026-11-23T06:01:02.345Z");

    private PdfFixtures() {
    }

    static ManifestationSheet sheet(String body) {
        return sheet(body, List.of(
                new Signer("Ana Müller", "Authored", null, "2026-11-20T09:15:00.120Z"),
                new Signer("Bartholomew O'Neil-Østergård", "Reviewed", "Checked against ISO 13485 §4.2.4",
                        "2026-11-21T14:02:33.005Z"),
                new Signer("Chen Wei", "Approved", "Release for production", "2026-11-22T17:45:10.999Z")));
    }

    static ManifestationSheet sheet(String body, List<Signer> signers) {
        String hash = PageContentHash.of(PAGE_ID, PAGE_VERSION, TITLE, body);
        ControlledDocument document = new ControlledDocument("doc-17", "QMS", PAGE_ID, "SOP", "SOP-0042", "u-ana",
                Instant.parse("2026-10-01T08:00:00.000Z"));
        EffectiveSnapshot snapshot = new EffectiveSnapshot("doc-17", "B", PAGE_ID, PAGE_VERSION, TITLE, body,
                Map.of("balance-drawing.pdf", "a1".repeat(32)), hash, EFFECTIVE_AT);
        List<SignatureRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < signers.size(); i++) {
            Signer signer = signers.get(i);
            records.add(new SignatureRecord("sig-" + i, new AuditedObject("confluence.page", Long.toString(PAGE_ID),
                    PAGE_VERSION), hash, "user-key-" + i, signer.name(), signer.meaning(), signer.reason(),
                    Instant.parse(signer.time()), "password", "challenge-" + i, 100L + i, "ledger-key-1",
                    "c2VhbC" + i));
        }
        Checkpoint checkpoint = new Checkpoint(104, ROOT, Instant.parse("2026-11-23T06:01:03.000Z"), "ledger-key-1",
                "Y2hlY2twb2ludA");
        return new ManifestationSheet(document, snapshot, records, checkpoint);
    }

    record Signer(String name, String meaning, String reason, String time) {
    }
}
