package org.eqms.trace;

import java.time.Instant;

/** What a list of baselines shows without loading their snapshots: id, label, author, time, hash and sizes. */
public record BaselineSummary(String id, String label, String createdBy, Instant createdAt, String hash, int items,
                              int links) {
}
