package org.eqms.confluence.pdf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.signature.SignatureRecord;

/**
 * The signature records as a machine-readable file inside the PDF: {@value #NAME}, RFC 8785 JSON holding the
 * revision's identity, the ledger checkpoint line and each record as its audit-export {@code signature} line
 * (DESIGN §6), so a verifier can check every seal without the system. Embedded as a PDF/A-3 associated file of
 * the document (catalog {@code /AF}, {@code /AFRelationship /Data}).
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

    static void embed(PDDocument pdf, byte[] json, String description, Instant made) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(json));
        file.setSubtype(MIME_TYPE);
        file.setSize(json.length);
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(made.toEpochMilli());
        file.setCreationDate(time);
        file.setModDate(time);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(NAME);
        spec.setFileUnicode(NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(description);
        spec.getCOSObject().setItem(COSName.AF_RELATIONSHIP, COSName.getPDFName("Data"));

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(NAME, spec));
        PDDocumentNameDictionary names = catalog.getNames() == null
                ? new PDDocumentNameDictionary(catalog) : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.AF, associated);
    }
}
