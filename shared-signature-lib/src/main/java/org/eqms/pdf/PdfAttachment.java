package org.eqms.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * A machine-readable file inside a PDF/A-3 document (e.g. the signature records, a report's canonical JSON),
 * embedded as an associated file of the document: in the catalog's {@code /EmbeddedFiles} name tree and its
 * {@code /AF} array, with {@code /AFRelationship /Data}, its MIME subtype, size and dates (ISO 19005-3 6.8).
 *
 * @param name        the file name, unique within the document
 * @param content     the bytes
 * @param mimeType    e.g. {@code application/json}
 * @param description what the file is, shown by PDF readers
 * @param made        when it was made (its creation and modification date)
 */
public record PdfAttachment(String name, byte[] content, String mimeType, String description, Instant made) {

    public PdfAttachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(made, "made");
    }

    /** Embeds the attachments as the document's associated files (replacing any it had). */
    public static void embed(PDDocument pdf, List<PdfAttachment> attachments) throws IOException {
        Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (PdfAttachment attachment : attachments) {
            PDComplexFileSpecification spec = attachment.specification(pdf);
            if (specs.put(attachment.name(), spec) != null) {
                throw new IllegalArgumentException("Two attachments are named " + attachment.name());
            }
            associated.add(spec);
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        PDDocumentNameDictionary names = catalog.getNames() == null
                ? new PDDocumentNameDictionary(catalog) : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.AF, associated);
    }

    private PDComplexFileSpecification specification(PDDocument pdf) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(content));
        file.setSubtype(mimeType);
        file.setSize(content.length);
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(made.toEpochMilli());
        file.setCreationDate(time);
        file.setModDate(time);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(description);
        spec.getCOSObject().setItem(COSName.AF_RELATIONSHIP, COSName.getPDFName("Data"));
        return spec;
    }
}
