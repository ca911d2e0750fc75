package org.eqms.jira.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.jira.mapping.LinkDirection;
import org.eqms.trace.Coverage;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;
import org.eqms.view.HtmlSafeNamingEscaper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template of the Jira app, rendered with the real Velocity engine and the app's bundle. */
public class JiraTemplatesTest {
    public static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";
    private final JiraUi ui = JiraUi.standard();

    private Map<String, Object> base(String decorator) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", ui.i18n());
        context.put("decorator", decorator);
        context.put("contextPath", "/jira");
        context.put("cssUrl", "/jira/download/resources/x/eqms-risk.css");
        context.put("commonScriptUrl", "/jira/download/resources/x/eqms-risk-common.js");
        context.put("scriptUrl", "/jira/download/resources/x/page.js");
        context.put("textsJson", ScriptTexts.json(ui.i18n()));
        return context;
    }

    /** The data-texts attribute as the browser reads it: unescaped, then parsed by the script. */
    public static JsonNode texts(String html) throws Exception {
        Matcher m = Pattern.compile("data-texts=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("data-texts attribute").isTrue();
        String value = m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return new ObjectMapper().readTree(value);
    }

    @Test
    void theProjectPageHasEveryTabTheFiltersAndTheEditorsForms() throws Exception {
        Map<String, Object> context = base("atl.general");
        context.put("projectKey", "INF");
        context.put("canEdit", true);
        context.put("canAdminister", true);
        context.put("mappingPath", "/plugins/servlet/eqms-risk/mapping?key=INF");
        context.put("pageSize", 50);
        context.put("roles", ScriptTexts.options(ui.i18n(), "role.", ItemRole.values()));
        context.put("coverages", ScriptTexts.options(ui.i18n(), "coverage.", Coverage.values()));

        String html = ui.templates().render("templates/eqms-risk/project-risk.html.vm", context);

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\"/>", "data-project-key=\"INF\"",
                "data-can-edit=\"true\"", "data-page-size=\"50\"", "Risk register", "Heat map", "Trace matrix",
                "Gaps", "Suspect links", "Baselines", "SOUP", "Take baseline", "Import into the SOUP register",
                "<option value=\"SOFTWARE_REQUIREMENT\" selected=\"selected\">Software requirement</option>",
                "<option value=\"HAZARD\">Hazard</option>", "id=\"eqms-coverage-NOT_VERIFIED\"",
                "href=\"/jira/plugins/servlet/eqms-risk/mapping?key=INF\"", "Trace mapping");
        assertThat(html).doesNotContain("$i18n", "$projectKey", "eqms.jira.ui.", "eqms-edit-only");
        JsonNode texts = texts(html);
        assertThat(texts.get("tab.gaps")).isNull();
        assertThat(texts.get("suspects.review").asText()).isEqualTo("Re-review");
        assertThat(texts.get("gap-kind.SUSPECT_LINK").asText()).isEqualTo("Suspect link");
        assertThat(texts.get("rows-of").asText()).isEqualTo("Rows {0} to {1} of {2}");
    }

    @Test
    void aReaderWithoutEditPermissionGetsNoChangingForms() {
        Map<String, Object> context = base("atl.general");
        context.put("projectKey", "INF");
        context.put("canEdit", false);
        context.put("canAdminister", false);
        context.put("mappingPath", "/x");
        context.put("pageSize", 50);
        context.put("roles", ScriptTexts.options(ui.i18n(), "role.", ItemRole.values()));
        context.put("coverages", ScriptTexts.options(ui.i18n(), "coverage.", Coverage.values()));

        String html = ui.templates().render("templates/eqms-risk/project-risk.html.vm", context);

        assertThat(html).contains("data-can-edit=\"false\"", "eqms-edit-only",
                "Changing needs the Jira permission to edit issues of this project.");
        assertThat(html).doesNotContain("eqms-baseline-form", "eqms-soup-form", "eqms-mapping-link");
    }

    @Test
    void theMappingPageOffersEveryRoleLinkTypeDirectionAndResult() {
        Map<String, Object> context = base("admin");
        context.put("projectKey", "INF");
        context.put("activeTab", "eqms-risk-mapping-item");
        context.put("projectPath", "/plugins/servlet/eqms-risk/project?key=INF");
        context.put("roles", ScriptTexts.options(ui.i18n(), "role.", ItemRole.values()));
        context.put("linkTypes", ScriptTexts.options(ui.i18n(), "link-type.", LinkType.values()));
        context.put("directions", ScriptTexts.options(ui.i18n(), "direction.", LinkDirection.values()));
        context.put("verifications", ScriptTexts.options(ui.i18n(), "verification.", VerificationStatus.values()));

        String html = ui.templates().render("templates/eqms-risk/trace-mapping.html.vm", context);

        assertThat(html).contains("<meta name=\"decorator\" content=\"admin\"/>",
                "<meta name=\"projectKey\" content=\"INF\"/>",
                "<meta name=\"admin.active.section\" content=\"atl.jira.proj.config/projectgroup4\"/>",
                "<meta name=\"admin.active.tab\" content=\"eqms-risk-mapping-item\"/>",
                "Trace mapping of project", "<option value=\"VERIFIED_BY\">is verified by</option>",
                "<option value=\"INWARD\">Destination issue (inward)</option>",
                "<option value=\"FAILED\">Failed</option>", "<option value=\"CHANGE_REQUEST\">Change request</option>",
                "Statuses not listed count as open");
        for (ItemRole role : ItemRole.values()) {
            assertThat(html).contains("value=\"" + role.name() + "\"");
        }
        for (LinkType type : LinkType.values()) {
            assertThat(html).contains("value=\"" + type.name() + "\"");
        }
    }

    @Test
    void theIssuePanelShowsTheRoleAndEscapesWhatComesFromJira() throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", ui.i18n());
        context.put("issueId", "10042");
        context.put("issueKey", "INF-7" + XSS);
        context.put("projectKey", "INF");
        context.put("role", "RISK_CONTROL");
        context.put("roleLabel", "Risk control");
        context.put("contextPath", "");
        context.put("projectPath", "/plugins/servlet/eqms-risk/project?key=INF");
        context.put("textsJson", ScriptTexts.json(ui.i18n()));

        String html = ui.templates().render("templates/eqms-risk/issue-trace-panel.html.vm", context);

        assertThat(html).contains("data-issue-id=\"10042\"", "data-role=\"RISK_CONTROL\"", "Risk control",
                "Trace role", "Gaps", "href=\"/plugins/servlet/eqms-risk/project?key=INF\"",
                "Open the project&#39;s risk and traceability page");
        assertThat(html).doesNotContain("<script", "<img").contains("INF-7&lt;script&gt;");
        assertThat(texts(html).get("panel.no-gaps").asText()).isEqualTo("No gaps for this issue.");
    }

    @Test
    void theRefusalPageEscapesItsMessage() {
        Map<String, Object> context = base("atl.general");
        context.put("status", 403);
        context.put("message", "No " + XSS);

        String html = ui.templates().render("templates/eqms-risk/refusal.html.vm", context);

        assertThat(html).contains("data-status=\"403\"", "This page cannot be shown",
                new HtmlSafeNamingEscaper().escapeHtml("No " + XSS));
        assertThat(html).doesNotContain("<script", "<img");
    }

    @Test
    void bundleTextsWithQuotesOrMarkupSurviveTheAttributeRoundTrip() throws Exception {
        org.eqms.view.I18n hostile = new org.eqms.view.I18n() {
            @Override
            public String getText(String key) {
                return key.endsWith("loading") ? XSS : ui.i18n().getText(key);
            }

            @Override
            public String getText(String key, Object... args) {
                return getText(key);
            }
        };
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", hostile);
        context.put("issueId", "1");
        context.put("issueKey", "INF-1");
        context.put("projectKey", "INF");
        context.put("role", "HAZARD");
        context.put("roleLabel", "Hazard");
        context.put("contextPath", "");
        context.put("projectPath", "/p");
        context.put("textsJson", ScriptTexts.json(hostile));

        String html = ui.templates().render("templates/eqms-risk/issue-trace-panel.html.vm", context);

        assertThat(html).doesNotContain("<script", "<img");
        assertThat(texts(html).get("loading").asText()).isEqualTo(XSS);
    }
}
