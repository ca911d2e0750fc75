package org.eqms.jira.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.canonical.Sha256;
import org.eqms.compliance.Clause;
import org.eqms.jira.app.RiskReporting;
import org.eqms.jira.view.JiraUi;
import org.eqms.pdf.testing.PdfAValidation;
import org.eqms.risk.Acceptability;
import org.eqms.risk.OverallResidualRiskEvaluation;
import org.eqms.risk.ReportMeaning;
import org.eqms.risk.ReportSignature;
import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskManagementReport;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.risk.RiskSummary;
import org.eqms.signature.SignatureRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF/A-3b of the risk management report: valid, its signatures manifested, its canonical JSON embedded. */
class RiskReportPdfTest {
    static final String HOSTILE = "</td><td>Approved</td><td>Mallory <b>Forged</b> & Größe µg";
    static ReportVersion version;
    static byte[] pdf;

    @BeforeAll
    static void render() {
        RiskManagementReport concluded = new RiskManagementReport("INF", 2, "b".repeat(64),
                new RiskSummary(2, 1, 1, 0, 0, 1, 0, 0),
                new OverallResidualRiskEvaluation("Expert panel", false, "Benefits outweigh " + HOSTILE,
                        "BRA-OVERALL-1", "IFU section 7", "u-ada", Instant.parse("2026-11-23T08:00:00.000Z")),
                "Complaints reviewed monthly (SOP-PMS-1)", "u-ada", Instant.parse("2026-11-23T08:00:00.000Z"),
                List.of());
        String hash = concluded.contentHash();
        SignatureRecord reviewed = record("sig-1", hash, "Ada Admin", "Reviewed", "2026-11-23T08:05:00.000Z");
        SignatureRecord approved = record("sig-2", hash, "Rita Root " + HOSTILE, "Approved",
                "2026-11-23T09:30:15.000Z");
        RiskManagementReport signed = concluded
                .withSignature(new ReportSignature(ReportMeaning.REVIEWED, "sig-1", hash))
                .withSignature(new ReportSignature(ReportMeaning.APPROVED, "sig-2", hash));
        version = new ReportVersion(3, false, signed, hash);
        List<RiskRegisterRow> register = List.of(
                new RiskRegisterRow("R-1", "H-1", "HS-1", "Overdose", 5, 4, Acceptability.UNACCEPTABLE, 2, 2, 5, 1,
                        Acceptability.INVESTIGATE_ALARP, true, List.of(), null, null, List.of("SOP-0001")),
                new RiskRegisterRow("R-2", "H-2", "HS-2", "Bruise " + HOSTILE, 1, 1, Acceptability.ACCEPTABLE, 0, 0,
                        null, null, null, false, List.of(), null, null, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RiskReportPdf(JiraUi.english()).render(new ReportSheet(version, List.of(reviewed, approved), register,
                Instant.parse("2026-11-24T10:00:00.000Z")), out);
        pdf = out.toByteArray();
    }

    private static SignatureRecord record(String id, String hash, String name, String meaning, String time) {
        return new SignatureRecord(id, new AuditedObject(RiskReporting.OBJECT_TYPE, "INF", 3), hash, "u-" + id, name,
                meaning, null, Instant.parse(time), "id+password", "ch-" + id, 7L, "k1", "c2ln");
    }

    @Test
    @Clause("ISO14971-9")
    void isPdfA3bConformantAccordingToVeraPdf() throws Exception {
        ValidationResult result = PdfAValidation.validate(pdf);

        assertThat(result.isCompliant()).as(PdfAValidation.failures(result)).isTrue();
    }

    @Test
    @Clause("21CFR11.50")
    void everySignatureIsManifestedWithPrintedNameDateTimeWithZoneAndMeaning() throws Exception {
        String text = text();

        assertThat(text).contains("Ada Admin", "2026-11-23 08:05:00 UTC", "Reviewed");
        assertThat(text).contains("2026-11-23 09:30:15 UTC", "Approved");
        assertThat(text).contains("Printed name of the signer", "Date and time of signing", "Meaning");
        assertThat(text.indexOf("Ada Admin")).as("signing order").isLessThan(text.indexOf("Rita Root"));
        // hostile text is printed as text, never as markup
        assertThat(text).contains("Mallory <b>Forged</b> & Größe µg");
    }

    @Test
    @Clause("ISO14971-8")
    @Clause("ISO14971-9")
    void theReportsContentIsPrinted() throws Exception {
        String text = text().replaceAll("\\s+", " ");

        assertThat(text).contains("Risk management report INF, version 3", "Approved");
        assertThat(text).contains(version.storedContentHash().substring(0, 32));
        assertThat(text).contains("Expert panel", "BRA-OVERALL-1", "IFU section 7",
                "Complaints reviewed monthly (SOP-PMS-1)");
        assertThat(text).contains("R-1", "S5 / P4", "Unacceptable", "S5 / P1", "ALARP region", "R-2", "Acceptable");
        assertThat(text).contains("Intact");
    }

    @Test
    @Clause("ISO14971-9")
    void theCanonicalJsonIsEmbeddedAsAnAssociatedFileWhoseHashIsTheContentHash() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(RiskReportPdf.ATTACHMENT_NAME);
            byte[] json = spec.getEmbeddedFile().toByteArray();
            assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(version.report().canonicalJson());
            assertThat(Sha256.hex(json)).isEqualTo(version.storedContentHash());
            assertThat(spec.getCOSObject().getCOSName(COSName.AF_RELATIONSHIP).getName()).isEqualTo("Data");
            assertThat(((COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF))
                    .size()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Risk management report INF, version 3");
        }
    }

    private static String text() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
