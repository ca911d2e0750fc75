package org.eqms.trace.reqif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReqifImporterTest {

    private final ReqifImporter importer = new ReqifImporter();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReqifImporterTest.class.getResourceAsStream("/reqif/" + name)) {
            return in.readAllBytes();
        }
    }

    private ReqifDocument read(String xml) {
        return importer.read(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }

    @Test
    void readsAnotherToolsModuleWithXhtmlEnumerationAndIntegerValues() throws IOException {
        byte[] reqif = resource("other-tool-module.reqif");
        ReqifFixtures.validate(reqif);

        ReqifDocument document = importer.read(new ByteArrayInputStream(reqif));

        assertThat(document.title()).isEqualTo("SRS Infusion Pump");
        assertThat(document.objects()).hasSize(2);
        ReqifObject alarm = document.objects().get(0);
        assertThat(alarm.id()).isEqualTo("SRS-1");
        assertThat(alarm.type()).isEqualTo("Software Requirement");
        assertThat(alarm.title()).isEqualTo("Occlusion alarm");
        assertThat(alarm.text()).isEqualTo("The pump shall alarm within 30 s\nwhen pressure > 1.2 bar.");
        assertThat(alarm.attributes()).containsExactly(java.util.Map.entry("Status", "Approved"),
                java.util.Map.entry("Priority", "1"));
        assertThat(document.objects().get(1).text()).isEmpty();
        assertThat(document.relations()).singleElement()
                .isEqualTo(new ReqifRelation("_rel1", "refines", "SRS-1.1", "SRS-1"));
    }

    @Test
    void refusesADoctypeAndNeverReadsTheExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE REQ-IF [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<REQ-IF xmlns=\"" + ReqifExporter.NAMESPACE + "\"><THE-HEADER><REQ-IF-HEADER IDENTIFIER=\"h\">"
                + "<TITLE>&x;</TITLE></REQ-IF-HEADER></THE-HEADER></REQ-IF>";

        assertThatThrownBy(() -> read(xxe)).isInstanceOfSatisfying(InvalidReqifException.class, e -> {
            assertThat(e.code()).isEqualTo("reqif_malformed");
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><REQ-IF xmlns=\"" + ReqifExporter.NAMESPACE + "\">&c;</REQ-IF>";

        assertThatThrownBy(() -> read(bomb)).isInstanceOfSatisfying(InvalidReqifException.class,
                e -> assertThat(e.code()).isEqualTo("reqif_malformed"));
    }

    @Test
    void refusesXmlThatIsNotReqif() {
        assertThatThrownBy(() -> read("<REQ-IF xmlns=\"urn:something-else\"/>"))
                .isInstanceOfSatisfying(InvalidReqifException.class, e -> {
                    assertThat(e.code()).isEqualTo("reqif_not_reqif");
                    assertThat(e.hint()).contains(".reqif");
                });
    }

    @Test
    void refusesAFileThatIsNotWellFormed() {
        assertThatThrownBy(() -> read("<REQ-IF xmlns=\"" + ReqifExporter.NAMESPACE + "\"><THE-HEADER>"))
                .isInstanceOfSatisfying(InvalidReqifException.class,
                        e -> assertThat(e.code()).isEqualTo("reqif_malformed"));
    }

    @Test
    void refusesARelationToAnObjectTheFileDoesNotContain() {
        String xml = new String(ReqifFixtures.export(ReqifFixtures.pumpRiskFile()), UTF_8)
                .replace("<SPEC-OBJECT-REF>eqms-so-HAZ-3</SPEC-OBJECT-REF>\n", "<SPEC-OBJECT-REF>elsewhere-1</SPEC-OBJECT-REF>\n");

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(InvalidReqifException.class, e -> {
            assertThat(e.code()).isEqualTo("reqif_invalid");
            assertThat(e.getMessage()).contains("elsewhere-1");
        });
    }

    @Test
    void refusesAValueOfAnUndefinedAttribute() {
        String xml = new String(ReqifFixtures.export(ReqifFixtures.pumpRiskFile()), UTF_8)
                .replace(">eqms-sot-1-name</ATTRIBUTE-DEFINITION-STRING-REF>", ">nowhere</ATTRIBUTE-DEFINITION-STRING-REF>");

        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(InvalidReqifException.class,
                e -> assertThat(e.getMessage()).contains("nowhere"));
    }
}
