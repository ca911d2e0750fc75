package org.eqms.confluence.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {

    @Test
    void declaresEveryHtml4NamedCharacterButTheFourXmlPredefines() {
        assertThat(HtmlEntities.codePoints()).hasSize(252 - 4)
                .containsEntry("nbsp", 0xA0).containsEntry("yuml", 0xFF).containsEntry("szlig", 0xDF)
                .containsEntry("Rho", 0x3A1).containsEntry("Sigma", 0x3A3).containsEntry("omega", 0x3C9)
                .containsEntry("sigmaf", 0x3C2).containsEntry("rsquo", 0x2019).containsEntry("euro", 0x20AC)
                .containsEntry("diams", 0x2666)
                .doesNotContainKeys("amp", "lt", "gt", "quot", "apos");
    }
}
