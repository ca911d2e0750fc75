package org.eqms.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;

/**
 * Writes each {@link RevisionEvent} to the audit trail with old and new values (21 CFR 11.10(e)), inside the
 * transaction that saved the revision.
 */
final class RevisionAuditor {
    static final Actor SCHEDULER = new Actor(DocumentLifecycle.SCHEDULER, "eQMS scheduler");

    private final AuditTrail audit;
    private final DocumentActors actors;

    RevisionAuditor(AuditTrail audit, DocumentActors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    void record(RevisionEvent event, String clientIp) {
        AuditedObject object = AuditedObject.of(DocumentAuditActions.OBJECT_TYPE, event.documentId());
        AuditData data = AuditData.empty().put("revision", event.revision()).clientIp(clientIp);
        if (event instanceof RevisionEvent.StateChanged e) {
            data.change("state", e.oldState().name(), e.newState().name()).put("lifecycleAction", e.action().name())
                    .reason(e.reason());
            if (e.signatureId() != null) {
                data.put("signatureId", e.signatureId());
            }
            audit.record(actor(e.actorKey()), DocumentAuditActions.STATE_CHANGED, object, data);
        } else if (event instanceof RevisionEvent.SignaturesInvalidated e) {
            ArrayNode ids = JsonNodeFactory.instance.arrayNode();
            e.signatureIds().forEach(ids::add);
            data.put("signatureIds", ids).change("contentHash", e.oldContentHash(), e.newContentHash())
                    .reason(e.cause());
            audit.record(systemActor(), DocumentAuditActions.SIGNATURES_INVALIDATED,
                    object, data);
        } else if (event instanceof RevisionEvent.ReviewRestarted e) {
            data.change("contentHash", e.oldContentHash(), e.newContentHash());
            audit.record(actor(e.actorKey()), DocumentAuditActions.REVIEW_RESTARTED, object, data);
        } else if (event instanceof RevisionEvent.EffectiveDateScheduled e) {
            data.change("scheduledEffective", e.oldDate() == null ? null : e.oldDate().toString(),
                    e.newDate() == null ? null : e.newDate().toString());
            audit.record(actor(e.actorKey()), DocumentAuditActions.EFFECTIVE_SCHEDULED, object, data);
        } else if (event instanceof RevisionEvent.ApprovalRecorded e) {
            data.put("signatureId", e.signatureId()).put("group", e.group()).put("meaning", e.meaning())
                    .put("contentHash", e.contentHash()).put("counted", e.counted());
            audit.record(actor(e.userKey()), DocumentAuditActions.APPROVAL_RECORDED, object, data);
        } else {
            throw new IllegalArgumentException("unknown revision event " + event);
        }
    }

    private Actor actor(String userKey) {
        return DocumentLifecycle.SCHEDULER.equals(userKey) ? SCHEDULER : actors.actor(userKey);
    }

    private static Actor systemActor() {
        return new Actor("eqms-document-control", "eQMS document control");
    }
}
