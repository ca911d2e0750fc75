package org.eqms.rest.signing;

import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;
import org.eqms.rest.RestRefusal;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.signature.Lockout;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.util.Set;

/**
 * Global e-signature administration ({@code /rest/eqms/1.0/admin}), for system administrators only: the signing
 * policy (meanings, lockout threshold and window, challenge lifetime, continuous session), and the signing
 * lockouts with their two-person unlock (21 CFR 11.300(d)). Every change is audited by the services.
 */
@Path("/admin")
@Produces(JsonResponses.JSON)
public class SigningAdministrationResource {
    private final SigningAdministrationServices.Source source;

    public SigningAdministrationResource(SigningAdministrationServices.Source source) {
        this.source = source;
    }

    @GET
    @Path("/signing-policy")
    public Response policy(@Context HttpServletRequest request) {
        return RestCall.run(() -> {
            requireSystemAdmin(request);
            return JsonResponses.ok(SigningPolicyJson.toJson(services().policy().current()));
        }, RestCall.NO_APP_ERRORS);
    }

    @PUT
    @Path("/signing-policy")
    @Consumes("application/json")
    public Response changePolicy(@Context HttpServletRequest request, String body) {
        return RestCall.run(() -> {
            Caller caller = requireSystemAdmin(request);
            JsonRequest json = JsonRequest.parse(body, SigningPolicyJson.FIELDS);
            String reason = json.requiredText("reason");
            services().policy().change(caller.userKey(), SigningPolicyJson.fromJson(json), reason, caller.clientIp());
            return JsonResponses.ok(SigningPolicyJson.toJson(services().policy().current()));
        }, RestCall.NO_APP_ERRORS);
    }

    @GET
    @Path("/lockouts")
    public Response lockouts(@Context HttpServletRequest request) {
        return RestCall.run(() -> {
            requireSystemAdmin(request);
            ObjectNode json = JsonResponses.object();
            ArrayNode list = json.putArray("lockouts");
            for (Lockout lockout : services().lockouts().activeLockouts()) {
                list.add(lockoutJson(lockout));
            }
            return JsonResponses.ok(json);
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("/lockouts/{userKey}/request-unlock")
    @Consumes("application/json")
    public Response requestUnlock(@Context HttpServletRequest request, @PathParam("userKey") String userKey, String body) {
        return RestCall.run(() -> {
            Caller caller = requireSystemAdmin(request);
            String reason = JsonRequest.parse(body, Set.of("reason")).requiredText("reason");
            services().lockouts().requestUnlock(caller.userKey(), userKey, reason, caller.clientIp());
            return lockoutOf(userKey);
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("/lockouts/{userKey}/approve-unlock")
    @Consumes("application/json")
    public Response approveUnlock(@Context HttpServletRequest request, @PathParam("userKey") String userKey, String body) {
        return RestCall.run(() -> {
            Caller caller = requireSystemAdmin(request);
            JsonRequest.parse(body, Set.of());
            services().lockouts().approveUnlock(caller.userKey(), userKey, caller.clientIp());
            return lockoutOf(userKey);
        }, RestCall.NO_APP_ERRORS);
    }

    private Response lockoutOf(String userKey) {
        ObjectNode json = JsonResponses.object().put("userKey", userKey);
        services().lockouts().activeLockout(userKey).ifPresentOrElse(
                lockout -> json.put("locked", true).set("lockout", lockoutJson(lockout)),
                () -> json.put("locked", false));
        return JsonResponses.ok(json);
    }

    private ObjectNode lockoutJson(Lockout lockout) {
        return JsonResponses.object().put("userKey", lockout.userKey())
                .put("name", services().actors().apply(lockout.userKey()).name())
                .put("lockedAt", JsonResponses.time(lockout.lockedAt()))
                .put("unlockRequestedBy", lockout.unlockRequestedBy())
                .put("unlockReason", lockout.unlockReason())
                .put("unlockRequestedAt", JsonResponses.time(lockout.unlockRequestedAt()));
    }

    private Caller requireSystemAdmin(HttpServletRequest request) {
        Caller caller = services().callers().require(request);
        if (!services().callers().isSystemAdmin(caller)) {
            throw RestRefusal.forbidden("Only system administrators can administer e-signatures.",
                    "Ask a Confluence system administrator.");
        }
        return caller;
    }

    private SigningAdministrationServices services() {
        return source.signingAdministration();
    }
}
