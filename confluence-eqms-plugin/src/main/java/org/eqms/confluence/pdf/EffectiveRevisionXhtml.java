package org.eqms.confluence.pdf;

import org.eqms.pdf.PdfAResources;
import org.eqms.pdf.XmlText;
import java.util.Objects;

/**
 * The whole printable XHTML document: metadata, page style and running footer, the manifestation page, then the
 * revision's content on the following pages. Only the converter's allow-listed output is taken from the body.
 */
final class EffectiveRevisionXhtml {

    private static final char PAGE = '\uE000';
    private static final char PAGES = '\uE001';
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center { content: element(footer); } }
            * { font-family: '%1$s'; }
            body { font-size: 10pt; line-height: 1.35; color: #000000; }
            pre, code, .mono { font-family: '%2$s', '%1$s'; }
            pre { white-space: pre-wrap; font-size: 8.5pt; }
            .mono { font-size: 8pt; word-wrap: break-word; }
            .time { white-space: nowrap; }
            .footer { position: running(footer); font-size: 8pt; color: #444444; }
            .footer .pages { float: right; }
            .page-number::after { content: counter(page); }
            .page-count::after { content: counter(pages); }
            h1 { font-size: 16pt; margin: 0 0 6pt 0; }
            h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }
            table { width: 100%%; border-collapse: collapse; margin: 4pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #888888; padding: 2pt 4pt; vertical-align: top; text-align: left; word-wrap: break-word; }
            .facts th { width: 28%%; font-weight: bold; }
            .signers { table-layout: fixed; font-size: 9pt; }
            .signers th { font-weight: bold; }
            .signers th.name { width: 27%%; }
            .signers th.meaning { width: 15%%; }
            .signers th.time { width: 30%%; }
            .revision-body { page-break-before: always; }
            .eqms-placeholder { color: #555555; }
            .eqms-macro { margin: 4pt 0; }
            """;

    private final PdfLabels labels;
    private final ManifestationPage cover;
    private final StorageFormatToXhtml body;

    EffectiveRevisionXhtml(PdfLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.cover = new ManifestationPage(labels);
        this.body = new StorageFormatToXhtml(labels);
    }

    /** The metadata title: document number, revision and title. */
    String title(ManifestationSheet sheet) {
        return labels.text("eqms.pdf.metadata.title", sheet.documentNumber(), sheet.revision(), sheet.title());
    }

    /** @throws StorageFormatException when the snapshot's body is not well-formed storage format */
    String xhtml(ManifestationSheet sheet, String attachmentName) {
        String content = body.convert(sheet.snapshot().body());
        StringBuilder out = new StringBuilder(content.length() + 8192);
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>");
        XmlText.escapeTo(title(sheet), out);
        out.append("</title><meta name=\"subject\" content=\"");
        XmlText.escapeTo(labels.text("eqms.pdf.metadata.subject", sheet.documentNumber(), sheet.revision()), out);
        out.append("\"/><meta name=\"keywords\" content=\"");
        XmlText.escapeTo(sheet.documentNumber(), out);
        out.append("\"/><style>").append(STYLE.formatted(PdfAResources.SANS, PdfAResources.MONO)).append("</style></head><body>");
        footer(sheet, out);
        out.append(cover.xhtml(sheet, attachmentName));
        out.append("<div class=\"revision-body\"><h1>");
        XmlText.escapeTo(sheet.title(), out);
        out.append("</h1>").append(content).append("</div></body></html>");
        return out.toString();
    }

    private void footer(ManifestationSheet sheet, StringBuilder out) {
        out.append("<div class=\"footer\"><span class=\"pages\">");
        String pages = XmlText.escape(labels.text("eqms.pdf.footer.page", String.valueOf(PAGE), String.valueOf(PAGES)));
        out.append(pages.replace(String.valueOf(PAGE), "<span class=\"page-number\"></span>")
                .replace(String.valueOf(PAGES), "<span class=\"page-count\"></span>"));
        out.append("</span><span>");
        XmlText.escapeTo(labels.text("eqms.pdf.footer", sheet.documentNumber(), sheet.revision()), out);
        out.append("</span></div>");
    }
}
