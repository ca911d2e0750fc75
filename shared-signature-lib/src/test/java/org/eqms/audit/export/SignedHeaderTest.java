package org.eqms.audit.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.AuditJson;
import org.eqms.audit.VerificationFailure;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.keys.Ed25519;
import org.eqms.audit.keys.Ed25519KeyPair;
import org.eqms.audit.keys.KeyId;
import org.eqms.audit.keys.LedgerPublicKey;
import org.eqms.audit.keys.LedgerSigningKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignedHeaderTest {
    private static final Instant T = Instant.parse("2026-11-23T06:00:00.000Z");
    private final Ed25519KeyPair pair = Ed25519.generate(new SecureRandom());
    private final LedgerSigningKey key = new LedgerSigningKey(KeyId.of(pair.publicKey()), pair.privateKey(), pair.publicKey());
    private final List<LedgerPublicKey> keys = List.of(new LedgerPublicKey(key.kid(), pair.publicKey(), T, null));

    @Test
    void anEmptyLedgersSignedHeaderVerifies() throws IOException {
        ObjectNode header = ExportFormat.signedHeader("urn:uuid:x", T, keys, 0, 0, 1000, 0, key);

        assertThat(verify(header).valid()).isTrue();
    }

    @Test
    void aSignedHeaderMustAnnounceItsCheckpointsAndInterval() throws IOException {
        for (String member : List.of("checkpoints", "checkpointInterval", "entries", "signatures")) {
            ObjectNode header = ExportFormat.header("urn:uuid:x", T, keys);
            header.put("entries", 0).put("signatures", 0).put("checkpoints", 0).put("checkpointInterval", 1000);
            header.remove(member);
            header.put("kid", key.kid());
            header.put("sig", key.seal(AuditJson.bytesToSeal(header)));

            VerificationResult result = verify(header);

            assertThat(result.reason()).as(member).isEqualTo(VerificationFailure.BAD_HEADER_SIGNATURE);
        }
    }

    @Test
    void anIntervalBelowOneIsRefused() throws IOException {
        ObjectNode header = ExportFormat.signedHeader("urn:uuid:x", T, keys, 0, 0, 0, 0, key);

        assertThat(verify(header).reason()).isEqualTo(VerificationFailure.BAD_HEADER_SIGNATURE);
    }

    private static VerificationResult verify(ObjectNode header) throws IOException {
        byte[] file = (Jcs.canonicalString(header) + "\n").getBytes(StandardCharsets.UTF_8);
        return ExportFileVerifier.verify(new ByteArrayInputStream(file));
    }
}
