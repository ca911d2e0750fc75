package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 6 (IEC 62304 §5.1.1, §7.3.3, §8; ISO 14971 §7), in Chromium on the sandbox's Jira pages and the Jira
 * app's project page: in INF, alice (a developer) links the implementation issue INF-17 and the test INF-18 to risk
 * control INF-16 on its issue page; the gaps of INF-16 close and the trace matrix shows it verified; changing the
 * control marks both links suspect; bob takes a trace baseline and signs it in the app's e-signature dialog. The
 * app's REST API confirms each state.
 */
class Scenario6TraceBaselineTest {
    private static final String TRACE = "/rest/eqms-risk/1.0/projects/INF";
    private static final String PROJECT_PAGE = "/plugins/servlet/eqms-risk/project?key=INF";
    static E2eSandbox sandbox;

    @RegisterExtension
    static final Browser browser = new Browser("scenario-6-trace-baseline", () -> sandbox);

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void linkingCloseTheControlsGapsAnEditMarksTheLinksSuspectAndABaselineIsSigned() {
        Rest bob = Rest.session(sandbox, "bob");
        assertThat(gaps(bob)).contains("CONTROL_WITHOUT_IMPLEMENTATION INF-16",
                "CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION INF-16");
        assertThat(coverage(bob, "INF-16")).isNotEqualTo("PASSED");

        browser.loginAs("alice");
        projectTab("gaps");
        browser.waitForText(".eqms-gaps tbody", "INF-16");
        browser.step("gaps of risk control INF-16 are open");

        assertThat(riskControlMatrixRow("INF-16")).doesNotContain("INF-17").doesNotContain("INF-18");
        browser.step("the trace matrix shows INF-16 neither implemented nor verified");

        browser.open("/browse/INF-16");
        browser.waitForText("#summary-val", "Occlusion alarm alerts the nurse");
        link("is implemented by", "INF-17");
        browser.waitForText("#sbx-links", "INF-17");
        browser.step("alice linked the implementation INF-17");
        link("is verified by", "INF-18");
        browser.waitForText("#sbx-links", "INF-18");
        browser.step("alice linked the test INF-18");

        assertThat(gaps(bob)).noneMatch(gap -> gap.endsWith(" INF-16"));
        assertThat(coverage(bob, "INF-16")).isEqualTo("PASSED");
        projectTab("gaps");
        browser.waitFor(".eqms-gaps tbody tr");
        assertThat(browser.waitFor(".eqms-gaps tbody").getText()).doesNotContain("INF-16");
        browser.step("the gaps of INF-16 are closed");
        assertThat(riskControlMatrixRow("INF-16")).contains("INF-17", "INF-18");
        browser.step("the trace matrix shows INF-16 implemented and verified");

        browser.open("/browse/INF-16");
        browser.type("#sbx-edit-summary", "Occlusion alarm alerts the nurse within 30 s");
        browser.click("#sbx-issue-save");
        browser.waitForText("#summary-val", "within 30 s");
        assertThat(suspects(bob)).contains("10016 IMPLEMENTED_BY 10017", "10016 VERIFIED_BY 10018");
        projectTab("suspects");
        // The suspects tab names items by id (#10016 is implemented by #10017).
        browser.waitForText(".eqms-suspects tbody", "#10016 is implemented by #10017");
        assertThat(browser.waitFor(".eqms-suspects tbody").getText()).contains("#10016 is verified by #10018");
        browser.step("the links of the changed control are suspect");

        browser.loginAs("bob");
        projectTab("baselines");
        browser.type("#eqms-baseline-label", "INF trace for release 2.1");
        browser.click(".eqms-baseline-form button[type=submit]");
        browser.waitForText(".eqms-baselines tbody", "INF trace for release 2.1");
        browser.step("bob took a baseline");
        browser.click(".eqms-baselines .eqms-sign-baseline");
        browser.waitFor(".eqms-signing-dialog");
        browser.select("#eqms-risk-sign-meaning", "Approved");
        browser.type("#eqms-risk-sign-reason", "Trace reviewed for release 2.1");
        if (!browser.all("#eqms-risk-sign-user").isEmpty()) {
            browser.type("#eqms-risk-sign-user", "bob");
        }
        browser.type("#eqms-risk-sign-password", sandbox.password("bob"));
        browser.step("bob signs the baseline");
        browser.click(".eqms-signing-dialog .eqms-sign-submit");
        browser.waitForText(".eqms-baselines tbody", "Bob Approver (Approved)");
        browser.step("the baseline is signed");

        JsonNode baseline = bob.get(TRACE + "/baselines").expect(200).json().path("baselines").get(0);
        assertThat(baseline.path("label").asText()).isEqualTo("INF trace for release 2.1");
        JsonNode signature = baseline.path("signatures").get(0);
        assertThat(signature.path("signerName").asText()).isEqualTo("Bob Approver");
        assertThat(signature.path("meaning").asText()).isEqualTo("Approved");
        assertThat(signature.path("reason").asText()).isEqualTo("Trace reviewed for release 2.1");
        assertThat(signature.path("contentHash").asText()).isEqualTo(baseline.path("contentHash").asText());
    }

    /** Opens the project page afresh (each tab loads once per page) and shows the tab {@code name}. */
    private static void projectTab(String name) {
        browser.open(PROJECT_PAGE);
        browser.click(".tabs-menu a[data-tab='" + name + "']");
    }

    /** The project page's trace matrix for risk controls, filtered to {@code key}: that row's text. */
    private static String riskControlMatrixRow(String key) {
        projectTab("matrix");
        browser.selectValue("#eqms-matrix-role", "RISK_CONTROL");
        browser.type("#eqms-matrix-text", key);
        browser.click(".eqms-matrix-filter button[type=submit]");
        browser.waitForText(".eqms-matrix tbody", key);
        return browser.waitFor(".eqms-matrix tbody").getText();
    }

    private static void link(String linkType, String target) {
        browser.select("#sbx-link-type", linkType);
        browser.type("#sbx-link-target", target);
        browser.click("#sbx-link-add");
    }

    /** The project's gaps as "KIND KEY". */
    private static List<String> gaps(Rest rest) {
        List<String> gaps = new ArrayList<>();
        rest.get(TRACE + "/gaps").expect(200).json().path("gaps")
                .forEach(gap -> gaps.add(gap.path("kind").asText() + " " + gap.path("itemKey").asText()));
        return gaps;
    }

    /** The suspect links as "FROM TYPE TO" (item ids). */
    private static List<String> suspects(Rest rest) {
        List<String> suspects = new ArrayList<>();
        rest.get(TRACE + "/suspects").expect(200).json().path("suspects").forEach(mark -> suspects.add(
                mark.at("/link/from").asText() + " " + mark.at("/link/type").asText() + " " + mark.at("/link/to").asText()));
        return suspects;
    }

    /** The trace matrix's coverage of the risk control {@code key}. */
    private static String coverage(Rest rest, String key) {
        for (JsonNode row : rest.get(TRACE + "/matrix?role=RISK_CONTROL").expect(200).json().path("rows")) {
            if (key.equals(row.at("/item/key").asText())) {
                return row.path("coverage").asText();
            }
        }
        throw new AssertionError("no row for " + key + " in the risk control matrix");
    }
}
