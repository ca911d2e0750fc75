package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.eqms.jira.app.ProjectRisk;
import org.eqms.jira.access.SigningDuty;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.risk.FmeaLine;
import org.eqms.risk.PlanVersions;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.risk.RiskSummary;
import org.eqms.signature.Credentials;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.util.Set;

/**
 * The risk management file of a Jira project over REST ({@code /rest/eqms-risk/1.0/projects/{projectKey}/risks/…}):
 * the plan's versions, the risk register a page at a time, the summary and the heat map. Jira's Browse Projects
 * permission is needed.
 */
@Path("/projects/{projectKey}/risks")
@Produces(JsonResponses.JSON)
public class RiskResource {
    private final RiskAppServices.Source source;

    public RiskResource(RiskAppServices.Source source) {
        this.source = source;
    }

    @GET
    @Path("/register")
    public Response register(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                             @QueryParam("offset") @DefaultValue("0") long offset,
                             @QueryParam("limit") @DefaultValue("500") int limit) {
        return PageRequest.browse(source, request, projectKey, offset, limit, "rows", (services, rows) -> {
            for (RiskRegisterRow row : services.risk().register(projectKey, offset, limit)) {
                rows.addObject().put("riskId", row.riskId()).put("hazardId", row.hazardId())
                        .put("situationId", row.situationId()).put("harm", row.harm())
                        .put("initialSeverity", row.initialSeverity()).put("initialProbability", row.initialProbability())
                        .put("initialAcceptability", name(row.initialAcceptability()))
                        .put("controls", row.controls()).put("controlsVerified", row.controlsVerified())
                        .put("residualSeverity", row.residualSeverity())
                        .put("residualProbability", row.residualProbability())
                        .put("residualAcceptability", name(row.residualAcceptability()))
                        .put("benefitRiskRecorded", row.benefitRiskRecorded())
                        .put("flaggedForReevaluation", row.flaggedForReevaluation()).put("rpn", row.rpn())
                        .put("actionPriority", name(row.actionPriority()))
                        .putArray("reevaluationReasons").addAll(row.reevaluationReasons().stream()
                                .map(TextNode::valueOf).toList());
            }
        });
    }

    /**
     * The FMEA view of the same risks, a page at a time in worklist order (action priority HIGH first, then the
     * higher RPN): only the risks rated S/O/D.
     */
    @GET
    @Path("/fmea")
    public Response fmea(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                         @QueryParam("offset") @DefaultValue("0") long offset,
                         @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) int limit) {
        return PageRequest.browse(source, request, projectKey, offset, limit, "rows", (services, rows) -> {
            for (FmeaLine line : services.analysis().fmea(projectKey, offset, limit)) {
                rows.addObject().put("riskId", line.riskId()).put("hazardId", line.hazardId())
                        .put("situationId", line.situationId()).put("harm", line.harm())
                        .put("severity", line.rating().severity()).put("occurrence", line.rating().occurrence())
                        .put("detection", line.rating().detection()).put("rpn", line.rpn())
                        .put("actionPriority", line.priority().name());
            }
        });
    }

    @GET
    @Path("/summary")
    public Response summary(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            RiskSummary summary = services.risk().summary(projectKey);
            RiskAcceptabilityPolicy policy = services.risk().policy(projectKey);
            ObjectNode json = JsonResponses.object().put("risks", summary.risks()).put("acceptable", summary.acceptable())
                    .put("alarp", summary.alarp()).put("unacceptable", summary.unacceptable())
                    .put("notEstimated", summary.notEstimated()).put("withBenefitRisk", summary.withBenefitRisk())
                    .put("flaggedForReevaluation", summary.flaggedForReevaluation()).put("gaps", summary.gaps());
            ArrayNode severities = json.putArray("severityLevels");
            policy.severityScale().levels().forEach(severities::add);
            ArrayNode probabilities = json.putArray("probabilityLevels");
            policy.probabilityScale().bands().forEach(band -> probabilities.add(band.name()));
            ArrayNode acceptability = json.putArray("acceptability");
            for (int s = 1; s <= policy.severityScale().size(); s++) {
                ArrayNode row = acceptability.addArray();
                for (int p = 1; p <= policy.probabilityScale().size(); p++) {
                    row.add(policy.evaluate(s, p).name());
                }
            }
            ProjectRisk.HeatMaps heat = services.risk().heatMaps(projectKey);
            json.set("initial", heat(heat.initial()));
            json.set("residual", heat(heat.residual()));
            return JsonResponses.ok(json);
        });
    }

    @GET
    @Path("/plan")
    public Response plan(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            PlanVersions versions = services.risk().plans(projectKey);
            ObjectNode json = JsonResponses.object().put("projectKey", projectKey);
            versions.effective().ifPresent(plan -> json.set("effective", plan(plan)));
            versions.draft().ifPresent(plan -> json.set("draft", plan(plan)));
            return JsonResponses.ok(json);
        });
    }

    /** Saves the plan's draft (the first version, or the next one); project administrators only. */
    @PUT
    @Path("/plan/draft")
    @Consumes("application/json")
    public Response saveDraft(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.ADMINISTER.require(services, request, projectKey);
            RiskManagementPlan content = PlanJson.content(projectKey, JsonRequest.parse(body, PlanJson.FIELDS));
            return JsonResponses.ok(plan(services.planning().saveDraft(projectKey, content, caller.userKey(),
                    caller.clientIp())));
        });
    }

    /** A single-use challenge to approve the draft: it binds the draft's content hash. */
    @POST
    @Path("/plan/draft/challenge")
    @Consumes("application/json")
    public Response challenge(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = SigningGate.require(services, request, projectKey, SigningDuty.RISK_PLAN_APPROVAL);
            JsonRequest.parse(body, Set.of());
            SigningChallenge challenge = services.planning().challenge(caller.userKey(), projectKey);
            return JsonResponses.ok(JsonResponses.object().put("challengeId", challenge.id())
                    .put("expiresAt", TraceJson.time(challenge.expiresAt()))
                    .put("version", challenge.version().object().version())
                    .put("contentHash", challenge.version().contentHash()));
        });
    }

    /** Approves the draft with the signer's e-signature over its content (the previous version is superseded). */
    @POST
    @Path("/plan/draft/sign")
    @Consumes("application/json")
    public Response approve(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                            String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = SigningGate.require(services, request, projectKey, SigningDuty.RISK_PLAN_APPROVAL);
            JsonRequest json = JsonRequest.parse(body, Set.of("challengeId", "meaning", "reason", "userId", "password", "totp"));
            RiskManagementPlan approved = services.planning().approve(caller.userKey(), projectKey, new SigningRequest(
                    json.requiredText("challengeId"), json.requiredText("meaning"), json.text("reason"),
                    new Credentials(json.text("userId"), json.text("password"), json.text("totp")), caller.sessionId(),
                    caller.clientIp()));
            return JsonResponses.ok(plan(approved));
        });
    }

    private static ObjectNode plan(RiskManagementPlan plan) {
        ObjectNode json = JsonResponses.object().put("version", plan.version()).put("status", plan.status().name())
                .put("contentHash", plan.contentHash());
        try {
            json.set("content", JsonResponses.object().objectNode().deepCopy()
                    .setAll((ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.canonicalJson())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the plan's canonical JSON does not parse", e);
        }
        return json;
    }

    private static ArrayNode heat(long[][] cells) {
        ArrayNode rows = JsonResponses.object().arrayNode();
        for (long[] severity : cells) {
            ArrayNode row = rows.addArray();
            for (long count : severity) {
                row.add(count);
            }
        }
        return rows;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
