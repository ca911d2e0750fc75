package org.eqms.confluence.pdf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.pdf.PdfAttachment;
import org.eqms.signature.SignatureRecord;

/**
 * The signature records as a machine-readable file inside the PDF: {@value #NAME}, RFC 8785 JSON holding the
 * revision's identity, the ledger checkpoint line and each record as its audit-export {@code signature} line
 * (DESIGN §6), so a verifier can check every seal without the system. Embedded as a PDF/A-3 associated file of
 * the document ({@link PdfAttachment}).
 */
final class SignatureAttachment {

    static final String NAME = "signatures.json";
    static final String FORMAT = "eqms-signatures/1";
    private static final String MIME_TYPE = "application/json";

    private SignatureAttachment() {
    }

    static byte[] json(ManifestationSheet sheet) {
        EffectiveSnapshot snapshot = sheet.snapshot();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        ObjectNode document = root.putObject("document");
        document.put("id", sheet.document().id());
        document.put("number", sheet.documentNumber());
        document.put("revision", sheet.revision());
        document.put("title", sheet.title());
        document.put("pageId", Long.toString(snapshot.pageId()));
        document.put("pageVersion", snapshot.pageVersion());
        document.put("contentHash", snapshot.contentHash());
        document.put("effectiveAt", Rfc3339.format(snapshot.effectiveAt()));
        root.set("checkpoint", sheet.checkpoint().toJson());
        ArrayNode signatures = root.putArray("signatures");
        for (SignatureRecord signature : sheet.signatures()) {
            signatures.add(signature.toJson());
        }
        return Jcs.canonicalize(root);
    }

    static PdfAttachment of(ManifestationSheet sheet, String description, Instant made) {
        return new PdfAttachment(NAME, json(sheet), MIME_TYPE, description, made);
    }
}
