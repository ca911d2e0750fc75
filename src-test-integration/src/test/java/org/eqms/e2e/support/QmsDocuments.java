package org.eqms.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.eqms.e2e.support.Rest.object;

/**
 * The controlled-document calls of the scenarios, each made as the named demo user (in a login session) over the
 * apps' REST APIs: the
 * sandbox's page API ({@value #PAGES}) for pages and edits, the Confluence app's ({@value #EQMS}) for documents,
 * their lifecycle and e-signatures. Each call returns the reply, so a scenario can also check a refusal.
 */
public final class QmsDocuments {
    public static final String PAGES = "/rest/sandbox/1.0";
    public static final String EQMS = "/rest/eqms/1.0";

    private final E2eSandbox sandbox;
    private final Map<String, Rest> sessions = new HashMap<>();

    public QmsDocuments(E2eSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * {@code user}'s login session, made once: a session checks the password (PBKDF2, deliberately slow) at login
     * only, where HTTP Basic checks it on every request.
     */
    public Rest as(String user) {
        return sessions.computeIfAbsent(user, name -> Rest.session(sandbox, name));
    }

    /** Creates a page in space QMS; answers the page (id, version). */
    public JsonNode createPage(String user, String title, String body) {
        return as(user).post(PAGES + "/pages", object("spaceKey", "QMS", "title", title, "body", body))
                .expect(201).json();
    }

    /** Saves a new version of the page (as an editor's save would). */
    public Rest.Reply editPage(String user, long pageId, String title, String body) {
        return as(user).put(PAGES + "/pages/" + pageId, object("title", title, "body", body));
    }

    public JsonNode page(String user, long pageId) {
        return as(user).get(PAGES + "/pages/" + pageId).expect(200).json();
    }

    /** Places the page under document control as {@code type}; answers the document status. */
    public JsonNode place(String user, long pageId, String type) {
        return as(user).post(EQMS + "/documents", object("pageId", pageId, "type", type)).expect(201).json();
    }

    public JsonNode document(String user, String documentId) {
        return as(user).get(EQMS + "/documents/" + documentId).expect(200).json();
    }

    /** The document status of a controlled page (or {@code controlled: false}). */
    public JsonNode documentOfPage(String user, long pageId) {
        return as(user).get(EQMS + "/documents/page/" + pageId).expect(200).json();
    }

    /** What {@code user} is shown for the page: the effective revision's content and banner, or the draft. */
    public JsonNode view(String user, long pageId) {
        return as(user).get(EQMS + "/documents/page/" + pageId + "/view").expect(200).json();
    }

    public Rest.Reply action(String user, String documentId, String action, String json) {
        return as(user).post(EQMS + "/documents/" + documentId + "/" + action, json);
    }

    /** A signing challenge for the approval of the document's revision in review. */
    public JsonNode challenge(String user, String documentId) {
        return action(user, documentId, "challenge", "{}").expect(200).json();
    }

    /** Signs with the challenge, the meaning, a reason and the given password (the user id included). */
    public Rest.Reply sign(String user, String documentId, String challengeId, String meaning, String reason,
                           String password) {
        return action(user, documentId, "sign", object("challengeId", challengeId, "meaning", meaning, "reason",
                reason, "userId", user, "password", password).toString());
    }

    /** A fresh challenge and the user's own password: the signature a careful approver gives. */
    public JsonNode approve(String user, String documentId, String reason) {
        String challenge = challenge(user, documentId).path("challengeId").asText();
        return sign(user, documentId, challenge, "Approved", reason, sandbox.password(user)).expect(200).json();
    }

    /** dave (document controller) approves a revision whose signatures are complete and makes it effective now. */
    public JsonNode makeEffective(String documentId) {
        if ("IN_REVIEW".equals(document("dave", documentId).path("state").asText())) {
            action("dave", documentId, "approve", "{}").expect(200);
        }
        return action("dave", documentId, "effective", "{}").expect(200).json();
    }

    /**
     * A page alice writes and places as {@code type}, submitted, approved by bob and carol, made effective by dave:
     * answers the effective document's status.
     */
    public JsonNode writeEffective(String type, String title, String body) {
        long pageId = createPage("alice", title, body).path("id").asLong();
        String id = place("alice", pageId, type).path("documentId").asText();
        action("alice", id, "submit", "{}").expect(200);
        approve("bob", id, "Reviewed");
        approve("carol", id, "Reviewed");
        return makeEffective(id);
    }

    /** The PDF/A rendition of a revision (bytes). */
    public Rest.Reply pdf(String user, String documentId, String revision) {
        return as(user).get(EQMS + "/documents/" + documentId + "/revisions/" + revision + "/pdf");
    }
}
