package org.eqms.confluence.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eqms.audit.canonical.Rfc3339;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The PDF/A-3b rendition of an effective revision: a signature manifestation page (21 CFR 11.50), the revision's
 * content, and the signature records embedded as {@value SignatureAttachment#NAME}. The renderer may load nothing
 * from outside: fonts and the ICC profile are bundled, and every external resource request is refused.
 */
public final class EffectiveRevisionPdf {

    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_B;
    public static final String ATTACHMENT_NAME = SignatureAttachment.NAME;

    private final PdfLabels labels;
    private final EffectiveRevisionXhtml xhtml;
    private final Clock clock;

    public EffectiveRevisionPdf(PdfLabels labels, Clock clock) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.xhtml = new EffectiveRevisionXhtml(labels);
    }

    /**
     * @throws StorageFormatException when the revision's body is not well-formed storage format
     * @throws PdfExportException     when rendering or writing fails
     */
    public byte[] render(ManifestationSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(sheet, out);
        return out.toByteArray();
    }

    /** As {@link #render(ManifestationSheet)}, written to {@code out} (left open). */
    public void render(ManifestationSheet sheet, OutputStream out) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(out, "out");
        Document page = parse(xhtml.xhtml(sheet, ATTACHMENT_NAME));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(page, null)
                .usePdfAConformance(CONFORMANCE)
                .withProducer("eQMS for Confluence")
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PdfAResources.apply(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            SignatureAttachment.embed(pdf, SignatureAttachment.json(sheet),
                    labels.text("eqms.pdf.attachment.description"), Rfc3339.now(clock));
            pdf.save(out);
        } catch (IOException e) {
            throw new PdfExportException("Could not write the PDF of " + xhtml.title(sheet), e);
        }
    }

    private static Document parse(String page) {
        try {
            return SecureXml.documentBuilder().parse(new InputSource(new java.io.StringReader(page)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The printable page is not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
