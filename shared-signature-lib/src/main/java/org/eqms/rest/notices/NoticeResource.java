package org.eqms.rest.notices;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.notice.Notice;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;
import org.eqms.rest.RestRefusal;

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
import java.util.Set;

/**
 * The signed-in user's in-app notifications ({@code /me/notifications} under either app's REST base, e.g.
 * {@code /rest/eqms/1.0} and {@code /rest/eqms-risk/1.0}): what the app told the user (e.g. review reminders), and for
 * system administrators the alerts raised to all administrators (signing lockouts, integrity alerts).
 */
@Path("/me/notifications")
@Produces(JsonResponses.JSON)
public class NoticeResource {
    static final int MAX_LIMIT = 200;
    private final NoticeServices.Source source;

    public NoticeResource(NoticeServices.Source source) {
        this.source = source;
    }

    @GET
    public Response list(@Context HttpServletRequest request, @QueryParam("limit") @DefaultValue("50") int limit) {
        return RestCall.run(() -> {
            NoticeServices services = source.notices();
            Caller caller = services.callers().require(request);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw RestRefusal.badRequest("limit is " + limit + "; it must be 1 to " + MAX_LIMIT + ".",
                        "Ask for at most " + MAX_LIMIT + " notifications.");
            }
            ObjectNode json = JsonResponses.object();
            ArrayNode list = json.putArray("notifications");
            int unread = 0;
            for (Notice notice : services.notices().forUser(caller.userKey(), services.callers().isSystemAdmin(caller), limit)) {
                list.addObject().put("id", notice.id()).put("kind", notice.kind()).put("message", notice.message())
                        .put("toAdministrators", Notice.ADMINISTRATORS.equals(notice.recipient()))
                        .put("createdAt", JsonResponses.time(notice.createdAt()))
                        .put("readAt", JsonResponses.time(notice.readAt()));
                unread += notice.readAt() == null ? 1 : 0;
            }
            json.put("unread", unread);
            return JsonResponses.ok(json);
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("/{id}/read")
    @Consumes("application/json")
    public Response read(@Context HttpServletRequest request, @PathParam("id") long id, String body) {
        return RestCall.run(() -> {
            NoticeServices services = source.notices();
            Caller caller = services.callers().require(request);
            JsonRequest.parse(body, Set.of());
            if (!services.notices().markRead(id, caller.userKey(), services.callers().isSystemAdmin(caller))) {
                throw RestRefusal.notFound("You have no notification " + id + ".");
            }
            return JsonResponses.ok(JsonResponses.object().put("id", id).put("read", true));
        }, RestCall.NO_APP_ERRORS);
    }
}
