package org.eqms.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.canonical.Rfc3339;

import java.time.Instant;

/**
 * A signed statement that the first {@code treeSize} entries have the RFC 9162 Merkle root {@code root}
 * (DESIGN §6). {@code sig} is Ed25519 over the JCS bytes of the checkpoint line without {@code sig}.
 */
public record Checkpoint(long treeSize, String root, Instant time, String kid, String sig) {

    public static ObjectNode unsigned(long treeSize, String root, Instant time, String kid) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", "checkpoint");
        node.put("treeSize", treeSize);
        node.put("root", root);
        node.put("time", Rfc3339.format(time));
        node.put("kid", kid);
        return node;
    }

    public ObjectNode toJson() {
        ObjectNode node = unsigned(treeSize, root, time, kid);
        node.put("sig", sig);
        return node;
    }
}
