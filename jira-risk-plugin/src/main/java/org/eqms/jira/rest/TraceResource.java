package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.app.BaselineSigning;
import org.eqms.jira.access.SigningDuty;
import org.eqms.rest.Caller;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningRequest;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import org.eqms.trace.BaselineSummary;
import org.eqms.trace.Coverage;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.MatrixQuery;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceLink;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Traceability of a Jira project over REST ({@code /rest/eqms-risk/1.0/projects/{projectKey}/…}): trace matrix,
 * gap analysis, suspect links and their re-review, baselines and their diff, SBOM import into the SOUP register.
 * Reading needs Jira's Browse Projects permission; changing needs Edit Issues. JSON only (XSRF: no form posts).
 */
@Path("/projects/{projectKey}")
@Produces(JsonResponses.JSON)
public class TraceResource {
    private final RiskAppServices.Source source;

    public TraceResource(RiskAppServices.Source source) {
        this.source = source;
    }

    @GET
    @Path("/matrix")
    public Response matrix(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                           @QueryParam("role") @DefaultValue("SOFTWARE_REQUIREMENT") String role,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("500") int limit,
                           @QueryParam("text") String text, @QueryParam("coverage") String coverage,
                           @QueryParam("suspectOnly") @DefaultValue("false") boolean suspectOnly) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            MatrixQuery query = MatrixQuery.of(JsonRequest.enumValue(ItemRole.class, role, "role"), offset, limit);
            if (text != null && !text.isBlank()) {
                query = query.withText(text);
            }
            if (coverage != null && !coverage.isBlank()) {
                Set<Coverage> coverages = EnumSet.noneOf(Coverage.class);
                for (String c : coverage.split(",")) {
                    coverages.add(JsonRequest.enumValue(Coverage.class, c.trim(), "coverage"));
                }
                query = query.withCoverages(coverages);
            }
            if (suspectOnly) {
                query = query.onlySuspect();
            }
            return JsonResponses.ok(TraceJson.matrix(services.trace().matrix(projectKey, query)));
        });
    }

    @GET
    @Path("/gaps")
    public Response gaps(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            return JsonResponses.ok(TraceJson.gaps(services.trace().gaps(projectKey)));
        });
    }

    @GET
    @Path("/suspects")
    public Response suspects(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            List<SuspectMark> marks;
            try (Stream<SuspectMark> stream = services.trace().suspects(projectKey).marks()) {
                marks = stream.toList();
            }
            Set<String> ids = new HashSet<>();
            marks.forEach(mark -> ids.addAll(List.of(mark.link().from(), mark.link().to(), mark.changedItemId())));
            Map<String, String> keys = services.trace().itemKeys(projectKey, ids);
            Function<String, String> names = displayNames(services);
            ObjectNode json = JsonResponses.object();
            ArrayNode list = json.putArray("suspects");
            marks.forEach(mark -> list.add(TraceJson.suspect(mark, keys, names.apply(mark.changedBy()))));
            return JsonResponses.ok(json);
        });
    }

    /** Records that the caller re-reviewed a suspect link and why the trace still holds. */
    @POST
    @Path("/suspects/review")
    @Consumes("application/json")
    public Response review(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("from", "type", "to", "reason"));
            TraceLink link = new TraceLink(json.requiredText("from"), json.requiredEnum("type", LinkType.class, "type"),
                    json.requiredText("to"));
            return JsonResponses.ok(TraceJson.review(services.trace().review(projectKey, link, caller.userKey(),
                    json.requiredText("reason"), caller.clientIp())));
        });
    }

    @GET
    @Path("/baselines")
    public Response baselines(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            Function<String, String> names = displayNames(services);
            ObjectNode json = JsonResponses.object();
            ArrayNode list = json.putArray("baselines");
            for (BaselineSummary summary : services.trace().baselineSummaries(projectKey)) {
                ObjectNode baseline = TraceJson.baseline(summary, names.apply(summary.createdBy()));
                ArrayNode signed = baseline.putArray("signatures");
                services.baselineSigning().signaturesOf(summary.id()).forEach(record -> signed.addObject()
                        .put("signerName", record.signerName()).put("meaning", record.meaning())
                        .put("time", TraceJson.time(record.time())).put("reason", record.reason())
                        .put("contentHash", record.contentHash()));
                list.add(baseline);
            }
            return JsonResponses.ok(json);
        });
    }

    @POST
    @Path("/baselines")
    @Consumes("application/json")
    public Response takeBaseline(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                 String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            String label = JsonRequest.parse(body, Set.of("label")).requiredText("label");
            return JsonResponses.created(TraceJson.baseline(services.trace().takeBaseline(projectKey, label,
                    caller.userKey(), caller.clientIp()), services.trace().displayName(caller.userKey())));
        });
    }

    /** A single-use challenge to sign the baseline: what is signed (label, content hash) and the meanings offered. */
    @POST
    @Path("/baselines/{id}/challenge")
    @Consumes("application/json")
    public Response challenge(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              @PathParam("id") String baselineId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = SigningGate.require(services, request, projectKey, SigningDuty.BASELINE_SIGNING);
            JsonRequest.parse(body, Set.of());
            BaselineSigning.Challenge c = services.baselineSigning().challenge(caller.userKey(), caller.sessionId(),
                    projectKey, baselineId);
            ObjectNode json = JsonResponses.object().put("challengeId", c.challenge().id())
                    .put("expiresAt", TraceJson.time(c.challenge().expiresAt())).put("baselineId", baselineId)
                    .put("label", c.baseline().label()).put("contentHash", c.baseline().hash())
                    .put("intact", c.baseline().isIntact())
                    .put("needsUserId", c.needsUserId()).put("secretComponent", c.secretComponent());
            ArrayNode meanings = json.putArray("meanings");
            c.meanings().forEach(meanings::add);
            return JsonResponses.ok(json);
        });
    }

    /** Signs the baseline with the challenge and the signer's credentials (id and password, or TOTP code). */
    @POST
    @Path("/baselines/{id}/sign")
    @Consumes("application/json")
    public Response sign(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                         @PathParam("id") String baselineId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = SigningGate.require(services, request, projectKey, SigningDuty.BASELINE_SIGNING);
            JsonRequest json = JsonRequest.parse(body, Set.of("challengeId", "meaning", "reason", "userId", "password", "totp"));
            SignatureRecord record = services.baselineSigning().sign(caller.userKey(), projectKey, baselineId,
                    new SigningRequest(json.requiredText("challengeId"), json.requiredText("meaning"), json.text("reason"),
                            new Credentials(json.text("userId"), json.text("password"), json.text("totp")),
                            caller.sessionId(), caller.clientIp()));
            return JsonResponses.ok(JsonResponses.object().put("signatureId", record.id())
                    .put("signerName", record.signerName()).put("meaning", record.meaning())
                    .put("time", TraceJson.time(record.time())).put("contentHash", record.contentHash())
                    .put("sealed", record.sealed()));
        });
    }

    @GET
    @Path("/baselines/{older}/diff/{newer}")
    public Response diff(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                         @PathParam("older") String older, @PathParam("newer") String newer) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            return JsonResponses.ok(TraceJson.diff(services.trace().compare(projectKey, older, newer)));
        });
    }

    /** What importing the SBOM (CycloneDX or SPDX JSON, as the body) would change in the SOUP register. */
    @POST
    @Path("/soup/preview")
    @Consumes("application/json")
    public Response previewSbom(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.EDIT.require(services, request, projectKey);
            return JsonResponses.ok(TraceJson.soup(services.trace().previewSbom(projectKey, bytes(body))));
        });
    }

    @POST
    @Path("/soup/import")
    @Consumes("application/json")
    public Response importSbom(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                               String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            return JsonResponses.ok(TraceJson.soup(services.trace().importSbom(projectKey, bytes(body), caller.userKey(),
                    caller.clientIp())));
        });
    }

    /** Full names by user key, each looked up once per request (a list names the same few people many times). */
    private static Function<String, String> displayNames(RiskAppServices services) {
        Map<String, String> names = new HashMap<>();
        return userKey -> names.computeIfAbsent(userKey, services.trace()::displayName);
    }

    private static byte[] bytes(String body) {
        if (body == null || body.isBlank()) {
            throw RestRefusal.badRequest("The request has no SBOM.", "Send a CycloneDX or SPDX JSON document as the body.");
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
