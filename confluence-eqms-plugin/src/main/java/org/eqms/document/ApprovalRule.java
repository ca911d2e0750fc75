package org.eqms.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who must approve a revision: required groups, each with an N-of-M quorum (N approvals from the M members of the
 * group), optionally in order (a group may sign only after the quorum of every earlier group is met), and whether the
 * author may approve their own revision (default: not). Each approver signs once per revision. Evaluated by
 * {@link ApprovalProgress}.
 *
 * @param groups           the required groups in order; at least one, names distinct
 * @param sequential       whether the groups sign in the listed order
 * @param authorMayApprove whether the author of a revision may approve it
 */
public record ApprovalRule(List<RequiredGroup> groups, boolean sequential, boolean authorMayApprove) {

    /** A required group and the number of its members who must approve (N of its M members). */
    public record RequiredGroup(String group, int quorum) {
        public RequiredGroup {
            if (group == null || group.isBlank()) {
                throw new InvalidConfigurationException("A required approver group has no name.",
                        "Choose an existing group for every required approver group.");
            }
            if (quorum < 1) {
                throw new InvalidConfigurationException(
                        "The quorum of approver group '" + group + "' is " + quorum + "; it must be at least 1.",
                        "Set how many members of '" + group + "' must approve (1 or more).");
            }
        }
    }

    public ApprovalRule {
        if (groups == null || groups.isEmpty()) {
            throw new InvalidConfigurationException("An approval rule needs at least one required approver group.",
                    "Add a required approver group and its quorum.");
        }
        groups = List.copyOf(groups);
        Set<String> names = new HashSet<>();
        for (RequiredGroup g : groups) {
            if (!names.add(g.group())) {
                throw new InvalidConfigurationException("Approver group '" + g.group() + "' is listed twice.",
                        "List each approver group once, with its quorum.");
            }
        }
    }

    /** Parallel groups, author may not approve (the defaults). */
    public static ApprovalRule of(RequiredGroup... groups) {
        return new ApprovalRule(List.of(groups), false, false);
    }

    /** Shorthand for a required group. */
    public static RequiredGroup group(String name, int quorum) {
        return new RequiredGroup(name, quorum);
    }

    /** The same rule with the groups signing in their listed order. */
    public ApprovalRule inSequence() {
        return new ApprovalRule(groups, true, authorMayApprove);
    }

    /** The same rule letting the author approve their own revision. */
    public ApprovalRule allowingAuthor() {
        return new ApprovalRule(groups, sequential, true);
    }

    /** The required group of this name, if any. */
    public Optional<RequiredGroup> requiredGroup(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }

    /** Position of the group in the rule, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).group().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The groups whose quorum cannot be met today: fewer members (M) than the quorum (N), not counting the author
     * when the author may not approve. Membership changes, so the admin page checks this when the rule is saved and
     * when a revision is submitted; it is a warning, not part of the rule's validity.
     *
     * @param authorKey the author of the revision in question, or {@code null} when checking the rule in general
     */
    public List<RequiredGroup> unreachableQuorums(GroupRoster roster, String authorKey) {
        List<RequiredGroup> unreachable = new ArrayList<>();
        for (RequiredGroup g : groups) {
            Set<String> members = roster.membersOf(g.group());
            long eligible = members.stream().filter(m -> authorMayApprove || !m.equals(authorKey)).count();
            if (eligible < g.quorum()) {
                unreachable.add(g);
            }
        }
        return unreachable;
    }
}
