package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Rest;

import java.util.Set;

/**
 * The document controller's duty (dave): a document whose approvals are complete is approved, if the signatures left
 * it In Review, and then made effective now; one request per action, reading the document's actions first.
 */
final class DocumentControl {
    private static final Set<Integer> OK = Set.of(200);

    private String documentId;

    /** Does the next step of the controller's duty; false when no approved document is waiting. */
    boolean step(LoadContext context, SessionClient session) {
        if (documentId == null) {
            documentId = context.reviews().nextApproved().orElse(null);
            if (documentId == null) {
                return false;
            }
        }
        String document = LoadContext.DOCUMENTS + "/" + documentId;
        SessionClient.Answer status = session.get("documents.get", document, OK);
        if (!status.is(200)) {
            return true;
        }
        JsonNode actions = status.json().path("actions");
        if (contains(actions, "approve")) {
            session.post("documents.approve", document + "/approve", Rest.object(), OK);
        } else if (contains(actions, "make-effective")) {
            SessionClient.Answer effective = session.post("documents.effective", document + "/effective",
                    Rest.object(), OK);
            if (effective.is(200)) {
                context.writes().effective(documentId, effective.json().path("revision").asText());
                documentId = null;
            }
        } else {
            documentId = null;
        }
        return true;
    }

    private static boolean contains(JsonNode actions, String action) {
        for (JsonNode listed : actions) {
            if (action.equals(listed.asText())) {
                return true;
            }
        }
        return false;
    }
}
