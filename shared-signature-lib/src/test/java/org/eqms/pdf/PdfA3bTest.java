package org.eqms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.eqms.pdf.testing.PdfAValidation;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

/** The shared PDF/A-3b rendering: conformant per veraPDF, with its associated files, loading nothing from outside. */
class PdfA3bTest {
    private static final Instant MADE = Instant.parse("2026-11-23T08:00:00.000Z");

    private static String page(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Test &amp; title</title><style>* { font-family: '"
                + PdfAResources.SANS + "'; }</style></head><body>" + body + "</body></html>";
    }

    private static byte[] render(String xhtml, List<PdfAttachment> attachments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfA3b("eQMS test").render(xhtml, attachments, "test", out);
        return out.toByteArray();
    }

    @Test
    void rendersPdfA3bWithEveryAttachmentAsAnAssociatedDataFile() throws Exception {
        byte[] pdf = render(page("<h1>Größe " + XmlText.escape("<b>&") + "</h1>"), List.of(
                new PdfAttachment("a.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json", "A", MADE),
                new PdfAttachment("b.txt", "b".getBytes(StandardCharsets.UTF_8), "text/plain", "B", MADE)));

        ValidationResult result = PdfAValidation.validate(pdf);
        assertThat(result.isCompliant()).as(PdfAValidation.failures(result)).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Größe <b>&");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Test & title");
            PDComplexFileSpecification a = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("a.json");
            assertThat(new String(a.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
            assertThat(a.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(a.getCOSObject().getCOSName(COSName.AF_RELATIONSHIP).getName()).isEqualTo("Data");
            assertThat(((COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF))
                    .size()).isEqualTo(2);
        }
    }

    @Test
    void refusesTwoAttachmentsOfOneNameAndNeverLoadsAnExternalEntity() throws Exception {
        PdfAttachment one = new PdfAttachment("x.json", new byte[] {'1'}, "application/json", "X", MADE);
        assertThatThrownBy(() -> render(page("<p>x</p>"), List.of(one, one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.json");
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("eqms-secret", ".txt");
        java.nio.file.Files.writeString(secret, "SECRET-MARKER");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + page("<p>before &x; after</p>");
        try (PDDocument document = Loader.loadPDF(render(external, List.of()))) {
            assertThat(new PDFTextStripper().getText(document)).contains("before").doesNotContain("SECRET-MARKER");
        } finally {
            java.nio.file.Files.delete(secret);
        }
    }
}
