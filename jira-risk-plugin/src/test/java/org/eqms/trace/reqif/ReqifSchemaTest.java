package org.eqms.trace.reqif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReqifSchemaTest {

    @Test
    void theBundledSchemaIsTheOmgFileUnmodified() throws IOException, NoSuchAlgorithmException {
        try (InputStream in = ReqifSchema.class.getResourceAsStream("/reqif/reqif.xsd")) {
            byte[] xsd = in.readAllBytes();

            assertThat(xsd).hasSize(43_869);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xsd)))
                    .isEqualTo("9243f345540f25db3b53403da9ad9cd4744277ef01492ac3589937f533ba94c0");
        }
    }

    @Test
    void rejectsAHeaderWithoutItsRequiredToolId() {
        String xml = new String(ReqifFixtures.export(ReqifFixtures.pumpRiskFile()), UTF_8)
                .replace("<REQ-IF-TOOL-ID>eQMS</REQ-IF-TOOL-ID>", "");

        assertThatThrownBy(() -> ReqifFixtures.SCHEMA.validate(new ByteArrayInputStream(xml.getBytes(UTF_8))))
                .isInstanceOfSatisfying(InvalidReqifException.class, e -> {
                    assertThat(e.code()).isEqualTo("reqif_invalid");
                    assertThat(e.getMessage()).contains("line ").contains("REQ-IF-VERSION");
                });
    }

    @Test
    void rejectsAReferenceToAnUndefinedType() {
        String xml = new String(ReqifFixtures.export(ReqifFixtures.pumpRiskFile()), UTF_8)
                .replaceFirst("<SPEC-OBJECT-TYPE-REF>eqms-sot-1<", "<SPEC-OBJECT-TYPE-REF>eqms-sot-99<");

        assertThatThrownBy(() -> ReqifFixtures.SCHEMA.validate(new ByteArrayInputStream(xml.getBytes(UTF_8))))
                .isInstanceOfSatisfying(InvalidReqifException.class,
                        e -> assertThat(e.getMessage()).contains("eqms-sot-99"));
    }

    @Test
    void rejectsAReqifVersionOtherThanTheFixedOne() {
        String xml = new String(ReqifFixtures.export(ReqifFixtures.pumpRiskFile()), UTF_8)
                .replace("<REQ-IF-VERSION>1.0</REQ-IF-VERSION>", "<REQ-IF-VERSION>2.0</REQ-IF-VERSION>");

        assertThatThrownBy(() -> ReqifFixtures.SCHEMA.validate(new ByteArrayInputStream(xml.getBytes(UTF_8))))
                .isInstanceOf(InvalidReqifException.class);
    }
}
