package org.eqms.confluence.rest;

import org.eqms.rest.Caller;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.confluence.pdf.RevisionPdfExport;
import org.eqms.document.ControlledDocument;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.PageVersion;
import org.eqms.document.Revision;
import org.eqms.document.SigningPurpose;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningRequest;

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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Controlled documents over REST ({@code /rest/eqms/1.0/documents}). Every call needs a signed-in user (401) with
 * Confluence's view permission on the page (403), and edit permission for what changes the content's revision
 * (place under control, new revision, submit); the services check the plugin roles (approver groups, document
 * controller). POSTs take only {@code application/json}, which a browser cannot send cross-site without CORS: that
 * is the XSRF protection (no form content type is accepted).
 */
@Path("/documents")
@Produces(JsonResponses.JSON)
public class DocumentResource {
    private static final Set<String> NONE = Set.of();
    private final AppServices app;

    public DocumentResource(AppServices app) {
        this.app = app;
    }

    private DocumentServices services() {
        return app.documents();
    }

    @GET
    @Path("/page/{pageId}")
    public Response forPage(@Context HttpServletRequest request, @PathParam("pageId") long pageId) {
        return ErrorMapping.call(() -> {
            Caller caller = services().callers().require(request);
            requireView(caller, pageId);
            return services().control().documentOfPage(pageId)
                    .map(document -> JsonResponses.ok(status(caller, document)))
                    .orElseGet(() -> JsonResponses.ok(uncontrolled(caller, pageId)));
        });
    }

