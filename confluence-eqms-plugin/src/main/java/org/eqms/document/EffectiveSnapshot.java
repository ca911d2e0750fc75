package org.eqms.document;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The locked published version: the exact page version's title, storage-format body and attachment hashes,
 * stored when its revision became Effective, with the content hash (DESIGN §5) signed by the approvers. Readers
 * are served this, and the live page's history is compared against it on every view.
 */
public record EffectiveSnapshot(String documentId, String revisionLabel, long pageId, int pageVersion, String title,
                                String body, Map<String, String> attachmentHashes, String contentHash, Instant effectiveAt) {
    public EffectiveSnapshot {
        attachmentHashes = java.util.Collections.unmodifiableMap(new TreeMap<>(attachmentHashes));
    }

    /** True when {@code version} is, byte for byte, the content this snapshot locked. */
    public boolean matches(PageVersion version) {
        return version.pageId() == pageId && version.version() == pageVersion
                && version.contentHash().equals(contentHash);
    }

    @Override
    public String toString() {
        return "EffectiveSnapshot[" + documentId + " rev " + revisionLabel + ", page " + pageId + " v" + pageVersion + "]";
    }
}
