package org.eqms.rest.signing;

import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;
import org.eqms.rest.RestRefusal;
import org.eqms.signature.TotpEnrolments;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.util.Set;

/**
 * The signed-in user's own authenticator app for signing where SSO leaves no password
 * ({@code /rest/eqms/1.0/me/totp}): start enrolment (the secret is shown once), confirm it with a code. A confirmed
 * authenticator cannot be replaced from a session alone — that would let whoever holds the session sign — so
 * re-enrolment is refused here.
 */
@Path("/me/totp")
@Produces(JsonResponses.JSON)
public class TotpEnrolmentResource {
    private final SigningAdministrationServices.Source source;

    public TotpEnrolmentResource(SigningAdministrationServices.Source source) {
        this.source = source;
    }

    @GET
    public Response status(@Context HttpServletRequest request) {
        return RestCall.run(() -> {
            Caller caller = source.signingAdministration().callers().require(request);
            return JsonResponses.ok(JsonResponses.object()
                    .put("enrolled", source.signingAdministration().totp().isEnrolled(caller.userKey())));
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("/enrolment")
    @Consumes("application/json")
    public Response begin(@Context HttpServletRequest request, String body) {
        return RestCall.run(() -> {
            TotpEnrolments totp = source.signingAdministration().totp();
            Caller caller = source.signingAdministration().callers().require(request);
            JsonRequest.parse(body, Set.of());
            if (totp.isEnrolled(caller.userKey())) {
                throw new RestRefusal(409, "totp_already_enrolled", "You already have a confirmed authenticator for signing.",
                        "Keep using it; if it is lost, ask two administrators to reset it.");
            }
            TotpEnrolments.Enrolment enrolment = totp.begin(caller.userKey());
            return Response.ok(JsonResponses.object().put("secret", enrolment.secretBase32())
                            .put("otpauthUri", enrolment.otpauthUri()).toString(), JsonResponses.JSON)
                    .header("Cache-Control", "no-store").build();
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("/confirmation")
    @Consumes("application/json")
    public Response confirm(@Context HttpServletRequest request, String body) {
        return RestCall.run(() -> {
            Caller caller = source.signingAdministration().callers().require(request);
            String code = JsonRequest.parse(body, Set.of("code")).requiredText("code");
            if (!source.signingAdministration().totp().confirm(caller.userKey(), code)) {
                throw new RestRefusal(400, "wrong_code", "The code does not match the authenticator being enrolled.",
                        "Enter the current 6-digit code from your authenticator app.");
            }
            return JsonResponses.ok(JsonResponses.object().put("enrolled", true));
        }, RestCall.NO_APP_ERRORS);
    }
}
