package org.eqms.audit.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.AuditJson;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.keys.LedgerPublicKey;
import org.eqms.audit.keys.LedgerSigningKey;

import java.time.Instant;
import java.util.List;

/**
 * The {@code eqms-audit-export/1} header line (DESIGN §6). Beyond the members DESIGN names, our exporter adds
 * {@code entries}, {@code checkpoints} and {@code signatures} (how many of each lines follow) and
 * {@code checkpointInterval} (the ledger checkpoints every that many entries), and signs the header ({@code kid},
 * {@code sig}), so cutting an export short at a checkpoint, dropping signature or checkpoint lines or editing the
 * header is detected; DESIGN allows further members, and verifiers that do not know them hash and ignore them.
 */
public final class ExportFormat {
    public static final String FORMAT = "eqms-audit-export/1";

    private ExportFormat() {
    }

    public static ObjectNode header(String ledger, Instant exportedAt, List<LedgerPublicKey> keys) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("kind", "header");
        header.put("format", FORMAT);
        header.put("ledger", ledger);
        header.put("exportedAt", Rfc3339.format(exportedAt));
        ArrayNode keyArray = header.putArray("keys");
        for (LedgerPublicKey key : keys) {
            ObjectNode k = keyArray.addObject();
            k.put("kid", key.kid());
            k.put("alg", "Ed25519");
            k.put("publicKey", Base64Url.encode(key.publicKey()));
            k.put("notBefore", Rfc3339.format(key.notBefore()));
            if (key.notAfter() == null) {
                k.putNull("notAfter");
            } else {
                k.put("notAfter", Rfc3339.format(key.notAfter()));
            }
        }
        return header;
    }

    /** The header with the exported counts, sealed by the active ledger key. */
    public static ObjectNode signedHeader(String ledger, Instant exportedAt, List<LedgerPublicKey> keys, long entries,
                                          long checkpoints, long checkpointInterval, long signatures,
                                          LedgerSigningKey key) {
        ObjectNode header = header(ledger, exportedAt, keys);
        header.put("entries", entries);
        header.put("checkpoints", checkpoints);
        header.put("checkpointInterval", checkpointInterval);
        header.put("signatures", signatures);
        header.put("kid", key.kid());
        header.put("sig", key.seal(AuditJson.bytesToSeal(header)));
        return header;
    }
}
