package org.eqms.document;

import java.util.List;
import java.util.Objects;

/**
 * Where a Confluence page sits: its space, its id and the ids of its ancestors (any order; Confluence gives them
 * root first). A port value: the adapter reads it from the product, the sandbox from its own tables.
 */
public record PageLocation(String spaceKey, long pageId, List<Long> ancestorIds) {

    public PageLocation {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("A page location needs a space key");
        }
        if (pageId < 1) {
            throw new IllegalArgumentException("Page ids are positive: " + pageId);
        }
        ancestorIds = List.copyOf(Objects.requireNonNull(ancestorIds, "ancestorIds"));
    }

    /** A page at the top of its space (no ancestors). */
    public static PageLocation topLevel(String spaceKey, long pageId) {
        return new PageLocation(spaceKey, pageId, List.of());
    }
}
