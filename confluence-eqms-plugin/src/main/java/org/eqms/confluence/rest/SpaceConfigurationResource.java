package org.eqms.confluence.rest;

import org.eqms.rest.Caller;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import org.eqms.document.SpaceSettings;
import org.eqms.document.SpaceSettingsJson;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * A space's document-control configuration ({@code /rest/eqms/1.0/spaces/{spaceKey}/configuration}), for its space
 * administrators only. PUT sends the whole configuration with the revision it was edited from (docs/formats.md);
 * a save in between is refused with 409 so no one overwrites a change they did not see.
 */
@Path("/spaces/{spaceKey}/configuration")
@Produces(JsonResponses.JSON)
public class SpaceConfigurationResource {
    private final AppServices app;

    public SpaceConfigurationResource(AppServices app) {
        this.app = app;
    }

    private DocumentServices services() {
        return app.documents();
    }

    @GET
    public Response get(@Context HttpServletRequest request, @PathParam("spaceKey") String spaceKey) {
        return ErrorMapping.call(() -> {
            requireSpaceAdmin(request, spaceKey);
            return services().spaces().current(spaceKey)
                    .map(settings -> JsonResponses.ok(SpaceSettingsJson.toJson(settings).put("configured", true)))
                    .orElseGet(() -> JsonResponses.ok(JsonResponses.object().put("spaceKey", spaceKey)
                            .put("revision", 0).put("configured", false)));
        });
    }

    @PUT
    @Consumes("application/json")
    public Response put(@Context HttpServletRequest request, @PathParam("spaceKey") String spaceKey, String body) {
        return ErrorMapping.call(() -> {
            Caller caller = requireSpaceAdmin(request, spaceKey);
            SpaceSettings proposed = SpaceSettingsJson.fromText(spaceKey, body);
            SpaceSettings saved = services().spaces().save(caller.userKey(), proposed, null, caller.clientIp());
            return JsonResponses.ok(SpaceSettingsJson.toJson(saved).put("configured", true));
        });
    }

    private Caller requireSpaceAdmin(HttpServletRequest request, String spaceKey) {
        Caller caller = services().callers().require(request);
        if (!services().permissions().isSpaceAdmin(caller.userKey(), spaceKey)) {
            throw RestRefusal.forbidden("Only administrators of space " + spaceKey + " can see or change its document "
                    + "control configuration.", "Ask a space administrator.");
        }
        return caller;
    }
}
