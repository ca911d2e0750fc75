package org.eqms.e2e.reliability;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Submitted documents waiting for signatures, as an approver's inbox would list them: each is handed to every
 * approver it still needs exactly once, so two sessions of the same approver never sign the same revision; then,
 * with its approvals complete, once to the document controller.
 */
final class ReviewQueue {
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private final Deque<String> approved = new ArrayDeque<>();
    private final Set<String> everApproved = new java.util.HashSet<>();

    /** A submitted document that needs a signature from each of {@code approvers} (user names). */
    synchronized void submitted(String documentId, Set<String> approvers) {
        waiting.add(new Waiting(documentId, new LinkedHashSet<>(approvers)));
    }

    /** The oldest document still needing {@code approver}'s signature, now taken off their list. */
    synchronized Optional<String> next(String approver) {
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            Waiting document = it.next();
            if (document.approvers().remove(approver)) {
                if (document.approvers().isEmpty()) {
                    it.remove();
                }
                return Optional.of(document.documentId());
            }
        }
        return Optional.empty();
    }

    /**
     * A document whose approvals are complete, for the document controller once: two approvers signing at the same
     * moment may both be told the approvals are complete.
     */
    synchronized void approved(String documentId) {
        if (everApproved.add(documentId)) {
            approved.add(documentId);
        }
    }

    synchronized Optional<String> nextApproved() {
        return Optional.ofNullable(approved.poll());
    }

    private record Waiting(String documentId, Set<String> approvers) {
    }
}
