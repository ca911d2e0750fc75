package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.access.SigningDuty;
import org.eqms.jira.access.SigningRoles;
import org.eqms.jira.access.StaleSigningRolesException;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signing roles of a project ({@code /rest/eqms-risk/1.0/projects/{projectKey}/signing-roles}): who may sign the
 * plan, the report (Reviewed, Approved) and baselines. Anyone who browses the project reads them; project
 * administrators save them over the revision they read (409 when it changed). Body and answer:
 * {@code {"revision":int,"signers":{"RISK_PLAN_APPROVAL":[userKey],…}}}; the answer also tells, per duty, whether
 * it is restricted and which Jira permission decides otherwise.
 */
@Path("/projects/{projectKey}/signing-roles")
@Produces(JsonResponses.JSON)
public class SigningRolesResource {
    private final RiskAppServices.Source source;

    public SigningRolesResource(RiskAppServices.Source source) {
        this.source = source;
    }

    @GET
    public Response get(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            return JsonResponses.ok(json(services.signingRoles().current(projectKey)));
        });
    }

    @PUT
    @Consumes("application/json")
    public Response put(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.ADMINISTER.require(services, request, projectKey);
            JsonRequest json = JsonRequest.parse(body, Set.of("revision", "signers"));
            long revision = json.requiredLong("revision");
            if (revision < 0 || revision > Integer.MAX_VALUE) {
                throw RestRefusal.badRequest("revision " + revision + " is not a revision.",
                        "Send the revision you read (0 when none was saved).");
            }
            Map<SigningDuty, List<String>> signers = signers(json.node().get("signers"));
            List<String> unknown = services.signingRoles().unknownUsers(signers);
            if (!unknown.isEmpty()) {
                throw RestRefusal.badRequest("No user has the key " + String.join(", ", unknown) + ".",
                        "Name signers by their Jira user key.");
            }
            try {
                return JsonResponses.ok(json(services.signingRoles().save(projectKey, signers, (int) revision,
                        caller.userKey(), caller.clientIp())));
            } catch (StaleSigningRolesException e) {
                throw new RestRefusal(409, "stale_revision", e.getMessage(), "Reload the signing roles and save again.");
            }
        });
    }

    private static Map<SigningDuty, List<String>> signers(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw RestRefusal.badRequest("signers must be an object of duty → list of user keys.",
                    "Send e.g. {\"RISK_PLAN_APPROVAL\":[\"user-key\"]}.");
        }
        Map<SigningDuty, List<String>> signers = new EnumMap<>(SigningDuty.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            SigningDuty duty = duty(field.getKey());
            JsonNode keys = field.getValue();
            if (!keys.isArray() || keys.size() > SigningRoles.MAX_SIGNERS) {
                throw RestRefusal.badRequest("signers." + duty.name() + " must be a list of at most "
                        + SigningRoles.MAX_SIGNERS + " user keys.", "Send a JSON array of strings.");
            }
            List<String> list = new ArrayList<>();
            for (JsonNode key : keys) {
                if (!key.isTextual() || key.asText().isBlank()) {
                    throw RestRefusal.badRequest("signers." + duty.name() + " holds " + key + ", not a user key.",
                            "Send user keys as strings.");
                }
                list.add(key.asText());
            }
            signers.put(duty, list);
        }
        return signers;
    }

    private static SigningDuty duty(String name) {
        for (SigningDuty duty : SigningDuty.values()) {
            if (duty.name().equals(name)) {
                return duty;
            }
        }
        throw RestRefusal.badRequest("\"" + name + "\" is not a signing duty.", "Use one of "
                + java.util.Arrays.toString(SigningDuty.values()) + ".");
    }

    private static ObjectNode json(SigningRoles roles) {
        ObjectNode json = JsonResponses.object().put("projectKey", roles.projectKey()).put("revision", roles.revision());
        ObjectNode signers = json.putObject("signers");
        ObjectNode restricted = json.putObject("restricted");
        ObjectNode otherwise = json.putObject("otherwiseJiraPermission");
        roles.signers().forEach((duty, keys) -> {
            keys.forEach(signers.putArray(duty.name())::add);
            restricted.put(duty.name(), roles.restricts(duty));
            otherwise.put(duty.name(), SigningGate.unrestricted(duty).name());
        });
        return json;
    }
}
