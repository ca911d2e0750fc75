package org.eqms.sandbox.jira;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.sandbox.jira.HostedJira.ISSUES;
import static org.eqms.sandbox.jira.HostedJira.TRACE;
import static org.eqms.sandbox.jira.HostedJira.body;
import static org.eqms.sandbox.jira.HostedJira.downstream;
import static org.eqms.sandbox.jira.HostedJira.expect;

/**
 * Issue 6's scenario 6 over REST: in INF a developer links an implementation issue and a test to a risk control and
 * the trace's gaps for it close; changing the requirement marks its downstream links suspect; a baseline of the trace
 * is taken and signed with an e-signature (challenge, then the signer's id and password).
 */
class SandboxJiraScenarioTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    @Clause("IEC62304-7.3.3")
    void linkingCloseTheControlsGapsAChangedRequirementIsSuspectAndABaselineIsSigned(HostedJira.Database database) {
        try (HostedJira jira = HostedJira.start(home, database)) {
            assertThat(jira.gaps()).contains("CONTROL_WITHOUT_IMPLEMENTATION INF-16",
                    "CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION INF-16");

            expect(jira.post("dave", ISSUES + "/links", body("type", "Implementation", "from", "INF-16",
                    "to", "INF-17")), 201);
            assertThat(jira.gaps()).doesNotContain("CONTROL_WITHOUT_IMPLEMENTATION INF-16", "UNTRACED_ITEM INF-17")
                    .contains("CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION INF-16");
            expect(jira.post("dave", ISSUES + "/links", body("type", "Verification", "from", "INF-16",
                    "to", "INF-18")), 201);
            assertThat(jira.gaps()).noneMatch(gap -> gap.endsWith(" INF-16") || gap.endsWith(" INF-17")
                    || gap.endsWith(" INF-18"));
            assertThat(downstream(jira.row("RISK_CONTROL", "INF-16")))
                    .containsExactlyInAnyOrder("IMPLEMENTED_BY INF-17", "VERIFIED_BY INF-18");

            expect(jira.put("alice", ISSUES + "/issues/INF-2", body("summary",
                    "Stop the pump within 1 s when line pressure exceeds the occlusion limit")), 200);
            assertThat(jira.suspects()).contains("10002 IMPLEMENTED_BY 10009");
            assertThat(jira.row("SOFTWARE_REQUIREMENT", "INF-2").get("suspect").asBoolean()).isTrue();

            JsonNode baseline = expect(jira.post("carol", TRACE + "/baselines",
                    body("label", "IP-200 2.1 design review")), 201);
            String id = baseline.get("id").asText();
            assertThat(baseline.get("intact").asBoolean()).isTrue();
            JsonNode challenge = expect(jira.post("bob", TRACE + "/baselines/" + id + "/challenge", "{}"), 200);
            assertThat(challenge.get("contentHash").asText()).isEqualTo(baseline.get("contentHash").asText());
            String meaning = challenge.get("meanings").get(0).asText();
            HttpResponse<String> wrong = jira.post("bob", TRACE + "/baselines/" + id + "/sign", body("challengeId",
                    challenge.get("challengeId").asText(), "meaning", meaning, "userId", "bob",
                    "password", jira.password("bob") + "x"));
            assertThat(wrong.statusCode()).as(wrong.body()).isBetween(400, 403);

            JsonNode again = expect(jira.post("bob", TRACE + "/baselines/" + id + "/challenge", "{}"), 200);
            JsonNode signed = expect(jira.post("bob", TRACE + "/baselines/" + id + "/sign", body("challengeId",
                    again.get("challengeId").asText(), "meaning", meaning, "reason", "Trace reviewed",
                    "userId", "bob", "password", jira.password("bob"))), 200);
            assertThat(signed.get("sealed").asBoolean()).isTrue();
            assertThat(signed.get("contentHash").asText()).isEqualTo(baseline.get("contentHash").asText());

            JsonNode listed = expect(jira.get("erin", TRACE + "/baselines"), 200).get("baselines").get(0);
            assertThat(listed.at("/signatures/0/signerName").asText()).isEqualTo("Bob Approver");
            assertThat(listed.at("/signatures/0/meaning").asText()).isEqualTo(meaning);
        }
    }
}
