package org.eqms.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The collected approvals of one revision evaluated against its {@link ApprovalRule}.
 *
 * <p>An approval counts only if it is not invalidated and covers the current content hash
 * ({@link SignatureInvalidation#mayCount}), is given for a required group its signer is a member of, is not the
 * author's (unless the rule allows it), is the signer's first counting approval of the revision, comes while its
 * group's quorum was still open, and, for a sequential rule, was given at or after the moment every earlier group's
 * quorum was met. Counting goes in time order, so the result does not depend on the order approvals were stored.
 */
public final class ApprovalProgress {

    /** Progress of one required group. */
    public record GroupProgress(String group, int quorum, int count, boolean complete, Instant completedAt) {
        public int missing() {
            return Math.max(0, quorum - count);
        }
    }

    private final ApprovalRule rule;
    private final GroupMembership membership;
    private final String authorKey;
    private final String contentHash;
    private final List<Approval> approvals;
    private final List<Approval> counted = new ArrayList<>();
    private final Map<String, GroupTally> tallies = new LinkedHashMap<>();

    private static final class GroupTally {
        final ApprovalRule.RequiredGroup required;
        int count;
        Instant completedAt;

        GroupTally(ApprovalRule.RequiredGroup required) {
            this.required = required;
        }

        boolean complete() {
            return count >= required.quorum();
        }
    }

    private ApprovalProgress(ApprovalRule rule, GroupMembership membership, String authorKey, String contentHash,
                             Collection<Approval> approvals) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.membership = Objects.requireNonNull(membership, "membership");
        this.authorKey = NonBlank.check(authorKey, "authorKey");
        this.contentHash = NonBlank.check(contentHash, "contentHash");
        this.approvals = List.copyOf(approvals);
        rule.groups().forEach(g -> tallies.put(g.group(), new GroupTally(g)));
        tally();
    }

    /** Evaluate approvals collected for a revision by this author whose current content hash is given. */
    public static ApprovalProgress of(ApprovalRule rule, GroupMembership membership, String authorKey,
                                      String currentContentHash, Collection<Approval> approvals) {
        return new ApprovalProgress(rule, membership, authorKey, currentContentHash, approvals);
    }

    /** Evaluate the approvals held by a revision against its current content hash. */
    public static ApprovalProgress of(ApprovalRule rule, GroupMembership membership, Revision revision) {
        return of(rule, membership, revision.authorKey(), revision.contentHash(), revision.approvals());
    }

    private void tally() {
        Set<String> signers = new HashSet<>();
        List<Approval> inTimeOrder = new ArrayList<>(approvals);
        inTimeOrder.sort(Comparator.comparing(Approval::time).thenComparing(Approval::signatureId));
        for (Approval a : inTimeOrder) {
            GroupTally tally = tallies.get(a.group());
            if (tally == null || !SignatureInvalidation.mayCount(a, contentHash) || isBarredAuthor(a.userKey())
                    || signers.contains(a.userKey()) || tally.complete()
                    || !membership.isMember(a.userKey(), a.group()) || !earlierGroupsCompleteAt(a.group(), a.time())) {
                continue;
            }
            signers.add(a.userKey());
            counted.add(a);
            tally.count++;
            if (tally.complete()) {
                tally.completedAt = a.time();
            }
        }
    }

    private boolean isBarredAuthor(String userKey) {
        return !rule.authorMayApprove() && userKey.equals(authorKey);
    }

    /** Whether (for a sequential rule) every group before this one had met its quorum at that time. */
    private boolean earlierGroupsCompleteAt(String group, Instant time) {
        if (!rule.sequential()) {
            return true;
        }
        for (ApprovalRule.RequiredGroup earlier : rule.groups()) {
            if (earlier.group().equals(group)) {
                return true;
            }
            Instant done = tallies.get(earlier.group()).completedAt;
            if (done == null || (time != null && time.isBefore(done))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every required group's quorum is met by counting approvals. */
    public boolean isSatisfied() {
        return tallies.values().stream().allMatch(GroupTally::complete);
    }

    /** Progress per required group, in the rule's order. */
    public List<GroupProgress> groups() {
        List<GroupProgress> result = new ArrayList<>();
        for (GroupTally t : tallies.values()) {
            result.add(new GroupProgress(t.required.group(), t.required.quorum(), t.count, t.complete(), t.completedAt));
        }
        return result;
    }

    /** Progress of one required group. */
    public GroupProgress group(String name) {
        GroupTally t = tallies.get(name);
        if (t == null) {
            throw new IllegalArgumentException("'" + name + "' is not a required group of the rule");
        }
        return new GroupProgress(name, t.required.quorum(), t.count, t.complete(), t.completedAt);
    }

    /** The approvals that count, in time order. */
    public List<Approval> counted() {
        return List.copyOf(counted);
    }

    /** Whether the user may sign an approval now, for the first required group they can sign for. */
    public ApprovalEligibility canSign(String userKey) {
        ApprovalEligibility personal = personalBar(userKey);
        if (personal != null) {
            return personal;
        }
        ApprovalEligibility firstRefusal = null;
        for (ApprovalRule.RequiredGroup g : rule.groups()) {
            if (!membership.isMember(userKey, g.group())) {
                continue;
            }
            ApprovalEligibility forGroup = groupBar(g.group());
            if (forGroup == null) {
                return ApprovalEligibility.allowed(g.group());
            }
            if (firstRefusal == null
                    || firstRefusal.refusal() == ApprovalRefusal.GROUP_QUORUM_COMPLETE
                    && forGroup.refusal() == ApprovalRefusal.WAITING_FOR_EARLIER_GROUP) {
                firstRefusal = forGroup;
            }
        }
        if (firstRefusal != null) {
            return firstRefusal;
        }
        return ApprovalEligibility.refused(ApprovalRefusal.NOT_IN_REQUIRED_GROUP,
                "User '" + userKey + "' is not a member of any required approver group (" + groupNames() + ").");
    }

    /** Whether the user may sign an approval now for this particular required group. */
    public ApprovalEligibility canSign(String userKey, String group) {
        ApprovalEligibility personal = personalBar(userKey);
        if (personal != null) {
            return personal;
        }
        if (!tallies.containsKey(group) || !membership.isMember(userKey, group)) {
            return ApprovalEligibility.refused(ApprovalRefusal.NOT_IN_REQUIRED_GROUP,
                    "User '" + userKey + "' cannot approve for '" + group + "': the required approver groups are "
                            + groupNames() + " and the user must be a member of the group.");
        }
        ApprovalEligibility forGroup = groupBar(group);
        return forGroup == null ? ApprovalEligibility.allowed(group) : forGroup;
    }

    private ApprovalEligibility personalBar(String userKey) {
        NonBlank.check(userKey, "userKey");
        if (isBarredAuthor(userKey)) {
            return ApprovalEligibility.refused(ApprovalRefusal.AUTHOR_MAY_NOT_APPROVE,
                    "User '" + userKey + "' is the author of this revision and may not approve it.");
        }
        for (Approval a : approvals) {
            if (a.userKey().equals(userKey) && SignatureInvalidation.mayCount(a, contentHash)) {
                return ApprovalEligibility.refused(ApprovalRefusal.ALREADY_SIGNED,
                        "User '" + userKey + "' has already approved this revision (signature " + a.signatureId() + ").");
            }
        }
        return null;
    }

    private ApprovalEligibility groupBar(String group) {
        GroupTally tally = tallies.get(group);
        if (tally.complete()) {
            return ApprovalEligibility.refused(ApprovalRefusal.GROUP_QUORUM_COMPLETE,
                    "The quorum of '" + group + "' (" + tally.required.quorum() + ") is already met.");
        }
        if (rule.sequential()) {
            for (ApprovalRule.RequiredGroup earlier : rule.groups()) {
                if (earlier.group().equals(group)) {
                    break;
                }
                GroupTally t = tallies.get(earlier.group());
                if (!t.complete()) {
                    return ApprovalEligibility.refused(ApprovalRefusal.WAITING_FOR_EARLIER_GROUP,
                            "'" + group + "' signs after '" + earlier.group() + "', which has " + t.count + " of "
                                    + t.required.quorum() + " approvals.");
                }
            }
        }
        return null;
    }

    private String groupNames() {
        return String.join(", ", tallies.keySet());
    }
}
