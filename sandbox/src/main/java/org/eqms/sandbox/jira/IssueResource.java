package org.eqms.sandbox.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.jira.product.SyncRefusal;
import org.eqms.rest.Caller;
import org.eqms.rest.Callers;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;
import org.eqms.rest.RestRefusal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sandbox's Jira issue API (what Jira's issue screens and REST are in the product), under
 * {@value SandboxIssuesApp#REST_BASE}: list a project's issues, create, read (with its links), edit and delete an
 * issue, link and unlink two issues. JSON only; every change answers with {@code traceRefusals}, what the app's trace
 * listener did not take of it (Jira keeps the change; the app records the refusal in its audit trail).
 */
@Path("/")
@Produces(JsonResponses.JSON)
public class IssueResource {
    private final SandboxJira jira;
    private final Callers callers;

    public IssueResource(SandboxJira jira, UserManager users) {
        this.jira = Objects.requireNonNull(jira, "jira");
        this.callers = new Callers(users);
    }

    @GET
    @Path("projects/{projectKey}/issues")
    public Response issues(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            ObjectNode answer = JsonResponses.object();
            answer.put("projectKey", projectKey);
            ArrayNode list = answer.putArray("issues");
            jira.issues(caller.userKey(), projectKey).forEach(issue -> summary(list.addObject(), issue));
            return JsonResponses.ok(answer);
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("issues")
    @Consumes("application/json")
    public Response create(@Context HttpServletRequest request, String body) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            JsonRequest json = JsonRequest.parse(body, Set.of("project", "type", "summary", "description", "status"));
            TracedChange<SandboxIssue> created = jira.create(caller.userKey(), json.requiredText("project"),
                    json.requiredText("type"), json.requiredText("summary"), json.text("description"),
                    json.text("status"));
            return JsonResponses.created(withRefusals(issue(created.value()), created.traceRefusals()));
        }, RestCall.NO_APP_ERRORS);
    }

    @GET
    @Path("issues/{key}")
    public Response issue(@Context HttpServletRequest request, @PathParam("key") String key) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            SandboxIssue issue = jira.issue(caller.userKey(), key);
            ObjectNode answer = issue(issue);
            answer.put("canEdit", jira.canEdit(caller.userKey(), issue.project().key()));
            ArrayNode links = answer.putArray("links");
            for (IssueLinkView link : IssueLinkView.of(jira, issue)) {
                links.addObject().put("id", link.id()).put("type", link.type().name())
                        .put("direction", link.outward() ? "outward" : "inward").put("label", link.label())
                        .put("otherKey", link.other().key()).put("otherSummary", link.other().summary())
                        .put("otherType", link.other().type().name());
            }
            return JsonResponses.ok(answer);
        }, RestCall.NO_APP_ERRORS);
    }

    @PUT
    @Path("issues/{key}")
    @Consumes("application/json")
    public Response edit(@Context HttpServletRequest request, @PathParam("key") String key, String body) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            JsonRequest json = JsonRequest.parse(body, Set.of("type", "summary", "description", "status"));
            TracedChange<SandboxIssue> edited = jira.edit(caller.userKey(), key, json.text("type"),
                    json.text("summary"), json.text("description"), json.text("status"));
            return JsonResponses.ok(withRefusals(issue(edited.value()), edited.traceRefusals()));
        }, RestCall.NO_APP_ERRORS);
    }

    @DELETE
    @Path("issues/{key}")
    public Response delete(@Context HttpServletRequest request, @PathParam("key") String key) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            TracedChange<SandboxIssue> deleted = jira.delete(caller.userKey(), key);
            ObjectNode answer = JsonResponses.object();
            answer.put("deleted", deleted.value().key());
            return JsonResponses.ok(withRefusals(answer, deleted.traceRefusals()));
        }, RestCall.NO_APP_ERRORS);
    }

    @POST
    @Path("links")
    @Consumes("application/json")
    public Response link(@Context HttpServletRequest request, String body) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            JsonRequest json = JsonRequest.parse(body, Set.of("type", "from", "to"));
            TracedChange<SandboxIssueLink> linked = jira.link(caller.userKey(), json.requiredText("type"),
                    json.requiredText("from"), json.requiredText("to"));
            return JsonResponses.created(withRefusals(link(linked.value()), linked.traceRefusals()));
        }, RestCall.NO_APP_ERRORS);
    }

    @DELETE
    @Path("links/{id}")
    public Response unlink(@Context HttpServletRequest request, @PathParam("id") String id) {
        return RestCall.run(() -> {
            Caller caller = callers.require(request);
            TracedChange<SandboxIssueLink> unlinked = jira.unlink(caller.userKey(), linkId(id));
            return JsonResponses.ok(withRefusals(link(unlinked.value()), unlinked.traceRefusals()));
        }, RestCall.NO_APP_ERRORS);
    }

    private ObjectNode link(SandboxIssueLink link) {
        ObjectNode json = JsonResponses.object();
        json.put("id", link.id());
        json.put("type", link.type().name());
        json.put("from", jira.issue(link.sourceId()).key());
        json.put("to", jira.issue(link.destinationId()).key());
        return json;
    }

    private static long linkId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RestRefusal.notFound("There is no issue link " + text + ".");
    }

    private static ObjectNode summary(ObjectNode json, SandboxIssue issue) {
        json.put("id", issue.id());
        json.put("key", issue.key());
        json.put("type", issue.type().name());
        json.put("status", issue.status().name());
        json.put("summary", issue.summary());
        return json;
    }

    private static ObjectNode issue(SandboxIssue issue) {
        ObjectNode json = summary(JsonResponses.object(), issue);
        json.put("project", issue.project().key());
        json.put("description", issue.description());
        json.put("updated", JsonResponses.time(issue.updated()));
        return json;
    }

    private static ObjectNode withRefusals(ObjectNode json, List<SyncRefusal> refusals) {
        ArrayNode list = json.putArray("traceRefusals");
        refusals.forEach(r -> list.addObject().put("code", r.code()).put("subject", r.subject())
                .put("message", r.message()).put("hint", r.hint()));
        return json;
    }

}
