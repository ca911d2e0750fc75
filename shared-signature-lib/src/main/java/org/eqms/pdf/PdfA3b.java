package org.eqms.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a printable XHTML document as PDF/A-3b: the conformance level with its XMP metadata (title, subject and
 * keywords from the document's {@code <title>} and {@code <meta>}), the bundled fonts and sRGB output intent
 * ({@link PdfAResources}), and the given associated files ({@link PdfAttachment}). The renderer may load nothing
 * from outside: every external resource request is refused, and the XHTML is parsed without external entities.
 */
public final class PdfA3b {

    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_B;

    private final String producer;

    /** @param producer the PDF's producer entry, e.g. {@code eQMS for Jira} */
    public PdfA3b(String producer) {
        this.producer = Objects.requireNonNull(producer, "producer");
    }

    /**
     * Writes the PDF to {@code out} (left open).
     *
     * @param title names the document in the error message
     * @throws IllegalStateException when the XHTML is not well-formed (a fault of its builder)
     * @throws PdfExportException    when rendering or writing fails
     */
    public void render(String xhtml, List<PdfAttachment> attachments, String title, OutputStream out) {
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(out, "out");
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(parse(xhtml), null)
                .usePdfAConformance(CONFORMANCE)
                .withProducer(producer)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PdfAResources.apply(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            PdfAttachment.embed(pdf, attachments);
            pdf.save(out);
        } catch (IOException e) {
            throw new PdfExportException("Could not write the PDF of " + title, e);
        }
    }

    private static Document parse(String xhtml) {
        try {
            return SecureXml.documentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The printable page is not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
