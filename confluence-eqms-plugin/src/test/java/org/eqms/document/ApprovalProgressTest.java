package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.document.ApprovalRule.group;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApprovalProgressTest {
    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00.000Z");
    private static final String HASH = "1".repeat(64);
    private static final String OLD = "0".repeat(64);
    private static final String AUTHOR = "author";

    /** qa: q1 q2 q3 author; reg: r1 r2; both: x. */
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "qa", Set.of("q1", "q2", "q3", "x", AUTHOR),
            "reg", Set.of("r1", "r2", "x"));
    private static final GroupMembership MEMBERS = (u, g) -> GROUPS.getOrDefault(g, Set.of()).contains(u);

    private static final ApprovalRule QA2_REG1 = ApprovalRule.of(group("qa", 2), group("reg", 1));
    private static final ApprovalRule QA2_THEN_REG1 = QA2_REG1.inSequence();

    private static Approval ok(String id, String user, String group, int minute) {
        return Approval.of(id, user, "Approved", group, T0.plusSeconds(60L * minute), HASH);
    }

    private static ApprovalProgress progress(ApprovalRule rule, List<Approval> approvals) {
        return ApprovalProgress.of(rule, MEMBERS, AUTHOR, HASH, approvals);
    }

    static Stream<Arguments> eligibility() {
        return Stream.of(
                Arguments.of("first qa approver", QA2_REG1, List.of(), "q1", "qa", null),
                Arguments.of("reg approver in parallel", QA2_REG1, List.of(), "r1", "reg", null),
                Arguments.of("stranger", QA2_REG1, List.of(), "nobody", null, ApprovalRefusal.NOT_IN_REQUIRED_GROUP),
                Arguments.of("author", QA2_REG1, List.of(), AUTHOR, null, ApprovalRefusal.AUTHOR_MAY_NOT_APPROVE),
                Arguments.of("author when allowed", QA2_REG1.allowingAuthor(), List.of(), AUTHOR, "qa", null),
                Arguments.of("already signed", QA2_REG1, List.of(ok("s1", "q1", "qa", 0)), "q1", null,
                        ApprovalRefusal.ALREADY_SIGNED),
                Arguments.of("signed before but invalidated: signs again", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0).invalidate()), "q1", "qa", null),
                Arguments.of("signed older content: signs again", QA2_REG1,
                        List.of(Approval.of("s1", "q1", "Approved", "qa", T0, OLD)), "q1", "qa", null),
                Arguments.of("reg waits for qa in sequence", QA2_THEN_REG1, List.of(ok("s1", "q1", "qa", 0)), "r1",
                        null, ApprovalRefusal.WAITING_FOR_EARLIER_GROUP),
                Arguments.of("reg signs once qa quorum met", QA2_THEN_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1)), "r1", "reg", null),
                Arguments.of("qa quorum complete", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1)), "q3", null,
                        ApprovalRefusal.GROUP_QUORUM_COMPLETE),
                Arguments.of("member of both, qa complete: signs for reg", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1)), "x", "reg", null),
                Arguments.of("member of both, sequential: qa first", QA2_THEN_REG1, List.of(), "x", "qa", null),
                Arguments.of("member of both, all complete", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1), ok("s3", "r1", "reg", 2)), "x",
                        null, ApprovalRefusal.GROUP_QUORUM_COMPLETE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibility")
    void whoMaySignNowAndForWhichGroup(String why, ApprovalRule rule, List<Approval> approvals, String user,
                                       String group, ApprovalRefusal refusal) {
        ApprovalEligibility e = progress(rule, approvals).canSign(user);
        assertThat(e.allowed()).isEqualTo(refusal == null);
        assertThat(e.group()).isEqualTo(group);
        assertThat(e.refusal()).isEqualTo(refusal);
        assertThat(e.message()).isNotBlank();
    }

    @Test
    void signingForAGroupTheUserIsNotInIsRefused() {
        ApprovalProgress p = progress(QA2_REG1, List.of());
        assertThat(p.canSign("q1", "reg").refusal()).isEqualTo(ApprovalRefusal.NOT_IN_REQUIRED_GROUP);
        assertThat(p.canSign("q1", "unknown").refusal()).isEqualTo(ApprovalRefusal.NOT_IN_REQUIRED_GROUP);
        assertThat(p.canSign("x", "reg").group()).isEqualTo("reg");
    }

    static Stream<Arguments> counting() {
        return Stream.of(
                Arguments.of("nothing yet", QA2_REG1, List.of(), List.of(0, 0), false),
                Arguments.of("quorum met everywhere", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1), ok("s3", "r1", "reg", 2)),
                        List.of(2, 1), true),
                Arguments.of("invalidated approvals do not count", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1).invalidate(), ok("s3", "r1", "reg", 2)),
                        List.of(1, 1), false),
                Arguments.of("approvals of other content do not count", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), Approval.of("s2", "q2", "Approved", "qa", T0, OLD),
                                ok("s3", "r1", "reg", 2)), List.of(1, 1), false),
                Arguments.of("one approver counts once", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q1", "qa", 1), ok("s3", "r1", "reg", 2)),
                        List.of(1, 1), false),
                Arguments.of("a member of both groups counts for one only", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "x", "qa", 1), ok("s3", "x", "reg", 2)),
                        List.of(2, 0), false),
                Arguments.of("author's own approval does not count", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", AUTHOR, "qa", 1), ok("s3", "r1", "reg", 2)),
                        List.of(1, 1), false),
                Arguments.of("author's approval counts when allowed", QA2_REG1.allowingAuthor(),
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", AUTHOR, "qa", 1), ok("s3", "r1", "reg", 2)),
                        List.of(2, 1), true),
                Arguments.of("non-member's approval does not count", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "r1", "qa", 1), ok("s3", "r2", "reg", 2)),
                        List.of(1, 1), false),
                Arguments.of("approval for a group outside the rule does not count", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "other", 1)), List.of(1, 0), false),
                Arguments.of("sequential: reg before qa's quorum does not count", QA2_THEN_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s3", "r1", "reg", 1), ok("s2", "q2", "qa", 2)),
                        List.of(2, 0), false),
                Arguments.of("sequential: reg at or after qa's quorum counts", QA2_THEN_REG1,
                        List.of(ok("s3", "r1", "reg", 1), ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1)),
                        List.of(2, 1), true),
                Arguments.of("parallel: order does not matter", QA2_REG1,
                        List.of(ok("s3", "r1", "reg", 0), ok("s1", "q1", "qa", 1), ok("s2", "q2", "qa", 2)),
                        List.of(2, 1), true),
                Arguments.of("extra approvals beyond the quorum are not counted", QA2_REG1,
                        List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 1), ok("s4", "q3", "qa", 2),
                                ok("s3", "r1", "reg", 3)), List.of(2, 1), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counting")
    @Clause("ISO13485-4.2.4")
    @Clause("21CFR11.70")
    void whichApprovalsCountTowardTheRule(String why, ApprovalRule rule, List<Approval> approvals,
                                          List<Integer> countsPerGroup, boolean satisfied) {
        ApprovalProgress p = progress(rule, approvals);
        assertThat(p.groups()).extracting(ApprovalProgress.GroupProgress::count).containsExactlyElementsOf(countsPerGroup);
        assertThat(p.isSatisfied()).isEqualTo(satisfied);
        assertThat(p.counted()).allMatch(a -> !a.invalidated() && a.contentHash().equals(HASH));
    }

    @Test
    void groupProgressReportsQuorumMissingAndCompletionTime() {
        ApprovalProgress p = progress(QA2_REG1, List.of(ok("s1", "q1", "qa", 0), ok("s2", "q2", "qa", 7)));
        assertThat(p.group("qa")).isEqualTo(new ApprovalProgress.GroupProgress("qa", 2, 2, true, T0.plusSeconds(420)));
        assertThat(p.group("reg").missing()).isEqualTo(1);
        assertThat(p.group("reg").completedAt()).isNull();
    }
}
