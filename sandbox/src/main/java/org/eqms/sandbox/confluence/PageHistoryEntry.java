package org.eqms.sandbox.confluence;

import java.time.Instant;

/** One version in a sandbox page's history: who wrote it and when (the body is read through the page source). */
public record PageHistoryEntry(long pageId, int version, String title, String authorKey, Instant createdAt) {
}
