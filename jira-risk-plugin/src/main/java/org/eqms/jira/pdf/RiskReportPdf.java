package org.eqms.jira.pdf;

import org.eqms.pdf.PdfA3b;
import org.eqms.pdf.PdfAttachment;
import org.eqms.pdf.PdfExportException;
import org.eqms.view.I18n;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The PDF/A-3b of a risk management report (ISO 14971 §9): its content, the manifestation of every signature
 * (21 CFR 11.50) and, embedded as {@value #ATTACHMENT_NAME}, the report's canonical JSON — exactly the bytes its
 * content hash is computed over — so a reader can check the hash without the system.
 */
public final class RiskReportPdf {
    public static final String ATTACHMENT_NAME = "risk-report.json";

    private final I18n labels;
    private final RiskReportXhtml xhtml;
    private final PdfA3b renderer = new PdfA3b("eQMS for Jira");

    public RiskReportPdf(I18n labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.xhtml = new RiskReportXhtml(labels);
    }

    /**
     * Writes the PDF to {@code out} (left open).
     *
     * @throws PdfExportException when rendering or writing fails
     */
    public void render(ReportSheet sheet, OutputStream out) {
        Objects.requireNonNull(sheet, "sheet");
        byte[] json = sheet.version().report().canonicalJson().getBytes(StandardCharsets.UTF_8);
        renderer.render(xhtml.xhtml(sheet, ATTACHMENT_NAME), List.of(new PdfAttachment(ATTACHMENT_NAME, json,
                        "application/json", labels.getText(RiskReportXhtml.PREFIX + "attachment.description"),
                        sheet.exportedAt())), xhtml.title(sheet), out);
    }
}
