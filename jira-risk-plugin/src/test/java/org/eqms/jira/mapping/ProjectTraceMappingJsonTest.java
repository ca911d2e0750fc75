package org.eqms.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTraceMappingJsonTest {
    private static final String EXAMPLE = "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{\"10001\":\"HAZARD\"},"
            + "\"linkTypes\":{\"10100\":\"MITIGATED_BY\"}}";

    @Test
    void theDocumentedExampleReadsWithTheDefaultVerificationRule() {
        ProjectTraceMapping m = ProjectTraceMappingJson.fromText(EXAMPLE);

        assertThat(m.projectKey()).isEqualTo("INF");
        assertThat(m.revision()).isEqualTo(1);
        assertThat(m.issueTypes()).containsExactly(Map.entry("10001", ItemRole.HAZARD));
        assertThat(m.linkTypes()).containsExactly(Map.entry("10100", LinkTypeMapping.outward(LinkType.MITIGATED_BY)));
        assertThat(m.verificationStatuses()).isEqualTo(VerificationStatusRule.DEFAULT);
    }

    @Test
    void writingGivesMembersInOrderMapsSortedAndOutwardLinksAsPlainNames() {
        ProjectTraceMapping m = new ProjectTraceMapping("INF", 3,
                Map.of("10002", ItemRole.VERIFICATION, "10001", ItemRole.HAZARD),
                Map.of("10101", LinkTypeMapping.inward(LinkType.VERIFIED_BY),
                        "10100", LinkTypeMapping.outward(LinkType.MITIGATED_BY)),
                new VerificationStatusRule(Map.of("Passed", VerificationStatus.PASSED)));

        assertThat(ProjectTraceMappingJson.toText(m)).isEqualTo("{\"projectKey\":\"INF\",\"revision\":3,"
                + "\"issueTypes\":{\"10001\":\"HAZARD\",\"10002\":\"VERIFICATION\"},"
                + "\"linkTypes\":{\"10100\":\"MITIGATED_BY\",\"10101\":{\"type\":\"VERIFIED_BY\",\"direction\":\"INWARD\"}},"
                + "\"verificationStatuses\":{\"Passed\":\"PASSED\"}}");
        assertThat(ProjectTraceMappingJson.fromText(ProjectTraceMappingJson.toText(m))).isEqualTo(m);
    }

    @Test
    void anExplicitEmptyVerificationRuleMakesEveryStatusOpen() {
        ProjectTraceMapping m = ProjectTraceMappingJson.fromText("{\"projectKey\":\"INF\",\"revision\":0,"
                + "\"issueTypes\":{},\"linkTypes\":{},\"verificationStatuses\":{}}");

        assertThat(m.verificationStatus("Done")).isEqualTo(VerificationStatus.OPEN);
        assertThat(ProjectTraceMappingJson.fromText(ProjectTraceMappingJson.toText(m))).isEqualTo(m);
    }

    @Test
    void anOutwardDirectionMayBeSpelledOut() {
        ProjectTraceMapping m = ProjectTraceMappingJson.fromText("{\"projectKey\":\"INF\",\"revision\":1,"
                + "\"issueTypes\":{},\"linkTypes\":{\"10100\":{\"type\":\"LEADS_TO\",\"direction\":\"OUTWARD\"}}}");

        assertThat(m.linkType(10100L)).contains(LinkTypeMapping.outward(LinkType.LEADS_TO));
    }

    @Test
    void anUnknownRoleIsRefusedAsUnknownRole() {
        assertThatThrownBy(() -> ProjectTraceMappingJson.fromText(EXAMPLE.replace("\"HAZARD\"", "\"HAZZARD\"")))
                .isInstanceOfSatisfying(MappingRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(MappingRefusal.UNKNOWN_ROLE);
                    assertThat(e.getMessage()).contains("HAZZARD").contains("10001");
                });
    }

    @Test
    void anIssueTypeMappedTwiceIsRefused() {
        String twice = "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{\"10001\":\"HAZARD\","
                + "\"10001\":\"RISK_CONTROL\"},\"linkTypes\":{}}";

        assertThatThrownBy(() -> ProjectTraceMappingJson.fromText(twice))
                .isInstanceOfSatisfying(MappingRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(MappingRefusal.INVALID_MAPPING);
                    assertThat(e.getMessage()).contains("10001");
                });
    }

    @Test
    void aLinkTypeMappedTwiceIsRefused() {
        String twice = "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},"
                + "\"linkTypes\":{\"10100\":\"MITIGATED_BY\",\"10100\":\"VERIFIED_BY\"}}";

        assertThatThrownBy(() -> ProjectTraceMappingJson.fromText(twice)).isInstanceOf(MappingRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "\"INF\"",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{},\"extra\":1}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{}}",
        "{\"revision\":1,\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":7,\"revision\":1,\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":\"1\",\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":1.5,\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":99999999999,\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":null,\"issueTypes\":{},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":[],\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{\"10001\":1},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{\"Hazard\":\"HAZARD\"},\"linkTypes\":{}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{\"10100\":\"MITIGATES\"}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{\"10100\":[\"LEADS_TO\"]}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{\"10100\":{\"type\":\"LEADS_TO\"}}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{\"10100\":{\"type\":\"LEADS_TO\","
                + "\"direction\":\"BACKWARD\"}}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{\"10100\":{\"type\":\"LEADS_TO\","
                + "\"direction\":\"INWARD\",\"note\":\"x\"}}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{},"
                + "\"verificationStatuses\":{\"Done\":\"DONE\"}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{},"
                + "\"verificationStatuses\":{\"Done\":\"PASSED\",\"done\":\"FAILED\"}}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{},\"verificationStatuses\":[]}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{}} {}",
        "{\"projectKey\":\"INF\",\"revision\":1,\"issueTypes\":{},\"linkTypes\":{}",
    })
    void readingIsStrict(String text) {
        assertThatThrownBy(() -> ProjectTraceMappingJson.fromText(text))
                .isInstanceOfSatisfying(MappingRefusedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).isNotBlank();
                    assertThat(e.hint()).isNotBlank();
                });
    }

    @Test
    void aMappingSentForAnotherProjectIsRefused() {
        assertThat(ProjectTraceMappingJson.fromText("INF", EXAMPLE).projectKey()).isEqualTo("INF");
        assertThatThrownBy(() -> ProjectTraceMappingJson.fromText("RSK", EXAMPLE))
                .isInstanceOfSatisfying(MappingRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.PROJECT_MISMATCH));
    }
}
