package org.eqms.confluence.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.pdf.PdfA3b;
import org.eqms.pdf.PdfExportException;

/**
 * The PDF/A-3b rendition of an effective revision: a signature manifestation page (21 CFR 11.50), the revision's
 * content, and the signature records embedded as {@value SignatureAttachment#NAME}. Rendered by the shared
 * {@link PdfA3b}, which loads nothing from outside.
 */
public final class EffectiveRevisionPdf {

    public static final PdfAConformance CONFORMANCE = PdfA3b.CONFORMANCE;
    public static final String ATTACHMENT_NAME = SignatureAttachment.NAME;

    private final PdfLabels labels;
    private final EffectiveRevisionXhtml xhtml;
    private final Clock clock;
    private final PdfA3b renderer = new PdfA3b("eQMS for Confluence");

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
        renderer.render(xhtml.xhtml(sheet, ATTACHMENT_NAME), List.of(SignatureAttachment.of(sheet,
                labels.text("eqms.pdf.attachment.description"), Rfc3339.now(clock))), xhtml.title(sheet), out);
    }
}
