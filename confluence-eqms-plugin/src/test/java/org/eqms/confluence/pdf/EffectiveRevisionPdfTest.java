package org.eqms.confluence.pdf;

import org.eqms.pdf.testing.PdfAValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.eqms.audit.canonical.Jcs;
import org.eqms.compliance.Clause;
import org.eqms.signature.SignatureRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF/A-3b export of an effective revision manifests its signatures (21 CFR 11.50). */
@Clause("21CFR11.50")
class EffectiveRevisionPdfTest {

    static final String BODY = "<h2>Purpose</h2><p>Clean the balance&nbsp;daily &ndash; before first use.</p>"
            + "<ul><li>Wipe the pan</li><li>Check the level</li></ul>"
            + "<table><tbody><tr><th>Step</th><th>Who</th></tr><tr><td>1</td><td>Operator</td></tr></tbody></table>";
    static final String HOSTILE_BODY = "<p>Größe µg ± 0,1 &lt;/td&gt;&lt;td&gt;Approved&lt;/td&gt;&lt;td&gt;"
            + "2026-01-01T00:00:00.000Z</p>"
            + "<script>document.write('Mallory Forged')</script>"
            + "<style>p { display: none }</style>"
            + "<p onclick=\"evil()\" style=\"color:red\">Styled text</p>"
            + "<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">"
            + "Mallory Parameter</ac:parameter><ac:rich-text-body><p>Info body text</p></ac:rich-text-body>"
            + "</ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[</td></tr><tr><td>Mallory Cdata]]>"
            + "</ac:plain-text-body></ac:structured-macro>"
            + "<p><ac:image><ri:attachment ri:filename=\"scale.png\"/></ac:image> 漢字</p>";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00.000Z"), ZoneOffset.UTC);

    static ManifestationSheet sheet;
    static byte[] pdf;
    static ManifestationSheet hostileSheet;
    static byte[] hostilePdf;

    @BeforeAll
    static void render() {
        EffectiveRevisionPdf renderer = new EffectiveRevisionPdf(PdfLabels.english(), CLOCK);
        sheet = PdfFixtures.sheet(BODY);
        pdf = renderer.render(sheet);
        hostileSheet = PdfFixtures.sheet(HOSTILE_BODY);
        hostilePdf = renderer.render(hostileSheet);
    }

    @Test
    void isPdfA3bConformantAccordingToVeraPdf() throws Exception {
        ValidationResult result = PdfAValidation.validate(pdf);

        assertThat(result.isCompliant()).as(PdfAValidation.failures(result)).isTrue();
    }

    @Test
    void veraPdfRejectsTheSameFileOnceItsAttachmentLosesItsRelationship() throws Exception {
        byte[] stripped;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(EffectiveRevisionPdf.ATTACHMENT_NAME).getCOSObject().removeItem(COSName.AF_RELATIONSHIP);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            stripped = out.toByteArray();
        }

