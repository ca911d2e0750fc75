package org.eqms.jira.pdf;

import org.eqms.pdf.PdfAResources;
import org.eqms.pdf.XmlText;
import org.eqms.risk.Acceptability;
import org.eqms.risk.OverallResidualRiskEvaluation;
import org.eqms.risk.RiskManagementReport;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.risk.RiskSummary;
import org.eqms.signature.SignatureRecord;
import org.eqms.view.I18n;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The printable XHTML of a risk management report: the signature manifestation (21 CFR 11.50: printed name, date
 * and time with its zone, meaning of every signature), the report's identity and hashes, the summary, the §8
 * evaluation, the §10 methods and the risk register. Every text is escaped; the labels come from the bundle.
 */
final class RiskReportXhtml {
    static final String PREFIX = "eqms.jira.report.pdf.";
    /** Date and time in UTC, the zone named: the manifestation's time (11.50(a)(2)). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final char PAGE = '\uE000';
    private static final char PAGES = '\uE001';
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 16mm 14mm 18mm 14mm; @bottom-center { content: element(footer); } }
            * { font-family: '%1$s'; }
            body { font-size: 9.5pt; line-height: 1.35; color: #000000; }
            .mono { font-family: '%2$s', '%1$s'; font-size: 8pt; word-wrap: break-word; }
            .footer { position: running(footer); font-size: 8pt; color: #444444; }
            .footer .pages { float: right; }
            .page-number::after { content: counter(page); }
            .page-count::after { content: counter(pages); }
            h1 { font-size: 15pt; margin: 0 0 6pt 0; }
            h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }
            table { width: 100%%; border-collapse: collapse; margin: 4pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #888888; padding: 2pt 4pt; vertical-align: top; text-align: left; word-wrap: break-word; }
            .facts th { width: 26%%; font-weight: bold; }
            thead th { font-weight: bold; }
            .register { font-size: 8pt; }
            .register .id { white-space: nowrap; }
            .register-section { page-break-before: always; }
            """;

    private final I18n labels;

    RiskReportXhtml(I18n labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    String title(ReportSheet sheet) {
        return text("title", sheet.version().report().projectKey(), sheet.version().version());
    }

    String xhtml(ReportSheet sheet, String attachmentName) {
        RiskManagementReport report = sheet.version().report();
        StringBuilder out = new StringBuilder(16_384 + sheet.register().size() * 400);
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>");
        XmlText.escapeTo(title(sheet), out);
        out.append("</title><meta name=\"subject\" content=\"");
        XmlText.escapeTo(text("subject"), out);
        out.append("\"/><meta name=\"keywords\" content=\"");
        XmlText.escapeTo(report.projectKey() + ", " + RiskManagementReport.FORMAT, out);
        out.append("\"/><style>").append(STYLE.formatted(PdfAResources.SANS, PdfAResources.MONO))
                .append("</style></head><body>");
        footer(sheet, out);
        out.append("<h1>");
        XmlText.escapeTo(title(sheet), out);
        out.append("</h1>");
        manifestation(sheet, out);
        identity(sheet, attachmentName, out);
        summary(report.summary(), out);
        evaluation(report.overallResidualRisk(), out);
        heading("methods", out);
        paragraph(report.productionInformationMethods(), out);
        register(sheet, out);
        out.append("</body></html>");
        return out.toString();
    }

    private void manifestation(ReportSheet sheet, StringBuilder out) {
        heading("signatures", out);
        if (sheet.signatures().isEmpty()) {
            paragraph(text("signatures.none"), out);
            return;
        }
        out.append("<table class=\"signers\"><thead><tr>");
        for (String column : new String[] {"signer", "time", "meaning", "reason"}) {
            cell("th", text("signatures." + column), out);
        }
        out.append("</tr></thead><tbody>");
        for (SignatureRecord signature : sheet.signatures()) {
            out.append("<tr>");
            cell("td", signature.signerName(), out);
            cell("td", TIME.format(signature.time()), out);
            cell("td", signature.meaning(), out);
            cell("td", signature.reason(), out);
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void identity(ReportSheet sheet, String attachmentName, StringBuilder out) {
        RiskManagementReport report = sheet.version().report();
        heading("report", out);
        out.append("<table class=\"facts\"><tbody>");
        fact("project", report.projectKey(), out);
        fact("version", Integer.toString(sheet.version().version()), out);
        fact("status", text("status." + sheet.version().status().name()), out);
        fact("integrity", text(sheet.version().isIntact() ? "integrity.intact" : "integrity.broken"), out);
        monoFact("contentHash", sheet.version().storedContentHash(), out);
        fact("plan", Integer.toString(report.planVersion()), out);
        monoFact("planContentHash", report.planContentHash(), out);
        fact("reviewer", report.reviewerKey(), out);
        fact("concludedAt", TIME.format(report.concludedAt()), out);
        fact("exportedAt", TIME.format(sheet.exportedAt()), out);
        fact("attachment", text("attachment.note", attachmentName, RiskManagementReport.FORMAT), out);
        out.append("</tbody></table>");
    }

    private void summary(RiskSummary summary, StringBuilder out) {
        heading("summary", out);
        out.append("<table class=\"facts\"><tbody>");
        fact("summary.risks", Long.toString(summary.risks()), out);
        fact("summary.acceptable", Long.toString(summary.acceptable()), out);
        fact("summary.alarp", Long.toString(summary.alarp()), out);
        fact("summary.unacceptable", Long.toString(summary.unacceptable()), out);
        fact("summary.notEstimated", Long.toString(summary.notEstimated()), out);
        fact("summary.withBenefitRisk", Long.toString(summary.withBenefitRisk()), out);
        fact("summary.flaggedForReevaluation", Long.toString(summary.flaggedForReevaluation()), out);
        fact("summary.gaps", Long.toString(summary.gaps()), out);
        out.append("</tbody></table>");
    }

    private void evaluation(OverallResidualRiskEvaluation overall, StringBuilder out) {
        heading("overall", out);
        out.append("<table class=\"facts\"><tbody>");
        fact("overall.method", overall.method(), out);
        fact("overall.acceptable", text(overall.acceptable() ? "yes" : "no"), out);
        fact("overall.rationale", overall.rationale(), out);
        fact("overall.benefitRisk", overall.benefitRiskReference(), out);
        fact("overall.disclosure", overall.disclosureReference(), out);
        fact("overall.evaluator", overall.evaluatorKey(), out);
        fact("overall.evaluatedAt", TIME.format(overall.evaluatedAt()), out);
        out.append("</tbody></table>");
    }

    private void register(ReportSheet sheet, StringBuilder out) {
        out.append("<div class=\"register-section\">");
        heading("register", out);
        paragraph(text("register.note", TIME.format(sheet.exportedAt())), out);
        out.append("<table class=\"register\"><thead><tr>");
        for (String column : new String[] {"risk", "hazard", "situation"}) {
            out.append("<th class=\"id\">");
            XmlText.escapeTo(text("register." + column), out);
            out.append("</th>");
        }
        for (String column : new String[] {"harm", "initial", "initialAcceptability", "controls", "residual",
                "residualAcceptability"}) {
            cell("th", text("register." + column), out);
        }
        out.append("</tr></thead><tbody>");
        for (RiskRegisterRow row : sheet.register()) {
            out.append("<tr>");
            idCell(row.riskId(), out);
            idCell(row.hazardId(), out);
            idCell(row.situationId(), out);
            cell("td", row.harm(), out);
            cell("td", estimate(row.initialSeverity(), row.initialProbability()), out);
            cell("td", acceptability(row.initialAcceptability()), out);
            cell("td", row.controlsVerified() + " / " + row.controls(), out);
            cell("td", estimate(row.residualSeverity(), row.residualProbability()), out);
            cell("td", acceptability(row.residualAcceptability()), out);
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    private String estimate(Integer severity, Integer probability) {
        return severity == null || probability == null ? "" : text("register.estimate", severity, probability);
    }

    private String acceptability(Acceptability acceptability) {
        return acceptability == null ? "" : text("acceptability." + acceptability.name());
    }

    private void footer(ReportSheet sheet, StringBuilder out) {
        out.append("<div class=\"footer\"><span class=\"pages\">");
        String pages = XmlText.escape(text("footer.page", String.valueOf(PAGE), String.valueOf(PAGES)));
        out.append(pages.replace(String.valueOf(PAGE), "<span class=\"page-number\"></span>")
                .replace(String.valueOf(PAGES), "<span class=\"page-count\"></span>"));
        out.append("</span><span>");
        XmlText.escapeTo(text("footer", sheet.version().report().projectKey(), sheet.version().version(),
                sheet.version().storedContentHash()), out);
        out.append("</span></div>");
    }

    private void heading(String key, StringBuilder out) {
        out.append("<h2>");
        XmlText.escapeTo(text("section." + key), out);
        out.append("</h2>");
    }

    private static void paragraph(String value, StringBuilder out) {
        out.append("<p>");
        XmlText.escapeTo(value, out);
        out.append("</p>");
    }

    private void fact(String key, String value, StringBuilder out) {
        out.append("<tr>");
        cell("th", text("field." + key), out);
        cell("td", value, out);
        out.append("</tr>");
    }

    private void monoFact(String key, String value, StringBuilder out) {
        out.append("<tr>");
        cell("th", text("field." + key), out);
        out.append("<td class=\"mono\">");
        XmlText.escapeTo(value, out);
        out.append("</td></tr>");
    }

    private static void idCell(String value, StringBuilder out) {
        out.append("<td class=\"id\">");
        XmlText.escapeTo(value == null ? "" : value, out);
        out.append("</td>");
    }

    private static void cell(String tag, String value, StringBuilder out) {
        out.append('<').append(tag).append('>');
        XmlText.escapeTo(value == null ? "" : value, out);
        out.append("</").append(tag).append('>');
    }

    private String text(String key, Object... args) {
        return args.length == 0 ? labels.getText(PREFIX + key) : labels.getText(PREFIX + key, args);
    }
}
