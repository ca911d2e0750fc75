package org.eqms.confluence.rest;

import org.eqms.rest.Caller;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.document.ReviewStatus;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.time.Period;

/**
 * The periodic-review schedule of a space ({@code /rest/eqms/1.0/spaces/{spaceKey}/reviews}): due dates of its
 * effective documents, which are due within the reminder window and which are overdue. Only documents whose page
 * the caller may view are listed.
 */
@Path("/spaces/{spaceKey}/reviews")
@Produces(JsonResponses.JSON)
public class ReviewScheduleResource {
    static final int MAX_WINDOW_DAYS = 366;
    private final AppServices app;

    public ReviewScheduleResource(AppServices app) {
        this.app = app;
    }

    @GET
    public Response schedule(@Context HttpServletRequest request, @PathParam("spaceKey") String spaceKey,
                             @QueryParam("windowDays") @DefaultValue("30") int windowDays,
                             @QueryParam("overdueOnly") @DefaultValue("false") boolean overdueOnly) {
        return ErrorMapping.call(() -> {
            DocumentServices services = app.documents();
            Caller caller = services.callers().require(request);
            if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
                throw RestRefusal.badRequest("windowDays is " + windowDays + "; it must be 0 to " + MAX_WINDOW_DAYS + ".",
                        "Ask for a reminder window of at most a year.");
            }
            if (services.spaces().current(spaceKey).isEmpty()) {
                throw new RestRefusal(404, "not_found", "Space " + spaceKey + " has no document control.",
                        "Check the space key; a space administrator turns document control on in the space's tools.");
            }
            ObjectNode json = JsonResponses.object().put("spaceKey", spaceKey).put("windowDays", windowDays);
            ArrayNode list = json.putArray("reviews");
            for (ReviewStatus status : services.reviews().schedule(spaceKey, Period.ofDays(windowDays))) {
                boolean visible = services.permissions().canView(caller.userKey(), status.document().pageId());
                if (visible && (!overdueOnly || status.due() == ReviewStatus.Due.OVERDUE)) {
                    list.add(DocumentJson.review(status));
                }
            }
            return JsonResponses.ok(json);
        });
    }
}
