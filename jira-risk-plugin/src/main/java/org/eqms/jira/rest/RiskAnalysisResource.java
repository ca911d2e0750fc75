package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.jira.documents.ControlledDocumentDirectory;
import org.eqms.risk.AnnexCHazardCatalogue;
import org.eqms.risk.BenefitRiskAnalysis;
import org.eqms.risk.ControlOption;
import org.eqms.risk.FmeaRating;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.InformationSource;
import org.eqms.risk.ProductionInformation;
import org.eqms.risk.NewHazardsReview;
import org.eqms.risk.RiskControl;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.VerificationLink;
import org.eqms.risk.VerificationPurpose;
import org.eqms.risk.VerificationStatus;

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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A project's risk analysis over REST ({@code /rest/eqms-risk/1.0/projects/{projectKey}/analysis/…}): hazards,
 * hazardous situations, risks with their initial estimate, controls (§7.1 option order), verifications, residual
 * estimates and FMEA ratings, and the Annex C hazard catalogue. Reading needs Jira's Browse Projects permission,
 * changing needs Edit Issues; every change is audited.
 */
@Path("/projects/{projectKey}/analysis")
@Produces(JsonResponses.JSON)
public class RiskAnalysisResource {
    private final RiskAppServices.Source source;

    public RiskAnalysisResource(RiskAppServices.Source source) {
        this.source = source;
    }

