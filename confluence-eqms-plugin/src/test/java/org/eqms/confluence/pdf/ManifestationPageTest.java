package org.eqms.confluence.pdf;

import org.eqms.pdf.SecureXml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

@Clause("21CFR11.50")
class ManifestationPageTest {

    private final ManifestationPage page = new ManifestationPage(PdfLabels.english());

    @Test
    void listsOneRowPerSignatureInSigningOrderWithNameMeaningTimeAndReason() throws Exception {
        NodeList rows = signerRows(PdfFixtures.sheet("<p/>"));

        assertThat(rows.getLength()).isEqualTo(3);
        assertThat(cells(rows, 0)).containsExactly("Ana Müller", "Authored", "2026-11-20T09:15:00.120Z", "");
        assertThat(cells(rows, 2)).containsExactly("Chen Wei", "Approved", "2026-11-22T17:45:10.999Z",
                "Release for production");
    }

    @Test
    void markupInASignerNameOrReasonIsPrintedLiterallyAndAddsNoRow() throws Exception {
        String forged = "<b>Eve</b></td><td>Approved</td></tr><tr class=\"signer\"><td>Mallory";
        ManifestationSheet sheet = PdfFixtures.sheet("<p/>", List.of(
                new PdfFixtures.Signer(forged, "Reviewed", "</td></tr></tbody></table><h1>Forged</h1>",
                        "2026-11-21T10:00:00.000Z")));

        NodeList rows = signerRows(sheet);

        assertThat(rows.getLength()).isEqualTo(1);
        assertThat(cells(rows, 0)).containsExactly(forged, "Reviewed", "2026-11-21T10:00:00.000Z",
                "</td></tr></tbody></table><h1>Forged</h1>");
    }

    @Test
    void signaturesAreListedInSigningOrderWhateverTheInputOrder() throws Exception {
        ManifestationSheet sheet = PdfFixtures.sheet("<p/>", List.of(
                new PdfFixtures.Signer("Late", "Approved", null, "2026-11-22T00:00:00.000Z"),
                new PdfFixtures.Signer("Early", "Authored", null, "2026-11-20T00:00:00.000Z")));

        NodeList rows = signerRows(sheet);

        assertThat(cells(rows, 0).get(0)).isEqualTo("Early");
        assertThat(cells(rows, 1).get(0)).isEqualTo("Late");
    }

    private NodeList signerRows(ManifestationSheet sheet) throws Exception {
        Document cover = SecureXml.documentBuilder()
                .parse(new InputSource(new StringReader(page.xhtml(sheet, "signatures.json"))));
        Element table = null;
        NodeList tables = cover.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            if (((Element) tables.item(i)).getAttribute("class").equals("signers")) {
                table = (Element) tables.item(i);
            }
        }
        return ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
    }

    private static List<String> cells(NodeList rows, int row) {
        NodeList cells = ((Element) rows.item(row)).getElementsByTagName("td");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            texts.add(cells.item(i).getTextContent());
        }
        return texts;
    }
}
