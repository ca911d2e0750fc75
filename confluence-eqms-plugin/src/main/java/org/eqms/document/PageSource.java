package org.eqms.document;

import java.util.Map;
import java.util.Optional;

/** Port: Confluence pages as the domain needs them (PageManager in the product, the sandbox's page table). */
public interface PageSource {
    /** The page's current version. */
    Optional<PageVersion> current(long pageId);

    /** A historical version; empty when Confluence no longer keeps it (e.g. removed by a retention rule). */
    Optional<PageVersion> version(long pageId, int version);

    /** SHA-256 (hex) of each attachment of that page version, by file name. */
    Map<String, String> attachmentHashes(long pageId, int version);

    Optional<PageLocation> location(long pageId);
}
