package org.eqms.trace;

import java.time.Instant;

/**
 * The record that someone re-reviewed a suspect link and found the trace still right (or fixed it): who, when, why,
 * and the mark it cleared.
 *
 * @param link        the link reviewed
 * @param reviewerKey user key of the reviewer
 * @param reviewedAt  when (server time)
 * @param reason      what the reviewer concluded
 * @param cleared     the suspect mark the review cleared
 */
public record LinkReview(TraceLink link, String reviewerKey, Instant reviewedAt, String reason, SuspectMark cleared) {
    public LinkReview {
        Require.value(link, "reviewed link");
        Require.text(reviewerKey, "reviewer");
        Require.value(reviewedAt, "review time");
        Require.text(reason, "reason of the review");
        Require.value(cleared, "suspect mark cleared");
    }
}
