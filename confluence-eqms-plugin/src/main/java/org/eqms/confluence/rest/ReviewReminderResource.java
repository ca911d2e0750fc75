package org.eqms.confluence.rest;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.time.Period;
import java.util.Set;

/**
 * Runs the periodic-review reminder job now ({@code POST /rest/eqms/1.0/admin/review-reminders}), for system
 * administrators; the host also runs it on a timer. Each reminder is sent once, so running it again is harmless.
 */
@Path("/admin/review-reminders")
@Produces(JsonResponses.JSON)
public class ReviewReminderResource {
    private final AppServices app;

    public ReviewReminderResource(AppServices app) {
        this.app = app;
    }

    @POST
    @Consumes("application/json")
    public Response run(@Context HttpServletRequest request, String body) {
        return ErrorMapping.call(() -> {
            DocumentServices services = app.documents();
            Caller caller = services.callers().require(request);
            if (!services.callers().isSystemAdmin(caller)) {
                throw RestRefusal.forbidden("Only system administrators can run the review reminders.",
                        "Ask a Confluence system administrator.");
            }
            JsonRequest json = JsonRequest.parse(body, Set.of("windowDays"));
            long days = json.node().has("windowDays") ? json.requiredLong("windowDays") : 30;
            if (days < 0 || days > ReviewScheduleResource.MAX_WINDOW_DAYS) {
                throw RestRefusal.badRequest("windowDays is " + days + "; it must be 0 to "
                        + ReviewScheduleResource.MAX_WINDOW_DAYS + ".", "Use a reminder window of at most a year.");
            }
            int announced = services.reminders().run(Period.ofDays((int) days));
            return JsonResponses.ok(JsonResponses.object().put("announced", announced));
        });
    }
}
