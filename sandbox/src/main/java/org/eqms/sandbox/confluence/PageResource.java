package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.document.PageVersion;
import org.eqms.rest.Caller;
import org.eqms.rest.Callers;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;
import org.eqms.rest.RestRefusal;

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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sandbox's own page editor API (what Confluence's editor is in the product), under {@code /rest/sandbox/1.0}:
 * create a page in a space, save a new version, read the current version, the history and any version. Space
 * permissions are checked on every call (VIEW to read, EDIT to write); JSON bodies only (the XSRF protection, as for
 * the app's resources). A saved edit then goes to the hosted app as Confluence's page-updated event would.
 */
@Path("/")
@Produces(JsonResponses.JSON)
public class PageResource {
    private final SandboxPages pages;
    private final SandboxSpacePermissions permissions;
    private final Callers callers;
    private final UserManager users;
    private final PageEditListener edits;

    public PageResource(SandboxPages pages, SandboxSpacePermissions permissions, UserManager users,
                        PageEditListener edits) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = Objects.requireNonNull(users, "users");
        this.callers = new Callers(users);
        this.edits = Objects.requireNonNull(edits, "edits");
    }

    @POST
    @Path("pages")
    @Consumes("application/json")
    public Response create(@Context HttpServletRequest request, String body) {
        return call(() -> {
            Caller caller = callers.require(request);
            JsonRequest json = JsonRequest.parse(body, Set.of("spaceKey", "title", "body"));
            String spaceKey = json.requiredText("spaceKey");
            if (!pages.spaceExists(spaceKey)) {
                throw RestRefusal.notFound("Space " + spaceKey + " does not exist.");
            }
            if (!permissions.canEditSpace(caller.userKey(), spaceKey)) {
                throw RestRefusal.forbidden("You may not add pages to space " + spaceKey + ".",
                        "Ask a space administrator for edit permission.");
            }
            PageVersion created = pages.create(spaceKey, json.requiredText("title"), bodyOf(json), caller.userKey());
            return JsonResponses.created(page(created, spaceKey));
        });
    }

    @GET
    @Path("pages/{pageId}")
    public Response current(@Context HttpServletRequest request, @PathParam("pageId") String pageText) {
        return call(() -> {
            Caller caller = callers.require(request);
            long pageId = pageId(pageText);
            requireView(caller, pageId);
            PageVersion current = pages.current(pageId).orElseThrow(() -> missing(pageId));
            return JsonResponses.ok(page(current, spaceOf(pageId)));
        });
    }

    @PUT
    @Path("pages/{pageId}")
    @Consumes("application/json")
    public Response update(@Context HttpServletRequest request, @PathParam("pageId") String pageText, String body) {
        return call(() -> {
            Caller caller = callers.require(request);
            long pageId = pageId(pageText);
            requireView(caller, pageId);
            if (!permissions.canEdit(caller.userKey(), pageId)) {
                throw RestRefusal.forbidden("You may not edit page " + pageId + ".",
                        "Ask a space administrator for edit permission.");
            }
            JsonRequest json = JsonRequest.parse(body, Set.of("title", "body", "baseVersion"));
            Integer baseVersion = json.node().has("baseVersion") ? version(json.requiredLong("baseVersion")) : null;
            PageVersion saved = pages.update(pageId, baseVersion, json.requiredText("title"), bodyOf(json),
                    caller.userKey());
            edits.pageEdited(pageId, caller.userKey(), caller.clientIp());
            return JsonResponses.ok(page(saved, spaceOf(pageId)));
        });
    }

    @GET
    @Path("pages/{pageId}/versions")
    public Response history(@Context HttpServletRequest request, @PathParam("pageId") String pageText) {
        return call(() -> {
            Caller caller = callers.require(request);
            long pageId = pageId(pageText);
            requireView(caller, pageId);
            ObjectNode answer = JsonResponses.object();
            answer.put("pageId", pageId);
            ArrayNode versions = answer.putArray("versions");
            for (PageHistoryEntry entry : pages.history(pageId)) {
                ObjectNode version = versions.addObject();
                version.put("version", entry.version());
                version.put("title", entry.title());
                version.put("authorKey", entry.authorKey());
                version.put("authorName", displayName(entry.authorKey()));
                version.put("createdAt", JsonResponses.time(entry.createdAt()));
            }
            return JsonResponses.ok(answer);
        });
    }

    @GET
    @Path("pages/{pageId}/versions/{version}")
    public Response version(@Context HttpServletRequest request, @PathParam("pageId") String pageText,
                            @PathParam("version") String versionText) {
        return call(() -> {
            Caller caller = callers.require(request);
            long pageId = pageId(pageText);
            requireView(caller, pageId);
            PageVersion found = parse(versionText).filter(n -> n <= Integer.MAX_VALUE)
                    .flatMap(n -> pages.version(pageId, (int) (long) n)).orElseThrow(() -> RestRefusal.notFound(
                            "Page " + pageId + " has no version " + versionText + "."));
            return JsonResponses.ok(page(found, spaceOf(pageId)));
        });
    }

    @GET
    @Path("spaces/{spaceKey}/pages")
    public Response pagesOf(@Context HttpServletRequest request, @PathParam("spaceKey") String spaceKey) {
        return call(() -> {
            Caller caller = callers.require(request);
            if (!pages.spaceExists(spaceKey)) {
                throw RestRefusal.notFound("Space " + spaceKey + " does not exist.");
            }
            ObjectNode answer = JsonResponses.object();
            answer.put("spaceKey", spaceKey);
            ArrayNode list = answer.putArray("pages");
            for (long pageId : pages.pagesOf(spaceKey)) {
                if (permissions.canView(caller.userKey(), pageId)) {
                    pages.current(pageId).ifPresent(current -> list.addObject().put("id", pageId)
                            .put("title", current.title()).put("version", current.version()));
                }
            }
            return JsonResponses.ok(answer);
        });
    }

    private static long pageId(String text) {
        return parse(text).orElseThrow(() -> RestRefusal.notFound("There is no page " + text + "."));
    }

    private static Optional<Long> parse(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int version(long value) {
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw RestRefusal.badRequest("\"baseVersion\" " + value + " is not a page version.",
                    "Send the version number the edit started from (1 or more), or leave it out.");
        }
        return (int) value;
    }

    private void requireView(Caller caller, long pageId) {
        // Unknown pages and pages the caller may not see answer alike, so ids of hidden pages do not leak.
        if (!permissions.canView(caller.userKey(), pageId)) {
            throw missing(pageId);
        }
    }

    private String spaceOf(long pageId) {
        return pages.location(pageId).orElseThrow(() -> missing(pageId)).spaceKey();
    }

    private String displayName(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }

    private static String bodyOf(JsonRequest json) {
        String body = json.longText("body");
        if (body == null) {
            throw RestRefusal.badRequest("\"body\" is missing.", "Send the page's storage-format XHTML as \"body\".");
        }
        return body;
    }

    private static ObjectNode page(PageVersion version, String spaceKey) {
        ObjectNode json = JsonResponses.object();
        json.put("id", version.pageId());
        json.put("spaceKey", spaceKey);
        json.put("version", version.version());
        json.put("title", version.title());
        json.put("body", version.body());
        json.put("contentHash", version.contentHash());
        return json;
    }

    private static RestRefusal missing(long pageId) {
        return RestRefusal.notFound("Page " + pageId + " does not exist or you may not view it.");
    }

    private static Response call(Supplier<Response> work) {
        return RestCall.run(work, failure -> failure instanceof SandboxPageException refused
                ? Optional.of(JsonResponses.error(refused.status(), refused.code(), refused.getMessage(), refused.hint()))
                : Optional.empty());
    }

}
