package org.eqms.document;

import static org.eqms.document.ApprovalRule.group;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** A small world for lifecycle tests: users, groups, a rule, and revisions in every state, built through the lifecycle. */
final class LifecycleFixtures {
    static final Instant NOW = Instant.parse("2026-11-23T06:01:02.345Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String DOC = "4242";
    static final String AUTHOR = "u-alice";
    static final String QA_1 = "u-carol";
    static final String QA_2 = "u-erin";
    static final String REG_1 = "u-dave";
    static final String CONTROLLER = "u-ctl";
    static final String STRANGER = "u-mallory";
    static final String H1 = "a".repeat(64);
    static final String H2 = "b".repeat(64);
    static final String H3 = "c".repeat(64);

    /** qa: carol, erin (and alice, the author); reg: dave. */
    static final Map<String, Set<String>> GROUPS = Map.of(
            "qa", Set.of(QA_1, QA_2, AUTHOR),
            "reg", Set.of(REG_1));
    static final GroupMembership MEMBERSHIP = (user, g) -> GROUPS.getOrDefault(g, Set.of()).contains(user);
    static final GroupRoster ROSTER = g -> GROUPS.getOrDefault(g, Set.of());
    static final DocumentControllers CONTROLLERS = (user, doc) -> user.equals(CONTROLLER);

    /** One qa and one reg approval. */
    static final ApprovalRule RULE = ApprovalRule.of(group("qa", 1), group("reg", 1));

    private LifecycleFixtures() {
    }

    static DocumentLifecycle lifecycle(ReviewEditPolicy policy) {
        return new DocumentLifecycle(RULE, MEMBERSHIP, CONTROLLERS, policy, CLOCK);
    }

    static DocumentLifecycle lifecycle() {
        return lifecycle(ReviewEditPolicy.RETURN_TO_DRAFT);
    }

    static Revision draft() {
        return Revision.draft(DOC, "A", AUTHOR, "First issue", H1);
    }

    static Approval approval(String id, String user, String group, String hash, int secondsAfterNow) {
        return Approval.of(id, user, "Approved", group, NOW.plusSeconds(secondsAfterNow), hash);
    }

    /** A revision in the given state, reached through the lifecycle; In Review ones carry a satisfying approval set. */
    static Revision revisionIn(DocumentState state) {
        DocumentLifecycle lc = lifecycle();
        Revision r = draft();
        if (state == DocumentState.DRAFT) {
            return r;
        }
        r = lc.apply(r, new LifecycleCommand.Submit(AUTHOR, H1)).revision();
        r = lc.recordApproval(r, approval("s-qa", QA_1, "qa", H1, -60)).revision();
        r = lc.recordApproval(r, approval("s-reg", REG_1, "reg", H1, -30)).revision();
        if (state == DocumentState.IN_REVIEW) {
            return r;
        }
        r = lc.apply(r, new LifecycleCommand.Approve(CONTROLLER)).revision();
        if (state == DocumentState.APPROVED) {
            return r;
        }
        r = lc.apply(r, new LifecycleCommand.MakeEffective(CONTROLLER, null)).revision();
        if (state == DocumentState.EFFECTIVE) {
            return r;
        }
        if (state == DocumentState.SUPERSEDED) {
            return lc.apply(r, new LifecycleCommand.Supersede(CONTROLLER, "B")).revision();
        }
        return lc.apply(r, new LifecycleCommand.MakeObsolete(CONTROLLER, "s-obs", "Obsoleted", "Process retired"))
                .revision();
    }

    /** A well-formed command for each action. */
    static LifecycleCommand validCommand(LifecycleAction action) {
        return switch (action) {
            case SUBMIT -> new LifecycleCommand.Submit(AUTHOR, H1);
            case WITHDRAW -> new LifecycleCommand.Withdraw(AUTHOR, "Not ready");
            case REJECT -> new LifecycleCommand.Reject(QA_1, "Section 3 is wrong");
            case APPROVE -> new LifecycleCommand.Approve(CONTROLLER);
            case MAKE_EFFECTIVE -> new LifecycleCommand.MakeEffective(CONTROLLER, null);
            case SUPERSEDE -> new LifecycleCommand.Supersede(CONTROLLER, "B");
            case MAKE_OBSOLETE -> new LifecycleCommand.MakeObsolete(CONTROLLER, "s-obs", "Obsoleted", "Retired");
            case EDIT_DURING_REVIEW -> new LifecycleCommand.EditDuringReview(AUTHOR, H2);
        };
    }
}
