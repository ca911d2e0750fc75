package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.ItemRole.ANOMALY;
import static org.eqms.trace.ItemRole.CHANGE_REQUEST;
import static org.eqms.trace.ItemRole.HAZARD;
import static org.eqms.trace.ItemRole.HAZARDOUS_SITUATION;
import static org.eqms.trace.ItemRole.IMPLEMENTATION;
import static org.eqms.trace.ItemRole.RISK_CONTROL;
import static org.eqms.trace.ItemRole.SOFTWARE_ITEM;
import static org.eqms.trace.ItemRole.SOFTWARE_REQUIREMENT;
import static org.eqms.trace.ItemRole.SOUP;
import static org.eqms.trace.ItemRole.SYSTEM_REQUIREMENT;
import static org.eqms.trace.ItemRole.VERIFICATION;
import static org.eqms.trace.TraceFixtures.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The link rule table: which role may link to which, by type; everything else is refused with a hint. */
@Clause("IEC62304-7.3.3")
@Clause("IEC62304-5.1.1")
class LinkRulesTest {

    /** The table as the design says it, written out independently of {@link LinkRules}. */
    static final Set<String> ALLOWED = Set.of(
            "SYSTEM_REQUIREMENT DERIVES SYSTEM_REQUIREMENT", "SYSTEM_REQUIREMENT DERIVES SOFTWARE_REQUIREMENT",
            "SOFTWARE_REQUIREMENT DERIVES SOFTWARE_REQUIREMENT",
            "HAZARD LEADS_TO HAZARDOUS_SITUATION",
            "HAZARDOUS_SITUATION MITIGATED_BY RISK_CONTROL",
            "RISK_CONTROL IMPLEMENTED_BY SYSTEM_REQUIREMENT", "RISK_CONTROL IMPLEMENTED_BY SOFTWARE_REQUIREMENT",
            "RISK_CONTROL IMPLEMENTED_BY SOFTWARE_ITEM", "RISK_CONTROL IMPLEMENTED_BY IMPLEMENTATION",
            "SOFTWARE_REQUIREMENT IMPLEMENTED_BY SOFTWARE_ITEM", "SOFTWARE_REQUIREMENT IMPLEMENTED_BY IMPLEMENTATION",
            "SOFTWARE_ITEM IMPLEMENTED_BY IMPLEMENTATION",
            "SYSTEM_REQUIREMENT VERIFIED_BY VERIFICATION", "SOFTWARE_REQUIREMENT VERIFIED_BY VERIFICATION",
            "RISK_CONTROL VERIFIED_BY VERIFICATION", "SOFTWARE_ITEM VERIFIED_BY VERIFICATION",
            "IMPLEMENTATION VERIFIED_BY VERIFICATION",
            "SOFTWARE_ITEM CONTAINS SOFTWARE_ITEM", "SOFTWARE_ITEM CONTAINS SOUP",
            "SOFTWARE_ITEM CONTRIBUTES_TO HAZARDOUS_SITUATION", "SOUP CONTRIBUTES_TO HAZARDOUS_SITUATION",
            "ANOMALY AFFECTS SYSTEM_REQUIREMENT", "ANOMALY AFFECTS SOFTWARE_REQUIREMENT", "ANOMALY AFFECTS RISK_CONTROL",
            "ANOMALY AFFECTS SOFTWARE_ITEM", "ANOMALY AFFECTS IMPLEMENTATION", "ANOMALY AFFECTS VERIFICATION",
            "ANOMALY AFFECTS SOUP",
            "CHANGE_REQUEST AFFECTS SYSTEM_REQUIREMENT", "CHANGE_REQUEST AFFECTS SOFTWARE_REQUIREMENT",
            "CHANGE_REQUEST AFFECTS RISK_CONTROL", "CHANGE_REQUEST AFFECTS SOFTWARE_ITEM",
            "CHANGE_REQUEST AFFECTS IMPLEMENTATION", "CHANGE_REQUEST AFFECTS VERIFICATION", "CHANGE_REQUEST AFFECTS SOUP",
            "CHANGE_REQUEST RESOLVES ANOMALY");

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (ItemRole from : ItemRole.values()) {
            for (LinkType type : LinkType.values()) {
                for (ItemRole to : ItemRole.values()) {
                    all.add(Arguments.of(from, type, to));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void aLinkIsAllowedExactlyWhenTheTableListsIt(ItemRole from, LinkType type, ItemRole to) {
        boolean listed = ALLOWED.contains(from + " " + type + " " + to);
        assertThat(LinkRules.allows(from, type, to)).isEqualTo(listed);

        TraceGraph graph = new TraceGraph();
        graph.add(item("a", from));
        graph.add(item("b", to));
        if (listed) {
            graph.link("a", type, "b");
            assertThat(graph.outgoing("a")).containsExactly(new TraceLink("a", type, "b"));
        } else {
            assertThatThrownBy(() -> graph.link("a", type, "b")).isInstanceOfSatisfying(TraceRefusedException.class,
                    e -> {
                        assertThat(e.refusal()).isEqualTo(TraceRefusal.LINK_NOT_ALLOWED);
                        assertThat(e.code()).isEqualTo("link_not_allowed");
                        assertThat(e.httpStatus()).isEqualTo(409);
                        assertThat(e.getMessage()).contains(type.name(), from.name(), to.name());
                        assertThat(e.hint()).isNotBlank();
                    });
            assertThat(graph.linkCount()).isZero();
        }
    }

    static Stream<Arguments> hints() {
        return Stream.of(
                Arguments.of(HAZARD, LinkType.MITIGATED_BY, RISK_CONTROL,
                        "MITIGATED_BY links start at HAZARDOUS_SITUATION"),
                Arguments.of(SOFTWARE_REQUIREMENT, LinkType.VERIFIED_BY, IMPLEMENTATION, "only to VERIFICATION"),
                Arguments.of(RISK_CONTROL, LinkType.IMPLEMENTED_BY, VERIFICATION,
                        "only to IMPLEMENTATION, SOFTWARE_ITEM, SOFTWARE_REQUIREMENT, SYSTEM_REQUIREMENT"),
                Arguments.of(VERIFICATION, LinkType.AFFECTS, SOUP, "AFFECTS links start at ANOMALY, CHANGE_REQUEST"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("hints")
    void aRefusedLinkSaysWhatTheUpstreamRoleMayLinkTo(ItemRole from, LinkType type, ItemRole to, String hint) {
        TraceGraph graph = new TraceGraph();
        graph.add(item("a", from));
        graph.add(item("b", to));
        assertThatThrownBy(() -> graph.link("a", type, "b")).isInstanceOfSatisfying(TraceRefusedException.class,
                e -> assertThat(e.hint()).contains(hint));
    }

    @Test
    void everyRoleCanBeLinkedIntoTheTrace() {
        Set<ItemRole> linked = new HashSet<>();
        for (String rule : ALLOWED) {
            String[] parts = rule.split(" ");
            linked.add(ItemRole.valueOf(parts[0]));
            linked.add(ItemRole.valueOf(parts[2]));
        }
        assertThat(linked).containsExactlyInAnyOrder(ItemRole.values());
        assertThat(LinkRules.allowedSources(LinkType.CONTAINS)).containsExactly(SOFTWARE_ITEM);
        assertThat(LinkRules.allowedTargets(ANOMALY, LinkType.RESOLVES)).isEmpty();
        assertThat(LinkRules.allowedTargets(CHANGE_REQUEST, LinkType.RESOLVES)).containsExactly(ANOMALY);
        assertThat(LinkRules.allowedTargets(HAZARDOUS_SITUATION, LinkType.MITIGATED_BY)).containsExactly(RISK_CONTROL);
        assertThat(LinkRules.allowedTargets(SYSTEM_REQUIREMENT, LinkType.DERIVES))
                .containsExactlyInAnyOrder(SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT);
    }
}
