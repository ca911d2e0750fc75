package org.eqms.confluence.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eqms.audit.AuditedObject;
import org.eqms.compliance.Clause;
import org.eqms.signature.SignatureRecord;
import org.junit.jupiter.api.Test;

class ManifestationSheetTest {

    @Test
    @Clause("21CFR11.70")
    void signatureOverOtherContentCannotBeManifestedAsSigningThisRevision() {
        ManifestationSheet sheet = PdfFixtures.sheet("<p>v7</p>");
        SignatureRecord other = sheet.signatures().get(0);
        SignatureRecord stale = new SignatureRecord("sig-old", new AuditedObject("confluence.page", "98304", 6),
                "0".repeat(64), other.signerKey(), other.signerName(), "Approved", null, other.time(),
                other.authMethod(), other.challengeId(), other.entrySeq(), other.kid(), other.sig());

        assertThatThrownBy(() -> new ManifestationSheet(sheet.document(), sheet.snapshot(), List.of(stale),
                sheet.checkpoint()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sig-old");
    }

    @Test
    void signatureNotYetSealedOrBeyondTheCheckpointIsRefused() {
        ManifestationSheet sheet = PdfFixtures.sheet("<p>v7</p>");
        SignatureRecord sealed = sheet.signatures().get(0);
        SignatureRecord unsealed = new SignatureRecord("sig-pending", sealed.object(), sealed.contentHash(),
                sealed.signerKey(), sealed.signerName(), sealed.meaning(), sealed.reason(), sealed.time(),
                sealed.authMethod(), sealed.challengeId(), null, null, null);
        SignatureRecord uncovered = unsealed.sealedWith(sheet.checkpoint().treeSize(), "ledger-key-1", "c2ln");

        assertThatThrownBy(() -> new ManifestationSheet(sheet.document(), sheet.snapshot(), List.of(unsealed),
                sheet.checkpoint())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not sealed");
        assertThatThrownBy(() -> new ManifestationSheet(sheet.document(), sheet.snapshot(), List.of(uncovered),
                sheet.checkpoint())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 104");
    }
}
