package org.eqms.document;

import java.time.Instant;

/**
 * A controlled document: a Confluence page under document control, with the number allocated to it once
 * (unique per space, never reused) and its type.
 */
public record ControlledDocument(String id, String spaceKey, long pageId, String typeKey, String number,
                                 String createdBy, Instant createdAt) {
    public ControlledDocument {
        NonBlank.check(id, "document id");
        NonBlank.check(spaceKey, "space key");
        NonBlank.check(typeKey, "document type");
        NonBlank.check(number, "document number");
        NonBlank.check(createdBy, "creator");
        if (pageId <= 0) {
            throw new IllegalArgumentException("page id must be positive");
        }
    }
}
