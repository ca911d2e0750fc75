package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.document.ApprovalRule.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.eqms.compliance.Clause;

/**
 * Random sequences of actions, legal or not, from Draft: the revision only ever moves along the documented edges, a
 * refused action changes nothing, no signature is ever dropped or revived, and an Approved or Effective revision
 * always satisfies its rule with valid approvals of exactly its content.
 */
class DocumentLifecycleProperties {
    private static final String AUTHOR = "a";
    private static final List<String> USERS = List.of(AUTHOR, "u1", "u2", "u3", "u4", "ctl", "nobody");
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "g1", Set.of(AUTHOR, "u1", "u2"),
            "g2", Set.of("u2", "u3", "u4"));
    private static final List<String> GROUP_NAMES = List.of("g1", "g2", "g3");
    private static final List<String> HASHES = List.of("1".repeat(64), "2".repeat(64), "3".repeat(64));
    private static final GroupMembership MEMBERS = (u, g) -> GROUPS.getOrDefault(g, Set.of()).contains(u);
    private static final DocumentControllers CONTROLLERS = (u, d) -> u.equals("ctl");

    /** The documented edges (from → to), including In Review → In Review for a restarted review. */
    private static final Map<DocumentState, Set<DocumentState>> EDGES = Map.of(
            DocumentState.DRAFT, EnumSet.of(DocumentState.IN_REVIEW),
            DocumentState.IN_REVIEW, EnumSet.of(DocumentState.DRAFT, DocumentState.APPROVED, DocumentState.IN_REVIEW),
            DocumentState.APPROVED, EnumSet.of(DocumentState.EFFECTIVE, DocumentState.APPROVED),
            DocumentState.EFFECTIVE, EnumSet.of(DocumentState.SUPERSEDED, DocumentState.OBSOLETE),
            DocumentState.SUPERSEDED, EnumSet.noneOf(DocumentState.class),
            DocumentState.OBSOLETE, EnumSet.noneOf(DocumentState.class));

    @Property(tries = 500)
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(f)")
    void randomActionsNeverLeaveTheDocumentedLifecycleNorApproveUnsignedContent(
            @ForAll @IntRange(min = 1, max = 2) int quorum1, @ForAll @IntRange(min = 0, max = 2) int quorum2,
            @ForAll boolean sequential, @ForAll boolean authorMayApprove, @ForAll boolean restartReview,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 99_999) Integer> steps) {
        List<ApprovalRule.RequiredGroup> groups = new ArrayList<>(List.of(group("g1", quorum1)));
        if (quorum2 > 0) {
            groups.add(group("g2", quorum2));
        }
        ApprovalRule rule = new ApprovalRule(groups, sequential, authorMayApprove);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:00:00.000Z"));
        DocumentLifecycle lc = new DocumentLifecycle(rule, MEMBERS, CONTROLLERS,
                restartReview ? ReviewEditPolicy.RESTART_REVIEW : ReviewEditPolicy.RETURN_TO_DRAFT, clock);
        Revision r = Revision.draft("doc", "A", AUTHOR, "First issue", HASHES.get(0));
        int signatures = 0;

        for (int step : steps) {
            clock.advance(Duration.ofMinutes(1 + step % 3));
            Revision before = r;
            try {
                r = next(lc, r, step, clock.instant(), signatures);
            } catch (IllegalTransitionException | ApprovalRefusedException refused) {
                assertThat(r).isSameAs(before);
            }
            if (r.approvals().size() > before.approvals().size()) {
                signatures++;
            }
            assertThat(EDGES.get(before.state()).contains(r.state()) || r.state() == before.state())
                    .as("%s → %s", before.state(), r.state()).isTrue();
            assertSignaturesKept(before, r);
            assertApprovedContentIsSigned(rule, r);
            Statistics.label("states visited").collect(r.state());
        }
    }

    private static Revision next(DocumentLifecycle lc, Revision r, int step, Instant now, int signatures) {
        int p = step / 16;
        String user = USERS.get(p % USERS.size());
        String hash = HASHES.get(p % HASHES.size());
        return switch (step % 16) {
            case 0 -> lc.apply(r, new LifecycleCommand.Submit(user, hash)).revision();
            case 1 -> lc.apply(r, new LifecycleCommand.Withdraw(user, p % 2 == 0 ? null : "why")).revision();
            case 2 -> lc.apply(r, new LifecycleCommand.Reject(user, p % 3 == 0 ? " " : "wrong")).revision();
            case 3, 4 -> lc.apply(r, new LifecycleCommand.Approve(user)).revision();
            case 5 -> lc.apply(r, new LifecycleCommand.MakeEffective(user,
                    p % 3 == 0 ? null : now.plus(Duration.ofMinutes(p % 7 - 2)))).revision();
            case 6 -> lc.apply(r, new LifecycleCommand.Supersede(user, p % 2 == 0 ? "B" : "A")).revision();
            case 7 -> lc.apply(r, new LifecycleCommand.MakeObsolete(user, "obs" + p, "Obsoleted",
                    p % 4 == 0 ? null : "retired")).revision();
            case 8 -> lc.apply(r, new LifecycleCommand.EditDuringReview(user, hash)).revision();
            case 9 -> lc.becomeEffectiveIfDue(r).map(Transition::revision).orElse(r);
            default -> {
                // sign: mostly the current content for one of the signer's groups; sometimes content that raced an
                // edit, or a group the signer is not in
                String signed = p % 5 == 0 ? hash : r.contentHash();
                String group = (p / 7) % 5 == 0 ? GROUP_NAMES.get((p / 35) % GROUP_NAMES.size())
                        : GROUP_NAMES.stream().filter(g -> MEMBERS.isMember(user, g))
                                .skip((p / 7) % 2).findFirst().orElse("g1");
                yield lc.recordApproval(r, Approval.of("sig" + signatures, user, "Approved", group, now, signed))
                        .revision();
            }
        };
    }

    private static void assertSignaturesKept(Revision before, Revision after) {
        assertThat(after.approvals().size()).isGreaterThanOrEqualTo(before.approvals().size());
        for (int i = 0; i < before.approvals().size(); i++) {
            Approval was = before.approvals().get(i);
            Approval now = after.approvals().get(i);
            assertThat(now.signatureId()).isEqualTo(was.signatureId());
            assertThat(now.contentHash()).isEqualTo(was.contentHash());
            if (was.invalidated()) {
                assertThat(now.invalidated()).as("an invalidated signature is never revived").isTrue();
            }
        }
    }

    private static void assertApprovedContentIsSigned(ApprovalRule rule, Revision r) {
        if (r.state() != DocumentState.APPROVED && r.state() != DocumentState.EFFECTIVE) {
            return;
        }
        ApprovalProgress progress = ApprovalProgress.of(rule, MEMBERS, r);
        assertThat(progress.isSatisfied()).isTrue();
        assertThat(progress.counted()).allMatch(a -> !a.invalidated() && a.contentHash().equals(r.contentHash()));
        // independent recount: enough distinct valid members' approvals of exactly this content in every group
        Set<String> used = new HashSet<>();
        for (ApprovalRule.RequiredGroup g : rule.groups()) {
            long valid = r.approvals().stream()
                    .filter(a -> !a.invalidated() && a.contentHash().equals(r.contentHash()))
                    .filter(a -> a.group().equals(g.group()) && MEMBERS.isMember(a.userKey(), g.group()))
                    .filter(a -> rule.authorMayApprove() || !a.userKey().equals(r.authorKey()))
                    .filter(a -> used.add(a.userKey()))
                    .count();
            assertThat(valid).as("valid approvals of %s", g.group()).isGreaterThanOrEqualTo(g.quorum());
        }
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