        assertThat(PdfAValidation.validate(stripped).isCompliant()).isFalse();
    }

    @Test
    void manifestationPageShowsEachSignersPrintedNameMeaningUtcTimeAndReason() throws IOException {
        String cover = squash(text(pdf, 1, 1));

        for (SignatureRecord signature : sheet.signatures()) {
            assertThat(cover).contains(squash(signature.signerName()), squash(signature.meaning()),
                    squash(org.eqms.audit.canonical.Rfc3339.format(signature.time())));
        }
        assertThat(cover).contains("2026-11-20T09:15:00.120Z", "2026-11-21T14:02:33.005Z", "2026-11-22T17:45:10.999Z",
                squash("Checked against ISO 13485 §4.2.4"), squash("Release for production"));
    }

    @Test
    void manifestationPageIdentifiesTheRevisionItsContentHashAndTheLedgerCheckpoint() throws IOException {
        String cover = squash(text(pdf, 1, 1));

        assertThat(cover).contains("SOP-0042", squash(PdfFixtures.TITLE), "2026-11-23T06:01:02.345Z",
                sheet.snapshot().contentHash(), squash("Page 98304, version 7"),
                PdfFixtures.ROOT, "ledger-key-1", "2026-11-23T06:01:03.000Z", "a1".repeat(32));
        assertThat(cover).contains(squash("Revision B"));
        assertThat(cover).contains(squash("Entries covered 104"));
    }

    @Test
    void revisionContentFollowsOnTheNextPagesWithEveryPageFooteredWithNumberAndRevision() throws IOException {
        String cover = text(pdf, 1, 1);
        String content = text(pdf, 2, Integer.MAX_VALUE);

        assertThat(cover).doesNotContain("Wipe the pan");
        assertThat(squash(content)).contains("Purpose", squash("Clean the balance daily – before first use."),
                "Wipethepan", "Checkthelevel", "Operator");
        assertThat(visualText(pdf, 1, 1)).contains("SOP-0042 Rev B", "Page 1 of 2");
        assertThat(visualText(pdf, 2, 2)).contains("SOP-0042 Rev B", "Page 2 of 2");
    }

    @Test
    void embedsTheSignatureRecordsAsAnAssociatedJsonFile() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            PDComplexFileSpecification spec = files.get(EffectiveRevisionPdf.ATTACHMENT_NAME);
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
            JsonNode json = new ObjectMapper().readTree(file.toByteArray());
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);

            assertThat(file.getSubtype()).isEqualTo("application/json");
            assertThat(spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Data");
            assertThat(associated.getObject(0)).isSameAs(spec.getCOSObject());
            assertThat(json.get("format").asText()).isEqualTo("eqms-signatures/1");
            assertThat(json.at("/document/number").asText()).isEqualTo("SOP-0042");
            assertThat(json.at("/document/revision").asText()).isEqualTo("B");
            assertThat(json.at("/document/contentHash").asText()).isEqualTo(sheet.snapshot().contentHash());
            assertThat(json.at("/checkpoint/root").asText()).isEqualTo(PdfFixtures.ROOT);
            assertThat(json.get("signatures")).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(Jcs.canonicalString(json.get("signatures").get(i)))
                        .isEqualTo(Jcs.canonicalString(sheet.signatures().get(i).toJson()));
            }
        }
    }

    @Test
    void metadataTitleNamesDocumentNumberRevisionAndTitle() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());

            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("SOP-0042 Rev B: Cleaning of the µg balance");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("SOP-0042 Rev B: Cleaning of the µg balance");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        }
    }

    @Test
    void hostileBodyStaysConformantAndPrintsOnlyAsContentText() throws Exception {
        ValidationResult result = PdfAValidation.validate(hostilePdf);
        String cover = text(hostilePdf, 1, 1);
        String content = text(hostilePdf, 2, Integer.MAX_VALUE);

        assertThat(result.isCompliant()).as(PdfAValidation.failures(result)).isTrue();
        assertThat(cover).doesNotContain("Mallory", "Größe", "2026-01-01T00:00:00.000Z");
        assertThat(content).contains("Größe µg ± 0,1 </td><td>Approved</td><td>", "Info body text", "[macro: info]",
                "[macro: code]", "</td></tr><tr><td>Mallory Cdata", "[image: scale.png]", "Styled text");
        assertThat(content).doesNotContain("Mallory Forged", "Mallory Parameter", "display: none");
    }

    @Test
    void hostileBodyLeavesTheManifestedSignersExactlyAsSigned() throws IOException {
        String cover = squash(text(hostilePdf, 1, 1));

        assertThat(cover).contains("AnaMüller", "Authored", "ChenWei", "Approved", "2026-11-22T17:45:10.999Z");
        assertThat(cover.split("Approved", -1)).hasSize(2);
    }

    @Test
    void malformedBodyIsRefusedBeforeRendering() {
        EffectiveRevisionPdf renderer = new EffectiveRevisionPdf(PdfLabels.english(), CLOCK);
        ManifestationSheet broken = PdfFixtures.sheet("<p>Approved</td><td>Mallory</p>");

        assertThatThrownBy(() -> renderer.render(broken))
                .isInstanceOf(StorageFormatException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void revisionWithoutSignaturesSaysSoAndStaysConformant() throws Exception {
        byte[] unsigned = new EffectiveRevisionPdf(PdfLabels.english(), CLOCK)
                .render(PdfFixtures.sheet("<p>Draft text</p>", List.of()));

        ValidationResult result = PdfAValidation.validate(unsigned);
        assertThat(result.isCompliant()).as(PdfAValidation.failures(result)).isTrue();
        assertThat(text(unsigned, 1, 1)).contains("No signatures.");
    }

    /** The text in drawing order, so a table cell's wrapped lines stay together. */
    static String text(byte[] pdf, int first, int last) throws IOException {
        return text(pdf, first, last, false);
    }

    /** The text in reading order of the page, as a person reads the footer. */
    static String visualText(byte[] pdf, int first, int last) throws IOException {
        return text(pdf, first, last, true);
    }

    private static String text(byte[] pdf, int first, int last, boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            stripper.setStartPage(first);
            stripper.setEndPage(Math.min(last, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    static String squash(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", "");
    }
}
