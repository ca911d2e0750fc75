package org.eqms.signature;

import org.eqms.audit.AuditedObject;

/** An exact version of an object and the SHA-256 (hex) of its content: what a signature binds to. */
public record SignableVersion(AuditedObject object, String contentHash) {
    public SignableVersion {
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("content hash must be 64 lowercase hex digits");
        }
    }
}
