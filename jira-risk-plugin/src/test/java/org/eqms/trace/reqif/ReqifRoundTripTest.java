package org.eqms.trace.reqif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.trace.reqif.ReqifFixtures.export;
import static org.eqms.trace.reqif.ReqifFixtures.importFrom;
import static org.eqms.trace.reqif.ReqifFixtures.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReqifRoundTripTest {

    @Test
    void anExportIsValidAgainstTheOmgReqifSchema() {
        byte[] reqif = export(ReqifFixtures.pumpRiskFile());

        validate(reqif);
    }

    @Test
    void anExportReadBackIsTheSameModel() {
        ReqifDocument original = ReqifFixtures.pumpRiskFile();

        assertThat(importFrom(export(original))).isEqualTo(original);
    }

    @Test
    void multiLineTextKeepsItsLineBreaksTabsAndCarriageReturns() {
        ReqifDocument document = new ReqifDocument("t\r\nt", List.of(new ReqifObject("A", "Req", " lead\ttrail ",
                "line 1\nline 2\r\nline 3\r\tindented", Map.of("note", "\n"))), List.of());

        byte[] reqif = export(document);

        assertThat(new String(reqif, UTF_8)).contains("THE-VALUE=\"line 1&#10;line 2&#13;&#10;line 3&#13;&#9;indented\"");
        assertThat(importFrom(reqif)).isEqualTo(document);
    }

    @Test
    void writesTheHeaderTypesObjectsRelationsAndAFlatHierarchy() {
        String xml = new String(export(ReqifFixtures.pumpRiskFile()), UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REQ-IF xmlns=\""
                + ReqifExporter.NAMESPACE + "\">");
        assertThat(xml).contains("<CREATION-TIME>2026-11-23T06:01:02.345Z</CREATION-TIME>",
                "<REQ-IF-VERSION>1.0</REQ-IF-VERSION>", "<TITLE>Infusion pump &lt;risk &amp; trace&gt; file</TITLE>",
                "<DATATYPE-DEFINITION-STRING IDENTIFIER=\"eqms-string\"",
                "<SPEC-OBJECT-TYPE IDENTIFIER=\"eqms-sot-2\" LAST-CHANGE=\"2026-11-23T06:01:02.345Z\" LONG-NAME=\"Hazard\">",
                "LONG-NAME=\"ReqIF.ForeignID\"", "LONG-NAME=\"P1 × P2\"",
                "<SPEC-RELATION-TYPE IDENTIFIER=\"eqms-srt-1\" LAST-CHANGE=\"2026-11-23T06:01:02.345Z\" LONG-NAME=\"mitigates\">",
                "<SPEC-OBJECT IDENTIFIER=\"eqms-so-SRS-12\"", "<SPEC-OBJECT-REF>eqms-so-HAZ-3</SPEC-OBJECT-REF>",
                "<SPECIFICATION IDENTIFIER=\"eqms-specification\"", "<SPEC-HIERARCHY IDENTIFIER=\"eqms-sh-TC-101\"");
        assertThat(xml.indexOf("eqms-sh-SRS-12")).isLessThan(xml.indexOf("eqms-sh-HAZ-3"));
    }

    @Test
    void keysThatAreNotXmlNamesStillGiveValidDistinctIdentifiers() {
        ReqifDocument document = new ReqifDocument("keys", List.of(
                new ReqifObject("12", "Req", "", "", Map.of()), new ReqifObject("PROJ:1 a", "Req", "", "", Map.of()),
                new ReqifObject("a_b", "Req", "", "", Map.of()), new ReqifObject("a_5f_b", "Req", "", "", Map.of()),
                new ReqifObject("Ünïcødé 😀", "Req", "", "", Map.of())),
                List.of(new ReqifRelation("1 2", "derives", "12", "PROJ:1 a")));

        byte[] reqif = export(document);

        validate(reqif);
        assertThat(importFrom(reqif)).isEqualTo(document);
        assertThat(ReqifIdentifier.of("p-", "a_b")).isNotEqualTo(ReqifIdentifier.of("p-", "a_5f_b"));
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() {
        ReqifDocument document = new ReqifDocument("bell\u0007", List.of(new ReqifObject("A", "Req",
                "nul\u0000 and lone \uD800 surrogate", "\uFFFF", Map.of())), List.of());

        byte[] reqif = export(document);

        validate(reqif);
        ReqifDocument back = importFrom(reqif);
        assertThat(back.title()).isEqualTo("bell\uFFFD");
        assertThat(back.objects().get(0).title()).isEqualTo("nul\uFFFD and lone \uFFFD surrogate");
        assertThat(back.objects().get(0).text()).isEqualTo("\uFFFD");
    }

    @Test
    void anEmptyDocumentIsStillValidReqif() {
        ReqifDocument empty = new ReqifDocument("", List.of(), List.of());

        byte[] reqif = export(empty);

        validate(reqif);
        assertThat(importFrom(reqif)).isEqualTo(empty);
    }

    @Test
    void aLargeExportStreamsAndReadsBack() {
        List<ReqifObject> objects = new ArrayList<>();
        List<ReqifRelation> relations = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            objects.add(new ReqifObject("REQ-" + i, i % 2 == 0 ? "Requirement" : "Test", "Title " + i,
                    "Text of item " + i + "\nsecond line", Map.of("Status", "Approved")));
            if (i > 0) {
                relations.add(new ReqifRelation("L-" + i, "traces", "REQ-" + i, "REQ-" + (i - 1)));
            }
        }
        ReqifDocument large = new ReqifDocument("large", objects, relations);

        byte[] reqif = export(large);

        validate(reqif);
        assertThat(importFrom(reqif)).isEqualTo(large);
    }
}