    /** The hazards a page at a time in natural id order, each with its hazardous situations. */
    @GET
    @Path("/hazards")
    public Response hazards(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                            @QueryParam("offset") @DefaultValue("0") long offset,
                            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) int limit) {
        return PageRequest.browse(source, request, projectKey, offset, limit, "hazards", (services, hazards) -> {
            for (RiskAnalysis.HazardEntry entry : services.analysis().hazards(projectKey, offset, limit)) {
                Hazard hazard = entry.hazard();
                ObjectNode h = hazards.addObject().put("id", hazard.id()).put("category", hazard.category().name())
                        .put("name", hazard.name()).put("description", hazard.description())
                        .put("catalogueCode", hazard.catalogueCode());
                ArrayNode situations = h.putArray("situations");
                for (HazardousSituation situation : entry.situations()) {
                    ObjectNode s = situations.addObject().put("id", situation.id())
                            .put("hazardId", situation.hazardId());
                    ArrayNode events = s.putArray("sequenceOfEvents");
                    situation.sequenceOfEvents().forEach(events::add);
                    s.put("description", situation.description());
                }
            }
        });
    }

    /** The ISO 14971 Annex C starter set of hazards, to copy into the project's own. */
    @GET
    @Path("/catalogue")
    public Response catalogue(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            ProjectGate.BROWSE.require(source.risk(), request, projectKey);
            ObjectNode json = JsonResponses.object();
            ArrayNode entries = json.putArray("entries");
            AnnexCHazardCatalogue.entries().forEach(e -> entries.addObject().put("code", e.code())
                    .put("category", e.category().name()).put("group", e.group()).put("name", e.name()));
            return JsonResponses.ok(json);
        });
    }

    /** One risk as the write endpoints return it; 404 when the project has no such risk. */
    @GET
    @Path("/risks/{riskId}")
    public Response risk(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                         @PathParam("riskId") String riskId) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            return JsonResponses.ok(risk(services.analysis(), services.analysis().risk(projectKey, riskId)));
        });
    }

    @PUT
    @Path("/hazards/{id}")
    @Consumes("application/json")
    public Response hazard(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                           @PathParam("id") String id, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("category", "name", "description", "catalogueCode"));
            Hazard hazard = services.analysis().saveHazard(projectKey, new Hazard(id,
                    json.requiredEnum("category", HazardCategory.class, "hazard category"),
                    json.requiredText("name"), json.text("description"), json.text("catalogueCode")),
                    caller.userKey(), caller.clientIp());
            return JsonResponses.ok(JsonResponses.object().put("id", hazard.id()).put("name", hazard.name())
                    .put("category", hazard.category().name()));
        });
    }

    @PUT
    @Path("/situations/{id}")
    @Consumes("application/json")
    public Response situation(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              @PathParam("id") String id, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("hazardId", "sequenceOfEvents", "description"));
            HazardousSituation situation = services.analysis().saveSituation(projectKey, new HazardousSituation(id,
                    json.requiredText("hazardId"), texts(json.node().get("sequenceOfEvents"), "sequenceOfEvents"),
                    json.requiredText("description")), caller.userKey(), caller.clientIp());
            return JsonResponses.ok(JsonResponses.object().put("id", situation.id()).put("hazardId", situation.hazardId()));
        });
    }

    /** Creates the risk of a hazardous situation or re-estimates it: {@code {situationId, harm, p1, p2, severity}}. */
    @PUT
    @Path("/risks/{riskId}")
    @Consumes("application/json")
    public Response estimate(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                             @PathParam("riskId") String riskId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("situationId", "harm", "p1", "p2", "severity"));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().estimate(projectKey, riskId, json.text("situationId"),
                    json.text("harm"), level(json, "p1"), level(json, "p2"), level(json, "severity"), caller.userKey(),
                    caller.clientIp())));
        });
    }

    @POST
    @Path("/risks/{riskId}/controls")
    @Consumes("application/json")
    public Response control(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                            @PathParam("riskId") String riskId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("id", "description", "option", "justification",
                    "documentReferences"));
            JsonNode references = json.node().get("documentReferences");
            List<String> documentReferences = references == null || references.isNull() ? List.of()
                    : texts(references, "documentReferences");
            return JsonResponses.ok(risk(services.analysis(), services.analysis().addControl(projectKey, riskId,
                    json.requiredText("id"), json.requiredText("description"), json.requiredEnum("option",
                            ControlOption.class, "control option"), json.text("justification"), documentReferences,
                    caller.userKey(), caller.clientIp())));
        });
    }

    @POST
    @Path("/risks/{riskId}/controls/{controlId}/verifications")
    @Consumes("application/json")
    public Response verification(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                 @PathParam("riskId") String riskId, @PathParam("controlId") String controlId,
                                 String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("itemId", "purpose", "status"));
            VerificationLink link = new VerificationLink(json.requiredText("itemId"),
                    json.requiredEnum("purpose", VerificationPurpose.class, "verification purpose"),
                    json.requiredEnum("status", VerificationStatus.class, "verification status"));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().addVerification(projectKey, riskId, controlId, link,
                    caller.userKey(), caller.clientIp())));
        });
    }

    @PUT
    @Path("/risks/{riskId}/residual")
    @Consumes("application/json")
    public Response residual(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                             @PathParam("riskId") String riskId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("p1", "p2", "severity"));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().estimateResidual(projectKey, riskId, level(json, "p1"),
                    level(json, "p2"), level(json, "severity"), caller.userKey(), caller.clientIp())));
        });
    }

    /** §7.5: {@code {"introducedHazardIds":[…],"note":"…"}} (an empty list: the control introduces no new hazard). */
    /** The controlled documents implementing a control, replaced: {@code {"documentReferences":["SOP-0001"]}}. */
    @PUT
    @Path("/risks/{riskId}/controls/{controlId}/document-references")
    @Consumes("application/json")
    public Response documentReferences(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                       @PathParam("riskId") String riskId, @PathParam("controlId") String controlId,
                                       String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("documentReferences"));
            JsonNode references = json.node().get("documentReferences");
            if (references == null || !references.isArray()) {
                throw RestRefusal.badRequest("documentReferences must be a list of document numbers.",
                        "Send e.g. {\"documentReferences\":[\"SOP-0001\"]}; an empty list removes them all.");
            }
            return JsonResponses.ok(risk(services.analysis(), services.analysis().referenceDocuments(projectKey, riskId,
                    controlId, texts(references, "documentReferences"), caller.userKey(), caller.clientIp())));
        });
    }

    @PUT
    @Path("/risks/{riskId}/controls/{controlId}/new-hazards-review")
    @Consumes("application/json")
    public Response newHazards(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                               @PathParam("riskId") String riskId, @PathParam("controlId") String controlId,
                               String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("introducedHazardIds", "note"));
            NewHazardsReview review = new NewHazardsReview(texts(json.node().get("introducedHazardIds"),
                    "introducedHazardIds"), json.requiredText("note"));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().reviewNewHazards(projectKey, riskId, controlId, review,
                    caller.userKey(), caller.clientIp())));
        });
    }

    /** §7.4: {@code {"reference":"…","rationale":"…","benefitsOutweighResidualRisk":true}}. */
    @PUT
    @Path("/risks/{riskId}/benefit-risk")
    @Consumes("application/json")
    public Response benefitRisk(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                @PathParam("riskId") String riskId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("reference", "rationale", "benefitsOutweighResidualRisk"));
            BenefitRiskAnalysis analysis = new BenefitRiskAnalysis(json.requiredText("reference"),
                    json.requiredText("rationale"), json.requiredBoolean("benefitsOutweighResidualRisk",
                            "Say whether the medical benefits outweigh the residual risk."));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().recordBenefitRisk(projectKey, riskId, analysis,
                    caller.userKey(), caller.clientIp())));
        });
    }

    /** The FMEA rating of the risk: {@code {"severity":1..10,"occurrence":1..10,"detection":1..10}}. */
    @PUT
    @Path("/risks/{riskId}/fmea")
    @Consumes("application/json")
    public Response fmea(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                         @PathParam("riskId") String riskId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("severity", "occurrence", "detection"));
            FmeaRating rating = new FmeaRating(fmeaRating(json, "severity"), fmeaRating(json, "occurrence"),
                    fmeaRating(json, "detection"));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().rateFmea(projectKey, riskId, rating, caller.userKey(),
                    caller.clientIp())));
        });
    }

    /**
     * ISO 14971 §10: records production or post-production information, {@code {"id","source","summary",
     * "hazardIds":[…],"receivedAt":"2026-11-01T09:30:00.000Z"}}, and flags every risk of those hazards for
     * re-evaluation; answers {@code {"information":{…},"flaggedRiskIds":[…]}}.
     */
    @POST
    @Path("/production-information")
    @Consumes("application/json")
    public Response recordInformation(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                      String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("id", "source", "summary", "hazardIds", "receivedAt"));
            ProductionInformation received = new ProductionInformation(json.requiredText("id"),
                    json.requiredEnum("source", InformationSource.class, "information source"),
                    json.requiredText("summary"), texts(json.node().get("hazardIds"), "hazardIds"),
                    instant(json, "receivedAt"));
            List<RiskRecord> flagged = services.analysis().recordProductionInformation(projectKey, received,
                    caller.userKey(), caller.clientIp());
            ObjectNode reply = JsonResponses.object();
            reply.set("information", information(received));
            ArrayNode ids = reply.putArray("flaggedRiskIds");
            flagged.forEach(r -> ids.add(r.id()));
            return JsonResponses.ok(reply);
        });
    }

    /** The project's production and post-production information, a page at a time in the order recorded. */
    @GET
    @Path("/production-information")
    public Response information(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                @QueryParam("offset") @DefaultValue("0") long offset,
                                @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) int limit) {
        return PageRequest.browse(source, request, projectKey, offset, limit, "information", (services, items) -> {
            services.analysis().productionInformation(projectKey, offset, limit).forEach(i -> items.add(information(i)));
        });
    }

    /** ISO 14971 §10.4: the flagged risk was re-evaluated, {@code {"rationale":"…"}}; 409 if it is not flagged. */
    @PUT
    @Path("/risks/{riskId}/reevaluated")
    @Consumes("application/json")
    public Response reevaluated(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                @PathParam("riskId") String riskId, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("rationale"));
            return JsonResponses.ok(risk(services.analysis(), services.analysis().reevaluated(projectKey, riskId,
                    json.requiredText("rationale"), caller.userKey(), caller.clientIp())));
        });
    }

    private static ObjectNode information(ProductionInformation information) {
        ObjectNode json = JsonResponses.object().put("id", information.id())
                .put("source", information.source().name()).put("summary", information.summary());
        ArrayNode hazardIds = json.putArray("hazardIds");
        information.hazardIds().forEach(hazardIds::add);
        return json.put("receivedAt", JsonResponses.time(information.receivedAt()));
    }

    /** An RFC 3339 time such as {@code 2026-11-01T09:30:00Z}, kept to the millisecond. */
    private static Instant instant(JsonRequest json, String field) {
        String text = json.requiredText(field);
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw RestRefusal.badRequest("\"" + field + "\" is \"" + text + "\", not a UTC time.",
                    "Send an RFC 3339 UTC time, e.g. 2026-11-01T09:30:00.000Z.");
        }
    }

    private static int fmeaRating(JsonRequest json, String field) {
        long value = json.requiredLong(field);
        if (value < FmeaRating.MIN || value > FmeaRating.MAX) {
            throw RestRefusal.badRequest("\"" + field + "\" is " + value + "; FMEA ratings are " + FmeaRating.MIN
                    + " to " + FmeaRating.MAX + ".", "Rate " + field + " from " + FmeaRating.MIN + " to "
                    + FmeaRating.MAX + ".");
        }
        return (int) value;
    }

    private static int level(JsonRequest json, String field) {
        long value = json.requiredLong(field);
        if (value < 1 || value > 10) {
            throw RestRefusal.badRequest("\"" + field + "\" is " + value + "; levels are 1 to the size of the scale.",
                    "Choose a level of the project's scale.");
        }
        return (int) value;
    }

    private static List<String> texts(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw RestRefusal.badRequest("\"" + field + "\" is missing or not a list.", "Send \"" + field
                    + "\" as a list of strings.");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw RestRefusal.badRequest("\"" + field + "\" holds " + item + ", which is not a string.",
                        "Send \"" + field + "\" as a list of strings.");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static ObjectNode risk(RiskAnalysis analysis, RiskRecord risk) {
        ObjectNode json = JsonResponses.object().put("id", risk.id()).put("hazardId", risk.hazardId())
                .put("situationId", risk.situationId()).put("harm", risk.harm() == null ? null : risk.harm().description());
        json.set("initial", estimate(risk.initial()));
        json.set("residual", estimate(risk.residual()));
        if (risk.fmea() != null) {
            json.putObject("fmea").put("severity", risk.fmea().severity()).put("occurrence", risk.fmea().occurrence())
                    .put("detection", risk.fmea().detection()).put("rpn", risk.fmea().rpn())
                    .put("actionPriority", risk.fmea().actionPriority().name());
        } else {
            json.putNull("fmea");
        }
        json.put("flaggedForReevaluation", risk.flaggedForReevaluation());
        ArrayNode reasons = json.putArray("reevaluationReasons");
        risk.reevaluationReasons().forEach(reasons::add);
        if (risk.benefitRisk() != null) {
            json.putObject("benefitRisk").put("reference", risk.benefitRisk().reference())
                    .put("benefitsOutweighResidualRisk", risk.benefitRisk().benefitsOutweighResidualRisk());
        }
        ArrayNode controls = json.putArray("controls");
        for (RiskControl control : risk.controls()) {
            ObjectNode c = controls.addObject().put("id", control.id()).put("option", control.option().name())
                    .put("description", control.description()).put("newHazardsReviewed", control.newHazards() != null);
            ArrayNode verifications = c.putArray("verifications");
            control.verifications().forEach(v -> verifications.addObject().put("itemId", v.itemId())
                    .put("purpose", v.purpose().name()).put("status", v.status().name()));
            ArrayNode documents = c.putArray("documentReferences");
            for (String number : control.documentReferences()) {
                ObjectNode reference = documents.addObject().put("number", number);
                Optional<ControlledDocumentDirectory.ControlledDocument> found = analysis.document(number);
                reference.put("resolved", found.isPresent())
                        .put("title", found.map(ControlledDocumentDirectory.ControlledDocument::title).orElse(null))
                        .put("status", found.map(ControlledDocumentDirectory.ControlledDocument::status).orElse(null))
                        .put("url", found.map(ControlledDocumentDirectory.ControlledDocument::url).orElse(null));
            }
        }
        return json;
    }

    private static ObjectNode estimate(RiskEstimate estimate) {
        if (estimate == null) {
            return null;
        }
        return JsonResponses.object().put("severity", estimate.severity()).put("p1", estimate.probability().p1())
                .put("p2", estimate.probability().p2()).put("p", estimate.probability().p())
                .put("method", estimate.probability().method().name());
    }
}
