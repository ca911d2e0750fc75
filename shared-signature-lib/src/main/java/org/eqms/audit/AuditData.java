package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code data} member of an audit entry: old and new values of what changed, the reason, the client IP,
 * and any further facts. Values are JSON strings, integers, booleans or null: never floats (DESIGN §6).
 */
public final class AuditData {
    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    public static AuditData empty() {
        return new AuditData();
    }

    public AuditData change(String field, String oldValue, String newValue) {
        ObjectNode change = changes().putObject(field);
        change.put("old", oldValue);
        change.put("new", newValue);
        return this;
    }

    public AuditData change(String field, Long oldValue, Long newValue) {
        ObjectNode change = changes().putObject(field);
        change.put("old", oldValue == null ? null : IntegersOnly.check(oldValue));
        change.put("new", newValue == null ? null : IntegersOnly.check(newValue));
        return this;
    }

    public AuditData reason(String reason) {
        if (reason != null) {
            node.put("reason", reason);
        }
        return this;
    }

    public AuditData clientIp(String clientIp) {
        if (clientIp != null) {
            node.put("clientIp", clientIp);
        }
        return this;
    }

    public AuditData put(String key, String value) {
        node.put(key, value);
        return this;
    }

    public AuditData put(String key, long value) {
        node.put(key, IntegersOnly.check(value));
        return this;
    }

    public AuditData put(String key, boolean value) {
        node.put(key, value);
        return this;
    }

    public AuditData put(String key, JsonNode value) {
        if (!IntegersOnly.holdsIn(value)) {
            throw new IllegalArgumentException("audit data holds only integers within ±(2^53−1), no floats");
        }
        node.set(key, value);
        return this;
    }

    public ObjectNode toJson() {
        return node.deepCopy();
    }

    private ObjectNode changes() {
        JsonNode existing = node.get("changes");
        return existing instanceof ObjectNode o ? o : node.putObject("changes");
    }
}
