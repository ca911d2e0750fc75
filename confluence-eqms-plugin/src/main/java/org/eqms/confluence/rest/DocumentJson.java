package org.eqms.confluence.rest;

import org.eqms.rest.JsonResponses;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.document.Approval;
import org.eqms.document.ApprovalProgress;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentActors;
import org.eqms.document.DocumentPageView;
import org.eqms.document.DocumentSigningChallenge;
import org.eqms.document.ReviewStatus;
import org.eqms.document.TrainingCompletion;
import org.eqms.document.Revision;
import org.eqms.signature.SignatureRecord;

import java.time.Instant;
import java.util.List;

/** The JSON the document endpoints answer with (times RFC 3339 UTC, user keys with printed names). */
final class DocumentJson {
    private DocumentJson() {
    }

    static ObjectNode document(ControlledDocument document, List<Revision> revisions, ApprovalProgress progress,
                               List<String> actions, DocumentActors actors) {
        ObjectNode json = JsonResponses.object();
        json.put("controlled", true);
        json.put("documentId", document.id());
        json.put("number", document.number());
        json.put("spaceKey", document.spaceKey());
        json.put("pageId", document.pageId());
        json.put("type", document.typeKey());
        Revision latest = revisions.get(revisions.size() - 1);
        json.put("revision", latest.label());
        json.put("state", latest.state().name());
        revisions.stream().filter(r -> r.effectiveAt() != null && r.state() != org.eqms.document.DocumentState.APPROVED)
                .reduce((first, second) -> second)
                .ifPresent(r -> json.put("lastEffectiveRevision", r.label()));
        ArrayNode history = json.putArray("revisions");
        revisions.forEach(revision -> history.add(revision(revision, actors)));
        ObjectNode approval = json.putObject("approvalProgress");
        approval.put("satisfied", progress.isSatisfied());
        ArrayNode groups = approval.putArray("groups");
        progress.groups().forEach(g -> groups.addObject().put("group", g.group()).put("quorum", g.quorum())
                .put("count", g.count()).put("complete", g.complete()));
        ArrayNode allowed = json.putArray("actions");
        actions.forEach(allowed::add);
        return json;
    }

    static ObjectNode revision(Revision revision, DocumentActors actors) {
        ObjectNode json = JsonResponses.object();
        json.put("label", revision.label());
        json.put("state", revision.state().name());
        json.put("author", revision.authorKey());
        json.put("authorName", actors.actor(revision.authorKey()).name());
        json.put("changeReason", revision.changeReason());
        json.put("contentHash", revision.contentHash());
        json.put("scheduledEffective", time(revision.scheduledEffective()));
        json.put("effectiveAt", time(revision.effectiveAt()));
        json.put("supersededBy", revision.supersededBy());
        ArrayNode approvals = json.putArray("approvals");
        for (Approval a : revision.approvals()) {
            approvals.addObject().put("signatureId", a.signatureId()).put("userKey", a.userKey())
                    .put("signerName", actors.actor(a.userKey()).name()).put("meaning", a.meaning())
                    .put("group", a.group()).put("time", time(a.time())).put("contentHash", a.contentHash())
                    .put("invalidated", a.invalidated());
        }
        return json;
    }

    static ObjectNode challenge(DocumentSigningChallenge c) {
        ObjectNode json = JsonResponses.object();
        json.put("challengeId", c.challenge().id());
        json.put("expiresAt", time(c.challenge().expiresAt()));
        json.put("purpose", c.purpose().name());
        json.put("documentId", c.document().id());
        json.put("number", c.document().number());
        json.put("revision", c.revisionLabel());
        json.put("title", c.title());
        json.put("pageId", c.document().pageId());
        json.put("pageVersion", c.pageVersion());
        json.put("contentHash", c.challenge().version().contentHash());
        json.put("group", c.group());
        json.put("needsUserId", c.needsUserId());
        json.put("secretComponent", c.secretComponent());
        ArrayNode meanings = json.putArray("meanings");
        c.meanings().forEach(meanings::add);
        return json;
    }

    static ObjectNode signature(SignatureRecord record) {
        ObjectNode json = JsonResponses.object();
        json.put("signatureId", record.id());
        json.put("signerName", record.signerName());
        json.put("meaning", record.meaning());
        json.put("reason", record.reason());
        json.put("time", time(record.time()));
        json.put("contentHash", record.contentHash());
        json.put("objectType", record.object().type());
        json.put("objectId", record.object().id());
        json.put("objectVersion", record.object().version());
        json.put("authMethod", record.authMethod());
        json.put("kid", record.kid());
        json.put("sealed", record.sealed());
        return json;
    }

    static ObjectNode training(TrainingCompletion completion, DocumentActors actors) {
        ObjectNode json = JsonResponses.object();
        json.put("complete", completion.isComplete());
        ArrayNode done = json.putArray("acknowledged");
        completion.acknowledged().forEach((userKey, ack) -> done.addObject().put("userKey", userKey)
                .put("name", actors.actor(userKey).name()).put("time", time(ack.time()))
                .put("signatureId", ack.signatureId()).put("revision", ack.revision()));
        ArrayNode pending = json.putArray("pending");
        completion.pending().forEach(userKey -> pending.addObject().put("userKey", userKey)
                .put("name", actors.actor(userKey).name()));
        return json;
    }

    static ObjectNode view(DocumentPageView view) {
        ObjectNode json = JsonResponses.object();
        json.put("pageId", view.pageId());
        json.put("pageVersion", view.pageVersion());
        json.put("controlled", view.controlled());
        json.put("number", view.documentNumber());
        json.put("revision", view.revisionLabel());
        json.put("state", view.state() == null ? null : view.state().name());
        json.put("effectiveAt", time(view.effectiveAt()));
        json.put("banner", view.banner().name());
        json.put("bannerKey", view.banner().i18nKey());
        json.put("pendingRevision", view.pendingRevisionLabel());
        json.put("servesSnapshot", view.servesSnapshot());
        json.put("integrity", view.integrity().name());
        json.put("integrityAlert", view.integrityAlert());
        json.put("title", view.title());
        json.put("body", view.body());
        return json;
    }

    static ObjectNode review(ReviewStatus status) {
        return JsonResponses.object().put("documentId", status.document().id()).put("number", status.document().number())
                .put("pageId", status.document().pageId()).put("revision", status.revisionLabel())
                .put("basis", status.basis().toString()).put("dueDate", status.dueDate().toString())
                .put("due", status.due().name());
    }

    static String time(Instant instant) {
        return JsonResponses.time(instant);
    }
}
