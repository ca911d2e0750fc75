package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.canonical.Sha256;

/** The JSON shapes of the {@code eqms-audit-export/1} lines that describe entries (DESIGN §6). */
public final class AuditJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AuditJson() {
    }

    public static ObjectNode entry(AuditEntry entry) {
        ObjectNode node = entryWithoutHash(entry.seq(), entry.record(), entry.prev());
        node.put("hash", entry.hash());
        return node;
    }

    static ObjectNode entryWithoutHash(long seq, AuditRecord record, String prev) {
        ObjectNode node = JSON.objectNode();
        node.put("kind", "entry");
        node.put("seq", seq);
        node.put("time", Rfc3339.format(record.time()));
        ObjectNode actor = node.putObject("actor");
        actor.put("userKey", record.actor().userKey());
        actor.put("name", record.actor().name());
        node.put("action", record.action());
        node.set("object", object(record.object()));
        node.set("data", record.data());
        node.put("prev", prev);
        return node;
    }

    public static ObjectNode object(AuditedObject object) {
        ObjectNode node = JSON.objectNode();
        node.put("type", object.type());
        node.put("id", object.id());
        if (object.version() == null) {
            node.putNull("version");
        } else {
            node.put("version", object.version().intValue());
        }
        return node;
    }

    /** SHA-256 hex of the JCS bytes of {@code node} with its {@code hash} member (if any) removed. */
    public static String hashOf(JsonNode node) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("hash");
        return Sha256.hex(Jcs.canonicalize(copy));
    }

    /** The JCS bytes of {@code node} without its {@code sig} member: what a seal signs. */
    public static byte[] bytesToSeal(JsonNode node) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("sig");
        return Jcs.canonicalize(copy);
    }
}
