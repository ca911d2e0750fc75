package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Rest;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An author (alice, or dave the document controller) writing documents, one step per action: creates a page in QMS,
 * looks at its document status, places it under control as an SOP (two approvers) or a WI (one), edits it a few
 * times, submits it and hands it to the approvers' review queue; then starts the next one. Dave, the document
 * controller, first makes the documents whose approvals are complete effective.
 */
final class Author extends SimulatedUser {
    private static final AtomicLong SERIAL = new AtomicLong();
    private static final Set<Integer> OK = Set.of(200);
    private static final Set<Integer> CREATED = Set.of(201);

    private long pageId = -1;
    private int version;
    private String title;
    private String documentId;
    private String type;
    private int editsLeft;
    private boolean statusSeen;
    private final DocumentControl control;

    /** An author; {@code controller}: also the document controller, who makes approved documents effective first. */
    Author(LoadContext context, String user, boolean controller) {
        super(context, user);
        this.control = controller ? new DocumentControl() : null;
    }

    @Override
    protected void act() {
        if (pageId < 0 && control != null && control.step(context, session)) {
            return;
        }
        if (pageId < 0) {
            createPage();
        } else if (!statusSeen) {
            statusSeen = session.get("documents.status", LoadContext.DOCUMENTS + "/page/" + pageId, OK).is(200);
        } else if (documentId == null) {
            place();
        } else if (editsLeft > 0) {
            edit();
        } else {
            submit();
        }
    }

    private void createPage() {
        long serial = SERIAL.incrementAndGet();
        String newTitle = "Load procedure " + user + " " + serial;
        String body = body(newTitle, 1);
        SessionClient.Answer answer = session.post("pages.create", LoadContext.PAGES + "/pages",
                Rest.object("spaceKey", "QMS", "title", newTitle, "body", body), CREATED);
        if (answer.is(201)) {
            JsonNode page = answer.json();
            pageId = page.path("id").asLong();
            version = page.path("version").asInt();
            title = newTitle;
            statusSeen = false;
            documentId = null;
            type = ThreadLocalRandom.current().nextBoolean() ? "SOP" : "WI";
            editsLeft = ThreadLocalRandom.current().nextInt(3);
            context.writes().pageVersion(pageId, version, title, body);
        }
    }

    private void place() {
        SessionClient.Answer answer = session.post("documents.place", LoadContext.DOCUMENTS,
                Rest.object("pageId", pageId, "type", type), CREATED);
        if (answer.is(201)) {
            documentId = answer.json().path("documentId").asText();
            context.writes().document(documentId, pageId);
        }
    }

    private void edit() {
        String body = body(title, version + 1);
        SessionClient.Answer answer = session.put("pages.update", LoadContext.PAGES + "/pages/" + pageId,
                Rest.object("title", title, "body", body, "baseVersion", version), OK);
        if (answer.is(200)) {
            version = answer.json().path("version").asInt();
            context.writes().pageVersion(pageId, version, title, body);
            editsLeft--;
        }
    }

    private void submit() {
        SessionClient.Answer answer = session.post("documents.submit", LoadContext.DOCUMENTS + "/" + documentId
                + "/submit", Rest.object(), OK);
        if (answer.is(200)) {
            context.writes().submission(documentId, answer.json().path("revision").asText());
            context.reviews().submitted(documentId, "SOP".equals(type) ? Set.of("bob", "carol")
                    : Set.of(ThreadLocalRandom.current().nextBoolean() ? "bob" : "carol"));
            pageId = -1;
        }
    }

    private static String body(String title, int version) {
        return "<h1>" + title + "</h1><p>Purpose, scope and steps, draft " + version + ".</p><ol><li>Prepare.</li>"
                + "<li>Do &amp; check.</li></ol>";
    }
}
