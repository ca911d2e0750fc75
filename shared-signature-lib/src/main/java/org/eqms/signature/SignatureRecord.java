package org.eqms.signature;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.AuditJson;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.canonical.Rfc3339;

import java.time.Instant;

/**
 * An electronic signature (21 CFR 11.50, 11.70): the exact object version and content hash signed, the signer's
 * key and printed name at signing time, the meaning, the reason, the server time, the authentication method and
 * challenge, the audit entry that recorded it, and the ledger's Ed25519 seal. {@code entrySeq}, {@code kid} and
 * {@code sig} are null until the recording entry is chained (milliseconds after signing).
 */
public record SignatureRecord(String id, AuditedObject object, String contentHash, String signerKey, String signerName,
                              String meaning, String reason, Instant time, String authMethod, String challengeId,
                              Long entrySeq, String kid, String sig) {

    public boolean sealed() {
        return sig != null;
    }

    /** The {@code signature} export line without {@code sig}: the bytes the seal signs, once {@code entrySeq} and {@code kid} are set. */
    public ObjectNode unsealedJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", "signature");
        node.put("id", id);
        node.set("object", AuditJson.object(object));
        node.put("contentHash", contentHash);
        ObjectNode signer = node.putObject("signer");
        signer.put("userKey", signerKey);
        signer.put("name", signerName);
        node.put("meaning", meaning);
        if (reason == null) {
            node.putNull("reason");
        } else {
            node.put("reason", reason);
        }
        node.put("time", Rfc3339.format(time));
        node.put("authMethod", authMethod);
        node.put("challenge", challengeId);
        if (entrySeq != null) {
            node.put("entrySeq", entrySeq.longValue());
        }
        if (kid != null) {
            node.put("kid", kid);
        }
        return node;
    }

    public ObjectNode toJson() {
        ObjectNode node = unsealedJson();
        if (sig != null) {
            node.put("sig", sig);
        }
        return node;
    }

    public SignatureRecord sealedWith(long seq, String keyId, String seal) {
        return new SignatureRecord(id, object, contentHash, signerKey, signerName, meaning, reason, time, authMethod,
                challengeId, seq, keyId, seal);
    }
}