    @POST
    @Consumes("application/json")
    public Response place(@Context HttpServletRequest request, String body) {
        return ErrorMapping.call(() -> {
            Caller caller = services().callers().require(request);
            JsonRequest json = JsonRequest.parse(body, Set.of("pageId", "type"));
            long pageId = json.requiredLong("pageId");
            String type = json.requiredText("type");
            requireView(caller, pageId);
            requireEdit(caller, pageId);
            ControlledDocument document = services().control().place(caller.userKey(), pageId, type, caller.clientIp());
            return JsonResponses.created(status(caller, document));
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@Context HttpServletRequest request, @PathParam("id") String id) {
        return onDocument(request, id, null, NONE, false, (caller, document, json) -> null);
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes("application/json")
    public Response newRevision(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        return onDocument(request, id, body, Set.of("changeReason"), true, (caller, document, json) -> {
            services().control().startRevision(caller.userKey(), document.id(),
                    json.text("changeReason"), caller.clientIp());
            return null;
        });
    }

    @POST
    @Path("/{id}/submit")
    @Consumes("application/json")
    public Response submit(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        return onDocument(request, id, body, NONE, true, (caller, document, json) -> {
            PageVersion current = services().pages().current(document.pageId()).orElseThrow(() ->
                    RestRefusal.notFound("Page " + document.pageId() + " does not exist."));
            services().control().apply(document.id(), new LifecycleCommand.Submit(caller.userKey(), current.contentHash()),
                    caller.clientIp());
            return null;
        });
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes("application/json")
    public Response withdraw(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        Set<String> fields = Set.of("reason");
        return onDocument(request, id, body, fields, false, (caller, document, json) -> {
            services().control().apply(document.id(), new LifecycleCommand.Withdraw(caller.userKey(),
                    json.text("reason")), caller.clientIp());
            return null;
        });
    }

    @POST
    @Path("/{id}/reject")
    @Consumes("application/json")
    public Response reject(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        Set<String> fields = Set.of("reason");
        return onDocument(request, id, body, fields, false, (caller, document, json) -> {
            services().control().apply(document.id(), new LifecycleCommand.Reject(caller.userKey(),
                    json.text("reason")), caller.clientIp());
            return null;
        });
    }

    @POST
    @Path("/{id}/approve")
    @Consumes("application/json")
    public Response approve(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        return onDocument(request, id, body, NONE, false, (caller, document, json) -> {
            services().control().apply(document.id(), new LifecycleCommand.Approve(caller.userKey()), caller.clientIp());
            return null;
        });
    }

    @POST
    @Path("/{id}/effective")
    @Consumes("application/json")
    public Response makeEffective(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        Set<String> fields = Set.of("effectiveAt");
        return onDocument(request, id, body, fields, false, (caller, document, json) -> {
            String at = json.text("effectiveAt");
            services().control().apply(document.id(), new LifecycleCommand.MakeEffective(caller.userKey(), instant(at)),
                    caller.clientIp());
            return null;
        });
    }

    @POST
    @Path("/{id}/challenge")
    @Consumes("application/json")
    public Response challenge(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        Set<String> fields = Set.of("purpose");
        return onDocument(request, id, body, fields, false, (caller, document, json) -> {
            SigningPurpose purpose = purpose(json.text("purpose"));
            return JsonDocumentAnswer.of(DocumentJson.challenge(purpose.onEffectiveRevision()
                    ? services().effectiveSigning().challenge(caller.userKey(), caller.sessionId(), document.id(), purpose)
                    : services().signing().challenge(caller.userKey(), caller.sessionId(), document.id(), purpose)));
        });
    }

    @POST
    @Path("/{id}/sign")
    @Consumes("application/json")
    public Response sign(@Context HttpServletRequest request, @PathParam("id") String id, String body) {
        Set<String> fields = Set.of("purpose", "challengeId", "meaning", "reason", "userId", "password", "totp");
        return onDocument(request, id, body, fields, false, (caller, document, json) -> {
            SigningRequest signing = new SigningRequest(json.requiredText("challengeId"), json.requiredText("meaning"),
                    json.text("reason"), new Credentials(json.text("userId"), json.text("password"), json.text("totp")),
                    caller.sessionId(), caller.clientIp());
            SigningPurpose purpose = purpose(json.text("purpose"));
            SignatureRecord record = purpose.onEffectiveRevision()
                    ? services().effectiveSigning().sign(caller.userKey(), document.id(), purpose, signing)
                    : services().signing().sign(caller.userKey(), document.id(), purpose, signing);
            ObjectNode answer = status(caller, document);
            answer.set("signature", DocumentJson.signature(record));
            return JsonDocumentAnswer.of(answer);
        });
    }

    /** The PDF/A rendition of a revision that became effective, with its signature manifestation (21 CFR 11.50). */
    @GET
    @Path("/{id}/revisions/{label}/pdf")
    @Produces("application/pdf")
    public Response pdf(@Context HttpServletRequest request, @PathParam("id") String id, @PathParam("label") String label) {
        return ErrorMapping.call(() -> {
            Caller caller = services().callers().require(request);
            ControlledDocument document = services().control().document(id);
            requireView(caller, document.pageId());
            RevisionPdfExport.PdfFile file = services().pdf().export(caller.userKey(), id, label, caller.clientIp());
            return Response.ok(file.bytes(), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    /** Who must acknowledge the effective revision ("Read and understood") and who has. */
    @GET
    @Path("/{id}/training")
    public Response training(@Context HttpServletRequest request, @PathParam("id") String id) {
        return onDocument(request, id, null, NONE, false, (caller, document, json) ->
                JsonDocumentAnswer.of(DocumentJson.training(services().effectiveSigning().completion(document.id()),
                        services().actors())));
    }

    /**
     * What a reader is shown for a page: the effective revision's locked content with its banner, or the working
     * draft for editors who ask for it ({@code ?draft=true}); an integrity problem of the snapshot is reported.
     */
    @GET
    @Path("/page/{pageId}/view")
    public Response view(@Context HttpServletRequest request, @PathParam("pageId") long pageId,
                         @QueryParam("draft") @DefaultValue("false") boolean draft) {
        return ErrorMapping.call(() -> {
            Caller caller = services().callers().require(request);
            requireView(caller, pageId);
            boolean wantsDraft = draft && services().permissions().canEdit(caller.userKey(), pageId);
            return JsonResponses.ok(DocumentJson.view(services().reader().view(pageId, caller.userKey(), wantsDraft,
                    caller.clientIp())));
        });
    }

    /**
     * Resolves caller and document, checks view permission (and edit permission when {@code needsEdit} says so),
     * validates the body's fields before anything changes, runs {@code action}, and answers with the action's own
     * JSON or the document's fresh status.
     */
    private Response onDocument(HttpServletRequest request, String id, String body, Set<String> fields,
                                boolean needsEdit, DocumentAction action) {
        return ErrorMapping.call(() -> {
            Caller caller = services().callers().require(request);
            JsonRequest json = JsonRequest.parse(body, fields);
            ControlledDocument document = services().control().document(id);
            requireView(caller, document.pageId());
            if (needsEdit) {
                requireEdit(caller, document.pageId());
            }
            JsonDocumentAnswer answer = action.run(caller, document, json);
            return JsonResponses.ok(answer != null ? answer.json() : status(caller, document));
        });
    }

    private ObjectNode status(Caller caller, ControlledDocument document) {
        List<Revision> revisions = services().control().revisions(document.id());
        var progress = services().control().progress(document.id());
        return DocumentJson.document(document, revisions, progress,
                AvailableActions.of(services(), caller, document, revisions.get(revisions.size() - 1), progress),
                services().actors());
    }

    /** An uncontrolled page; for an editor of a page inside a controlled scope, the types it can be placed as. */
    private ObjectNode uncontrolled(Caller caller, long pageId) {
        ObjectNode json = JsonResponses.object().put("controlled", false).put("pageId", pageId);
        com.fasterxml.jackson.databind.node.ArrayNode placeable = json.putArray("placeableTypes");
        if (services().permissions().canEdit(caller.userKey(), pageId)) {
            services().pages().location(pageId).ifPresent(location -> services().spaces().current(location.spaceKey())
                    .filter(settings -> settings.scope().covers(location))
                    .ifPresent(settings -> settings.types().forEach(type ->
                            placeable.addObject().put("key", type.key()).put("name", type.name()))));
        }
        return json;
    }

    private void requireView(Caller caller, long pageId) {
        if (!services().permissions().canView(caller.userKey(), pageId)) {
            throw RestRefusal.forbidden("You do not have permission to view page " + pageId + ".",
                    "Ask the space administrator for view permission.");
        }
    }

    private void requireEdit(Caller caller, long pageId) {
        if (!services().permissions().canEdit(caller.userKey(), pageId)) {
            throw RestRefusal.forbidden("You do not have permission to edit page " + pageId + ".",
                    "Ask the space administrator for edit permission.");
        }
    }

    private static SigningPurpose purpose(String text) {
        if (text == null) {
            return SigningPurpose.APPROVAL;
        }
        try {
            return SigningPurpose.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw RestRefusal.badRequest("\"" + text + "\" is not a signing purpose.",
                    "Use APPROVAL, OBSOLESCENCE, TRAINING_ACKNOWLEDGEMENT or REVIEW_CONFIRMATION.");
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Rfc3339.parse(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw RestRefusal.badRequest("\"" + text + "\" is not an RFC 3339 UTC time.",
                    "Send effectiveAt like 2026-12-01T08:00:00.000Z, or leave it out for now.");
        }
    }

    @FunctionalInterface
    private interface DocumentAction {
        /** Runs the action; null answers with the document's fresh status. */
        JsonDocumentAnswer run(Caller caller, ControlledDocument document, JsonRequest json);
    }

    /** An action's own JSON answer (instead of the document status). */
    record JsonDocumentAnswer(ObjectNode json) {
        static JsonDocumentAnswer of(ObjectNode json) {
            return new JsonDocumentAnswer(json);
        }
    }
}
