package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.document.ApprovalRule.group;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApprovalRuleTest {

    static Stream<Arguments> invalidRules() {
        return Stream.of(
                Arguments.of("no groups", (Runnable) () -> new ApprovalRule(List.of(), false, false), "at least one"),
                Arguments.of("null groups", (Runnable) () -> new ApprovalRule(null, false, false), "at least one"),
                Arguments.of("quorum 0", (Runnable) () -> group("qa", 0), "at least 1"),
                Arguments.of("negative quorum", (Runnable) () -> group("qa", -2), "at least 1"),
                Arguments.of("blank group name", (Runnable) () -> group(" ", 1), "no name"),
                Arguments.of("group twice", (Runnable) () -> ApprovalRule.of(group("qa", 1), group("qa", 2)),
                        "listed twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRules")
    void anInvalidRuleIsRefusedWithAHint(String why, Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void defaultsAreParallelGroupsAndTheAuthorMayNotApprove() {
        ApprovalRule rule = ApprovalRule.of(group("qa", 2));
        assertThat(rule.sequential()).isFalse();
        assertThat(rule.authorMayApprove()).isFalse();
        assertThat(rule.inSequence().sequential()).isTrue();
        assertThat(rule.allowingAuthor().authorMayApprove()).isTrue();
        assertThat(rule.requiredGroup("qa")).contains(group("qa", 2));
        assertThat(rule.requiredGroup("reg")).isEmpty();
    }

    static Stream<Arguments> reachability() {
        // qa has members a, b; reg has c; nobody has no members
        return Stream.of(
                Arguments.of(ApprovalRule.of(group("qa", 2)), null, List.of()),
                Arguments.of(ApprovalRule.of(group("qa", 3)), null, List.of("qa")),
                Arguments.of(ApprovalRule.of(group("qa", 2)), "a", List.of("qa")),
                Arguments.of(ApprovalRule.of(group("qa", 2)).allowingAuthor(), "a", List.of()),
                Arguments.of(ApprovalRule.of(group("qa", 1), group("reg", 1), group("nobody", 1)), "c",
                        List.of("reg", "nobody")));
    }

    @ParameterizedTest(name = "{0} with author {1}: unreachable {2}")
    @MethodSource("reachability")
    void aQuorumLargerThanTheEligibleMembersIsReportedUnreachable(ApprovalRule rule, String author,
                                                                  List<String> unreachable) {
        Map<String, Set<String>> groups = Map.of("qa", Set.of("a", "b"), "reg", Set.of("c"));
        GroupRoster roster = g -> groups.getOrDefault(g, Set.of());
        assertThat(rule.unreachableQuorums(roster, author)).extracting(ApprovalRule.RequiredGroup::group)
                .containsExactlyElementsOf(unreachable);
    }
}
