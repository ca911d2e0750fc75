package org.eqms.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.product.JiraProjectPermissions;
import org.eqms.jira.view.JiraUi;
import org.eqms.jira.view.ScriptTexts;
import org.eqms.risk.ControlOption;
import org.eqms.risk.FmeaRating;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.InformationSource;
import org.eqms.risk.ReportMeaning;
import org.eqms.risk.VerificationPurpose;
import org.eqms.risk.VerificationStatus;
import org.eqms.trace.Coverage;
import org.eqms.trace.ItemRole;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The project page of the risk file and the trace ({@code /plugins/servlet/eqms-risk/project?key=INF}): a shell with
 * tabs (risk register, heat map, trace matrix, gaps, suspect links, baselines, SOUP, risk analysis, plan, FMEA,
 * post-production, report) that the
 * scripts of {@code eqms-risk/web/} ({@link #SCRIPTS}) fill from {@code /rest/eqms-risk/1.0/projects/{key}/...}.
 * Jira's Browse Projects permission is needed (401 anonymous, 403 without it, 400 without a valid key); the REST
 * resources check again, and check Edit Issues (Administer Projects for the plan and the report's review) for every
 * change, so the page only
 * hides the forms of callers who may not change.
 */
public class ProjectRiskServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String TEMPLATE = "templates/eqms-risk/project-risk.html.vm";
    public static final String PATH = "/plugins/servlet/eqms-risk/project";
    /** Jira's general page decorator (header and footer). */
    static final String DECORATOR = "atl.general";
    /** Rows per page of the register and the matrix (the REST resources allow up to 1000 and 500 by default). */
    static final int PAGE_SIZE = 50;
    /**
     * The page's scripts after eqms-risk-common.js, in load order: the tabs of risk-analysis.js, risk-plan.js,
     * risk-fmea.js, risk-production.js and risk-report.js register with it before project-risk.js starts the page.
     */
    static final List<String> SCRIPTS = List.of("signing-dialog.js", "risk-analysis.js", "risk-plan.js",
            "risk-fmea.js", "risk-production.js", "risk-report.js", "project-risk.js");
    /** The meaning a plan draft is approved with (one of the shared library's signature meanings). */
    static final String PLAN_MEANING = ReportMeaning.APPROVED.label();
    /** The ratings an FMEA severity, occurrence or detection may have, for the rating form's selects. */
    static final List<Integer> FMEA_RATINGS = IntStream.rangeClosed(FmeaRating.MIN, FmeaRating.MAX).boxed().toList();

    private final transient RiskPage page;
    private final transient ProjectAccess access;

    public ProjectRiskServlet(UserManager users, ProjectAccess access, JiraUi ui, RiskWebResources resources) {
        this.page = new RiskPage(users, ui, resources);
        this.access = Objects.requireNonNull(access, "access");
    }

    /** The constructor Jira's plugin system injects (Spring Scanner). */
    @javax.inject.Inject
    public ProjectRiskServlet(@ComponentImport UserManager users, JiraProjectPermissions access) {
        this(users, access, JiraUi.standard(), RiskWebResources.JIRA);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey caller = page.caller(request);
        if (caller == null) {
            page.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, DECORATOR, "eqms.jira.ui.error.not-signed-in");
            return;
        }
        String projectKey = ProjectKeys.valid(request.getParameter("key"));
        if (projectKey == null) {
            page.refuse(response, HttpServletResponse.SC_BAD_REQUEST, DECORATOR, "eqms.jira.ui.error.project-key");
            return;
        }
        String userKey = caller.getStringValue();
        if (!access.canBrowse(userKey, projectKey)) {
            page.refuse(response, HttpServletResponse.SC_FORBIDDEN, DECORATOR, "eqms.jira.ui.error.not-browse");
            return;
        }
        Map<String, Object> context = page.base(request, DECORATOR);
        context.put("projectKey", projectKey);
        context.put("canEdit", access.canEdit(userKey, projectKey));
        context.put("canAdminister", access.canAdminister(userKey, projectKey));
        context.put("mappingPath", TraceMappingServlet.PATH + "?key=" + projectKey);
        context.put("pageSize", PAGE_SIZE);
        context.put("roles", ScriptTexts.options(page.ui().i18n(), "role.", ItemRole.values()));
        context.put("coverages", ScriptTexts.options(page.ui().i18n(), "coverage.", Coverage.values()));
        context.put("hazardCategories", ScriptTexts.options(page.ui().i18n(), "hazard-category.",
                HazardCategory.values()));
        context.put("controlOptions", ScriptTexts.options(page.ui().i18n(), "control-option.", ControlOption.values()));
        context.put("verificationPurposes", ScriptTexts.options(page.ui().i18n(), "verification-purpose.",
                VerificationPurpose.values()));
        context.put("verificationStatuses", ScriptTexts.options(page.ui().i18n(), "verification.",
                VerificationStatus.values()));
        context.put("informationSources", ScriptTexts.options(page.ui().i18n(), "information-source.",
                InformationSource.values()));
        context.put("planMeaning", PLAN_MEANING);
        context.put("reviewedMeaning", ReportMeaning.REVIEWED.label());
        context.put("approvedMeaning", ReportMeaning.APPROVED.label());
        context.put("fmeaRatings", FMEA_RATINGS);
        context.put("scriptUrls", SCRIPTS.stream().map(script -> page.script(request, script)).toList());
        page.shell(response, TEMPLATE, context);
    }
}
