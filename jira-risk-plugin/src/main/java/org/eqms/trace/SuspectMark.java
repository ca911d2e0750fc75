package org.eqms.trace;

import java.time.Instant;

/**
 * Why a link is suspect: which upstream item changed, by whom and when, and its content hash before and after
 * ({@link TraceItemHash}).
 *
 * @param link          the suspect link
 * @param changedItemId the upstream item whose change made it suspect (the link's own upstream end or an item
 *                      further up the trace)
 * @param changedBy     user key of who changed it
 * @param changedAt     when (server time)
 * @param hashBefore    content hash of the item before the change
 * @param hashAfter     content hash after
 */
public record SuspectMark(TraceLink link, String changedItemId, String changedBy, Instant changedAt, String hashBefore,
                          String hashAfter) {
    public SuspectMark {
        Require.value(link, "suspect link");
        Require.text(changedItemId, "changed item");
        Require.text(changedBy, "user who changed the item");
        Require.value(changedAt, "change time");
        Require.text(hashBefore, "content hash before the change");
        Require.text(hashAfter, "content hash after the change");
    }
}
