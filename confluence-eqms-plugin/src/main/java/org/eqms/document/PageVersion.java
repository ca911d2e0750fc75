package org.eqms.document;

import java.util.Objects;
import org.eqms.audit.AuditedObject;
import org.eqms.signature.SignableVersion;

/**
 * One exact version of a Confluence page as stored: what an approver signs and what an effective revision's snapshot
 * keeps.
 *
 * @param pageId  the Confluence page (content) id, positive
 * @param version the page's version number, from 1
 * @param title   the title of that version
 * @param body    the storage-format XHTML body of that version, exactly as stored
 */
public record PageVersion(long pageId, int version, String title, String body) {

    /** The object type of page versions in signatures and audit entries (docs/formats.md §5). */
    public static final String OBJECT_TYPE = "confluence.page";

    public PageVersion {
        if (pageId < 1) {
            throw new IllegalArgumentException("Page ids are positive: " + pageId);
        }
        if (version < 1) {
            throw new IllegalArgumentException("Page versions start at 1: " + version);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** The {@link PageContentHash} of this version. */
    public String contentHash() {
        return PageContentHash.of(pageId, version, title, body);
    }

    /** The audited object: {@code {"type":"confluence.page","id":"<page id>","version":<version>}}. */
    public AuditedObject auditedObject() {
        return new AuditedObject(OBJECT_TYPE, Long.toString(pageId), version);
    }

    /** What a signature of this version binds to: the object and its content hash. */
    public SignableVersion toSignable() {
        return new SignableVersion(auditedObject(), contentHash());
    }

    /** Title and size only: bodies can be large and are not for logs. */
    @Override
    public String toString() {
        return "PageVersion[pageId=" + pageId + ", version=" + version + ", title=" + title + ", body="
                + body.length() + " chars]";
    }
}
