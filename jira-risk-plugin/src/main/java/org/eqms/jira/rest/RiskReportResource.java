package org.eqms.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.app.RiskReporting;
import org.eqms.jira.pdf.ReportSheet;
import org.eqms.jira.pdf.RiskReportPdf;
import org.eqms.jira.view.JiraUi;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The risk management review and report of a project over REST
 * ({@code /rest/eqms-risk/1.0/projects/{projectKey}/risks/report…}, ISO 14971 §8, §9): the latest report and the
 * list of versions (Browse Projects), concluding the review (Administer Projects), and signing the latest report
 * Reviewed then Approved (whoever {@link ReportSigningGate} lets sign).
 */
@Path("/projects/{projectKey}/risks/report")
@Produces(JsonResponses.JSON)
public class RiskReportResource {
    static final Set<String> REVIEW_FIELDS = Set.of("method", "acceptable", "rationale", "benefitRiskReference",
            "disclosureReference", "productionInformationMethods");
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String PDF = "application/pdf";

    private final RiskAppServices.Source source;
    private final RiskReportPdf pdf = new RiskReportPdf(JiraUi.english());
    private final Clock clock = Clock.systemUTC();

    public RiskReportResource(RiskAppServices.Source source) {
        this.source = source;
    }

    @GET
    public Response report(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            List<ReportVersion> versions = services.reporting().versions(projectKey);
            ObjectNode json = JsonResponses.object().put("projectKey", projectKey);
            if (versions.isEmpty()) {
                json.putNull("latest");
            } else {
                json.set("latest", report(services.reporting(), versions.get(versions.size() - 1)));
            }
            ArrayNode list = json.putArray("versions");
            for (ReportVersion version : versions) {
                list.addObject().put("version", version.version()).put("status", version.status().name())
                        .put("contentHash", version.storedContentHash()).put("intact", version.isIntact())
                        .put("concludedAt", JsonResponses.time(version.report().concludedAt()))
                        .put("signatures", version.report().signatures().size());
            }
            return JsonResponses.ok(json);
        });
    }

    /**
     * The report as PDF/A-3b (the latest version, or {@code ?version=n}): its content, the manifestation of every
     * signature and its canonical JSON embedded. Browse Projects; the export is audited.
     */
    @GET
    @Path("/report.pdf")
    @Produces({PDF, JsonResponses.JSON})
    public Response reportPdf(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              @QueryParam("version") String version) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.BROWSE.require(services, request, projectKey);
            ReportVersion report = services.reporting().version(projectKey, version(version));
            List<RiskRegisterRow> register;
            try (Stream<RiskRegisterRow> rows = services.risk().rows(projectKey)) {
                register = rows.toList();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            pdf.render(new ReportSheet(report, services.reporting().signatureRecords(report), register,
                    clock.instant()), out);
            services.reporting().exported(report, PDF, caller.userKey(), caller.clientIp());
            String file = ExportResource.fileName(projectKey, "risk-report-v" + report.version() + ".pdf");
            return Response.ok(out.toByteArray(), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
        });
    }

    private static Integer version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int version = Integer.parseInt(text.trim());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RestRefusal.badRequest("\"" + text + "\" is not a report version.",
                "Ask for a version number from the report list, or leave version out for the latest.");
    }

    /** Concludes the §9 review with the §8 evaluation of the overall residual risk; project administrators only. */
    @POST
    @Path("/review")
    @Consumes("application/json")
    public Response review(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                           String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.ADMINISTER.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, REVIEW_FIELDS);
            RiskReporting.Review review = new RiskReporting.Review(json.requiredText("method"),
                    json.requiredBoolean("acceptable", "Say whether the overall residual risk is acceptable (true) "
                            + "or not (false; then reference the benefit-risk analysis)."),
                    json.requiredText("rationale"), json.text("benefitRiskReference"),
                    json.text("disclosureReference"), json.requiredText("productionInformationMethods"));
            ReportVersion concluded = services.reporting().conclude(projectKey, review, caller.userKey(),
                    caller.clientIp());
            return JsonResponses.ok(report(services.reporting(), concluded));
        });
    }

    /** A single-use challenge to sign the latest report: it binds the report's version and content hash. */
    @POST
    @Path("/challenge")
    @Consumes("application/json")
    public Response challenge(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ReportSigningGate.requireForNext(services, request, projectKey);
            JsonRequest.parse(body, Set.of());
            SigningChallenge challenge = services.reporting().challenge(caller.userKey(), projectKey);
            return JsonResponses.ok(JsonResponses.object().put("challengeId", challenge.id())
                    .put("expiresAt", JsonResponses.time(challenge.expiresAt()))
                    .put("version", challenge.version().object().version())
                    .put("contentHash", challenge.version().contentHash()));
        });
    }

    /** Signs the latest report Reviewed or Approved with the signer's e-signature over its content hash. */
    @POST
    @Path("/sign")
    @Consumes("application/json")
    public Response sign(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                         String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            services.callers().require(request);
            JsonRequest json = JsonRequest.parse(body, Set.of("challengeId", "meaning", "reason", "userId",
                    "password", "totp"));
            Caller caller = ReportSigningGate.requireFor(services, request, projectKey, json.text("meaning"));
            ReportVersion signed = services.reporting().sign(caller.userKey(), projectKey, new SigningRequest(
                    json.requiredText("challengeId"), json.requiredText("meaning"), json.text("reason"),
                    new Credentials(json.text("userId"), json.text("password"), json.text("totp")),
                    caller.sessionId(), caller.clientIp()));
            return JsonResponses.ok(report(services.reporting(), signed));
        });
    }

    static ObjectNode report(RiskReporting reporting, ReportVersion version) {
        ObjectNode json = JsonResponses.object().put("version", version.version())
                .put("status", version.status().name()).put("intact", version.isIntact())
                .put("contentHash", version.storedContentHash());
        try {
            json.set("content", JSON.readTree(version.report().canonicalJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report's canonical JSON does not parse", e);
        }
        ArrayNode signatures = json.putArray("signatures");
        for (SignatureRecord record : reporting.signatureRecords(version)) {
            signatures.addObject().put("signatureId", record.id()).put("meaning", record.meaning())
                    .put("signerKey", record.signerKey()).put("signer", record.signerName())
                    .put("time", JsonResponses.time(record.time())).put("reason", record.reason())
                    .put("contentHash", record.contentHash());
        }
        return json;
    }
}
