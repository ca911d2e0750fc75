package org.eqms.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Signatures bind content (21 CFR 11.70, DESIGN §5). When the content of a page under review changes, every approval
 * collected for the revision whose content hash differs from the new content is invalidated: kept, marked
 * invalidated, and listed so the trail names it. And the race rule: an approval whose content hash is not the
 * revision's current content hash never counts toward Approved or Effective, whatever order events arrive in.
 */
public final class SignatureInvalidation {
    private SignatureInvalidation() {
    }

    /** The approvals after the rule was applied, and the signature ids it invalidated now (in collected order). */
    public record Outcome(List<Approval> approvals, List<String> invalidatedIds) {
        public Outcome {
            approvals = List.copyOf(approvals);
            invalidatedIds = List.copyOf(invalidatedIds);
        }

        public boolean invalidatedAny() {
            return !invalidatedIds.isEmpty();
        }
    }

    /** The race rule: whether this approval may count for a revision whose current content hash is given. */
    public static boolean mayCount(Approval approval, String currentContentHash) {
        return !approval.invalidated() && approval.contentHash().equals(currentContentHash);
    }

    /** The page content is now {@code newContentHash}: invalidate every valid approval of other content. */
    public static Outcome onContentChange(List<Approval> approvals, String newContentHash) {
        return invalidateWhere(approvals, a -> !a.contentHash().equals(newContentHash));
    }

    /** A review round ended without approval (reject, withdraw, edit back to Draft): invalidate every valid approval. */
    public static Outcome endOfReviewRound(List<Approval> approvals) {
        return invalidateWhere(approvals, a -> true);
    }

    private static Outcome invalidateWhere(List<Approval> approvals, java.util.function.Predicate<Approval> stale) {
        List<Approval> after = new ArrayList<>(approvals.size());
        List<String> ids = new ArrayList<>();
        for (Approval a : approvals) {
            if (!a.invalidated() && stale.test(a)) {
                after.add(a.invalidate());
                ids.add(a.signatureId());
            } else {
                after.add(a);
            }
        }
        return new Outcome(after, ids);
    }
}
