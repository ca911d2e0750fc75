package org.eqms.audit;

/** What an action was done to: a type, an id, and the version where the object is versioned (else null). */
public record AuditedObject(String type, String id, Integer version) {
    public AuditedObject {
        Require.text(type, "object type");
        Require.text(id, "object id");
    }

    public static AuditedObject of(String type, String id) {
        return new AuditedObject(type, id, null);
    }
}
