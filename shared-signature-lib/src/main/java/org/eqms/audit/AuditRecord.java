package org.eqms.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Objects;

/** One audited action as the business layer records it, before it is linked into the chain. */
public record AuditRecord(Instant time, Actor actor, String action, AuditedObject object, ObjectNode data) {
    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Require.text(action, "action");
        Objects.requireNonNull(object, "object");
        data = data == null ? new AuditData().toJson() : data.deepCopy();
        if (!IntegersOnly.holdsIn(data)) {
            throw new IllegalArgumentException("audit data holds only integers within ±(2^53−1), no floats");
        }
    }

    @Override
    public ObjectNode data() {
        return data.deepCopy();
    }
}
