package org.eqms.confluence.rest;

import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
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
 * Runs the app's scheduled jobs now ({@code POST /rest/eqms/1.0/jobs/…}), for system administrators; the host also
 * runs them on a timer. Both are idempotent: a reminder is sent once, a revision becomes effective once.
 */
@Path("/jobs")
@Produces(JsonResponses.JSON)
public class ScheduledJobsResource {
    private final AppServices app;

    public ScheduledJobsResource(AppServices app) {
        this.app = app;
    }

    /** Makes Approved revisions whose scheduled effective date has come Effective. */
    @POST
    @Path("/effective-dates")
    @Consumes("application/json")
    public Response effectiveDates(@Context HttpServletRequest request, String body) {
        return ErrorMapping.call(() -> {
            DocumentServices services = requireSystemAdmin(request);
            JsonRequest.parse(body, Set.of());
            return JsonResponses.ok(JsonResponses.object().put("madeEffective", services.effectiveDates().run()));
        });
    }

    /** Announces reviews due within {@code windowDays} (default 30) and overdue reviews, each once. */
    @POST
    @Path("/review-reminders")
    @Consumes("application/json")
    public Response reviewReminders(@Context HttpServletRequest request, String body) {
        return ErrorMapping.call(() -> {
            DocumentServices services = requireSystemAdmin(request);
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

    private DocumentServices requireSystemAdmin(HttpServletRequest request) {
        DocumentServices services = app.documents();
        Caller caller = services.callers().require(request);
        if (!services.callers().isSystemAdmin(caller)) {
            throw RestRefusal.forbidden("Only system administrators can run the eQMS jobs.",
                    "Ask a Confluence system administrator.");
        }
        return services;
    }
}
