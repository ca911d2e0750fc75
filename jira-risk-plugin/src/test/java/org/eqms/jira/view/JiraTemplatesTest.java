package org.eqms.jira.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.jira.mapping.LinkDirection;
import org.eqms.risk.ControlOption;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.InformationSource;
import org.eqms.risk.VerificationPurpose;
import org.eqms.trace.Coverage;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;
import org.eqms.view.HtmlSafeNamingEscaper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
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

    /** The project page's model as ProjectRiskServlet builds it. */
    private Map<String, Object> project(boolean canEdit, boolean canAdminister) {
        Map<String, Object> context = base("atl.general");
        context.put("projectKey", "INF");
        context.put("canEdit", canEdit);
        context.put("canAdminister", canAdminister);
        context.put("mappingPath", "/plugins/servlet/eqms-risk/mapping?key=INF");
        context.put("pageSize", 50);
        context.put("roles", ScriptTexts.options(ui.i18n(), "role.", ItemRole.values()));
        context.put("coverages", ScriptTexts.options(ui.i18n(), "coverage.", Coverage.values()));
        context.put("hazardCategories", ScriptTexts.options(ui.i18n(), "hazard-category.", HazardCategory.values()));
        context.put("controlOptions", ScriptTexts.options(ui.i18n(), "control-option.", ControlOption.values()));
        context.put("verificationPurposes", ScriptTexts.options(ui.i18n(), "verification-purpose.",
                VerificationPurpose.values()));
        context.put("verificationStatuses", ScriptTexts.options(ui.i18n(), "verification.",
                org.eqms.risk.VerificationStatus.values()));
        context.put("informationSources", ScriptTexts.options(ui.i18n(), "information-source.",
                InformationSource.values()));
        context.put("planMeaning", "Approved");
        context.put("reviewedMeaning", "Reviewed");
        context.put("approvedMeaning", "Approved");
        context.put("fmeaRatings", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        context.put("scriptUrls", List.of("/jira/x/signing-dialog.js", "/jira/x/risk-analysis.js", "/jira/x/risk-plan.js",
                "/jira/x/risk-fmea.js", "/jira/x/risk-production.js", "/jira/x/risk-report.js", "/jira/x/project-risk.js"));
        return context;
    }

    private String renderProject(boolean canEdit, boolean canAdminister) {
        return ui.templates().render("templates/eqms-risk/project-risk.html.vm", project(canEdit, canAdminister));
    }

    @Test
    void theProjectPageHasEveryTabTheFiltersAndTheEditorsForms() throws Exception {
        String html = renderProject(true, true);

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\"/>", "data-project-key=\"INF\"",
                "data-can-edit=\"true\"", "data-page-size=\"50\"", "Risk register", "Heat map", "Trace matrix",
                "Gaps", "Suspect links", "Baselines", "SOUP", "Take baseline", "Import into the SOUP register",
                "<option value=\"SOFTWARE_REQUIREMENT\" selected=\"selected\">Software requirement</option>",
                "<option value=\"HAZARD\">Hazard</option>", "id=\"eqms-coverage-NOT_VERIFIED\"",
                "href=\"/jira/plugins/servlet/eqms-risk/mapping?key=INF\"", "Trace mapping");
        assertThat(html).doesNotContain("$i18n", "$projectKey", "eqms.jira.ui.", "eqms-edit-only");
        int baselines = html.indexOf("class=\"aui eqms-baselines\"");
        assertThat(html.substring(baselines, html.indexOf("</table>", baselines)))
                .as("the baseline list checks no integrity, so it has no column claiming it")
                .contains("<th>Taken by</th>", "<th>Content hash</th>").doesNotContain("Intact");
        JsonNode texts = texts(html);
        assertThat(texts.get("tab.gaps")).isNull();
        assertThat(texts.get("baselines.not-intact").asText()).startsWith("NOT INTACT");
        assertThat(texts.get("suspects.review").asText()).isEqualTo("Re-review");
        assertThat(texts.get("gap-kind.SUSPECT_LINK").asText()).isEqualTo("Suspect link");
        assertThat(texts.get("rows-of").asText()).isEqualTo("Rows {0} to {1} of {2}");
    }

    @Test
    void theRiskAnalysisTabHasTheFormsForHazardsSituationsRisksControlsAndResidualRisk() {
        String html = renderProject(true, false);

        assertThat(html).contains("href=\"#eqms-tab-analysis\" data-tab=\"analysis\"", "id=\"eqms-tab-analysis\"",
                "<strong>Risk analysis</strong>",
                "class=\"aui eqms-analysis-form eqms-hazard-form\"", "data-kind=\"hazard\"",
                "<option value=\"BIOLOGICAL_AND_CHEMICAL\">Biological and chemical hazards</option>",
                "class=\"select eqms-catalogue\"", "From the Annex C catalogue", "name=\"catalogueCode\"",
                "data-kind=\"situation\"", "data-name=\"sequenceOfEvents\"", "Sequence of events, in order",
                "data-kind=\"estimate\"", "P1: probability of the hazardous situation",
                "P2: probability that it leads to the harm", "class=\"select eqms-severity\"",
                "data-kind=\"control\"", "data-kind=\"verification\"", "data-kind=\"review\"",
                "data-kind=\"residual\"", "data-kind=\"benefit\"", "Review for new hazards (ISO 14971 &sect;7.5)",
                "Benefit-risk analysis (ISO 14971 &sect;7.4)", "name=\"benefitsOutweighResidualRisk\"",
                "<option value=\"EFFECTIVENESS\">Effectiveness</option>", "<option value=\"FAILED\">Failed</option>",
                "/jira/x/risk-analysis.js");
        assertThat(html).doesNotContain("$i18n", "eqms.jira.ui.", "$controlOptions", "$hazardCategories");
    }

    @Test
    void theControlOptionsAreOfferedInTheOrderOfClause71() {
        String html = renderProject(true, false);

        int design = html.indexOf("<option value=\"INHERENT_SAFETY_BY_DESIGN\">Inherently safe design and manufacture</option>");
        int protective = html.indexOf("<option value=\"PROTECTIVE_MEASURE\">");
        int information = html.indexOf("<option value=\"INFORMATION_FOR_SAFETY\">");
        assertThat(design).isPositive();
        assertThat(protective).isGreaterThan(design);
        assertThat(information).isGreaterThan(protective);
        assertThat(html).contains("Why the higher options are not practicable", "name=\"justification\"");
    }

    @Test
    void thePlanTabOffersTheDraftEditorAndTheApprovalToProjectAdministrators() throws Exception {
        String html = renderProject(true, true);

        assertThat(html).contains("href=\"#eqms-tab-plan\" data-tab=\"plan\"", "id=\"eqms-tab-plan\"",
                "class=\"aui eqms-plan-form\"", "name=\"scope\"", "data-name=\"lifecyclePhases\"",
                "class=\"aui eqms-responsibilities\"", "data-name=\"severityLevels\"",
                "class=\"aui eqms-probability-levels\"", "class=\"eqms-matrix-grid\"", "name=\"defaultPolicy\"",
                "name=\"verificationActivities\"", "name=\"overallResidualRiskCriteria\"",
                "name=\"postProductionActivities\"", "Save draft", "Approve with e-signature",
                "class=\"aui-button eqms-plan-approve\" disabled=\"disabled\"", "data-plan-meaning=\"Approved\"",
                "data-can-administer=\"true\"", "/jira/x/signing-dialog.js", "/jira/x/risk-plan.js");
        assertThat(html).doesNotContain("eqms-admin-only");
        JsonNode texts = texts(html);
        assertThat(texts.get("sign.lockout").asText()).contains("two administrators must unlock");
        assertThat(texts.get("plan.signed-object").asText()).isEqualTo("Risk management plan of {0}, version {1}");
        assertThat(texts.get("control-option.PROTECTIVE_MEASURE").asText())
                .isEqualTo("Protective measures in the device or the manufacturing process");
        assertThat(texts.get("analysis.read-unavailable").asText()).contains("{0} answered 404");
    }

    @Test
    void scriptsLoadAfterTheCommonScriptAndTheTabsRegisterBeforeThePageStarts() {
        String html = renderProject(true, true);

        int common = html.indexOf("src=\"/jira/download/resources/x/eqms-risk-common.js\"");
        int signing = html.indexOf("src=\"/jira/x/signing-dialog.js\"");
        int analysis = html.indexOf("src=\"/jira/x/risk-analysis.js\"");
        int plan = html.indexOf("src=\"/jira/x/risk-plan.js\"");
        int fmea = html.indexOf("src=\"/jira/x/risk-fmea.js\"");
        int production = html.indexOf("src=\"/jira/x/risk-production.js\"");
        int report = html.indexOf("src=\"/jira/x/risk-report.js\"");
        int page = html.indexOf("src=\"/jira/x/project-risk.js\"");
        assertThat(common).isPositive();
        assertThat(List.of(signing, analysis, plan, fmea, production, report, page))
                .allSatisfy(i -> assertThat(i).isGreaterThan(common));
        assertThat(List.of(analysis, plan, fmea, production, report)).allSatisfy(i -> assertThat(page).isGreaterThan(i));
        assertThat(report).as("the report tab signs through the one signing dialog").isGreaterThan(signing);
    }

    @Test
    void theReportTabOffersTheReviewToProjectAdministratorsAndSignsWithTheStatusesMeaning() throws Exception {
        String html = renderProject(true, true);

        assertThat(html).contains("href=\"#eqms-tab-report\" data-tab=\"report\"", "<strong>Report</strong>",
                "id=\"eqms-tab-report\"", "data-reviewed-meaning=\"Reviewed\"", "data-approved-meaning=\"Approved\"",
                "class=\"eqms-report-view\"", "class=\"aui eqms-report-versions\"", "<th>PDF/A</th>",
                "class=\"aui-button aui-button-primary eqms-report-sign\" hidden=\"hidden\"",
                "class=\"aui eqms-report-form\"", "name=\"method\"",
                "type=\"radio\" id=\"eqms-report-acceptable-yes\" name=\"acceptable\" value=\"true\"",
                "type=\"radio\" id=\"eqms-report-acceptable-no\" name=\"acceptable\" value=\"false\"",
                "name=\"rationale\"", "name=\"benefitRiskReference\"",
                "Required when the overall residual risk is not acceptable", "name=\"disclosureReference\"",
                "name=\"productionInformationMethods\"", "Conclude the review",
                "Concluding needs an approved plan and no open completeness gap");
        assertThat(html).doesNotContain("Concluding the review needs the Jira permission");
        JsonNode texts = texts(html);
        assertThat(texts.get("report.signed-object").asText()).isEqualTo("Risk management report of {0}, version {1}");
        assertThat(texts.get("report.sign").asText()).isEqualTo("Sign the report: {0}");
        assertThat(texts.get("report-status.REVIEWED").asText()).isEqualTo("Reviewed");
        assertThat(texts.get("report-status.SUPERSEDED").asText()).isEqualTo("Superseded");
    }

    @Test
    void theFmeaTabListsTheRatedRisksAndLetsEditorsRateOneFromOneToTen() throws Exception {
        String html = renderProject(true, false);

        assertThat(html).contains("href=\"#eqms-tab-fmea\" data-tab=\"fmea\"", "<strong>FMEA</strong>",
                "class=\"aui eqms-fmea\"", "<th title=\"Severity\">S</th>", "<th title=\"Occurrence\">O</th>",
                "<th title=\"Detection\">D</th>", "class=\"eqms-pager\" data-for=\"fmea\"",
                "class=\"aui eqms-fmea-form\"", "name=\"riskId\"", "list=\"eqms-fmea-risks\"",
                "id=\"eqms-fmea-severity\" name=\"severity\"", "id=\"eqms-fmea-occurrence\" name=\"occurrence\"",
                "id=\"eqms-fmea-detection\" name=\"detection\"", "Save rating");
        String form = html.substring(html.indexOf("eqms-fmea-form"), html.indexOf("id=\"eqms-tab-production\""));
        assertThat(form.split("<option value=\"1\">1</option>", -1)).hasSize(4);
        assertThat(form.split("<option value=\"10\">10</option>", -1)).hasSize(4);
        assertThat(form).doesNotContain("<option value=\"0\">", "<option value=\"11\">");
        JsonNode texts = texts(html);
        assertThat(texts.get("fmea.saved").asText()).isEqualTo("Risk {0} is rated: RPN {1}, action priority {2}.");
        assertThat(texts.get("priority.HIGH").asText()).isEqualTo("High");
    }

    @Test
    void thePostProductionTabRecordsInformationAndClearsFlaggedRisksForEditors() throws Exception {
        String html = renderProject(true, false);

        assertThat(html).contains("href=\"#eqms-tab-production\" data-tab=\"production\"",
                "<strong>Post-production</strong>", "class=\"aui eqms-production-form\"", "name=\"id\"",
                "<option value=\"COMPLAINT\">Complaint</option>",
                "<option value=\"STATE_OF_THE_ART\">State of the art</option>", "name=\"summary\"",
                "name=\"hazardIds\" multiple=\"multiple\"", "type=\"datetime-local\"", "name=\"receivedAt\"",
                "class=\"aui eqms-flagged-risks\"", "class=\"aui eqms-reevaluated-form\"",
                "class=\"select eqms-flagged-select\"", "Rationale of the re-evaluation",
                "class=\"aui eqms-information-list\"", "class=\"eqms-pager\" data-for=\"production\"");
        assertThat(html).as("an editor who is no administrator concludes no review").doesNotContain("eqms-report-form")
                .contains("Concluding the review needs the Jira permission to administer this project.");
        JsonNode texts = texts(html);
        assertThat(texts.get("production.flagged-now").asText()).isEqualTo("Risks flagged for re-evaluation: {0}");
        assertThat(texts.get("information-source.ADVERSE_EVENT").asText()).isEqualTo("Adverse event");
    }

    @Test
    void anEditorWhoIsNoAdministratorWritesTheAnalysisButOnlyReadsThePlan() {
        String html = renderProject(true, false);

        assertThat(html).contains("eqms-hazard-form", "eqms-control-form", "eqms-admin-only",
                "Editing and approving the plan needs the Jira permission to administer this project.");
        assertThat(html).doesNotContain("eqms-plan-form", "eqms-plan-approve");
    }

    @Test
    void aReaderWithoutEditPermissionGetsNoChangingForms() {
        String html = renderProject(false, false);

        assertThat(html).contains("data-can-edit=\"false\"", "eqms-edit-only",
                "Changing needs the Jira permission to edit issues of this project.", "eqms-analysis-tree",
                "eqms-risk-detail", "eqms-plan-view", "class=\"aui eqms-fmea\"", "eqms-flagged-risks",
                "eqms-information-list", "eqms-report-view", "eqms-report-versions", "eqms-report-sign");
        assertThat(html).doesNotContain("eqms-baseline-form", "eqms-soup-form", "eqms-mapping-link",
                "eqms-analysis-form", "eqms-plan-form", "eqms-fmea-form", "eqms-fmea-rate", "eqms-production-form",
                "eqms-reevaluated-form", "eqms-report-form");
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
