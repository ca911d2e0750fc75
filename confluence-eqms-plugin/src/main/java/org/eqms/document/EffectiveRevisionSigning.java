package org.eqms.document;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signatures on a document's effective revision, bound to its locked snapshot: a required reader's training
 * acknowledgement ("Read and understood", ISO 13485 §6.2) and a document controller's periodic "review without
 * change" (ISO 13485 §4.2.4), which restarts the review interval. Who may sign is checked before the challenge and
 * again before the credentials.
 */
public final class EffectiveRevisionSigning {
    private final DocumentControl control;
    private final ElectronicSignatures signatures;
    private final ControlledSignableContent content;
    private final SpaceSettingsStore settings;
    private final GroupRoster roster;
    private final DocumentControllers controllers;
    private final ReviewConfirmations confirmations;
    private final DocumentActors actors;
    private final AuditTrail audit;
    private final Transactions transactions;

    public EffectiveRevisionSigning(DocumentControl control, ElectronicSignatures signatures,
                                    ControlledSignableContent content, SpaceSettingsStore settings, GroupRoster roster,
                                    DocumentControllers controllers, ReviewConfirmations confirmations,
                                    DocumentActors actors, AuditTrail audit, Transactions transactions) {
        this.control = Objects.requireNonNull(control, "control");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.content = Objects.requireNonNull(content, "content");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.controllers = Objects.requireNonNull(controllers, "controllers");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public DocumentSigningChallenge challenge(String userKey, String sessionId, String documentId, SigningPurpose purpose) {
        Signable signable = signable(userKey, documentId, purpose);
        SigningChallenge challenge = signatures.challenge(userKey, ControlledSignableContent.EFFECTIVE_REVISION,
                documentId, signable.snapshot.pageVersion());
        List<String> meanings = purpose == SigningPurpose.TRAINING_ACKNOWLEDGEMENT
                ? List.of(TrainingAcknowledgement.READ_AND_UNDERSTOOD) : signatures.meanings();
        return new DocumentSigningChallenge(challenge, purpose, signable.document, signable.snapshot.revisionLabel(),
                signable.snapshot.title(), signable.snapshot.pageVersion(), null, meanings,
                signatures.needsUserId(userKey, sessionId), signatures.secretComponent(userKey));
    }

    public SignatureRecord sign(String userKey, String documentId, SigningPurpose purpose, SigningRequest request) {
        Objects.requireNonNull(request, "request");
        Signable signable = signable(userKey, documentId, purpose);
        Optional<SigningChallenge> pending = signatures.pendingChallenge(request.challengeId());
        if (pending.isPresent() && (!pending.get().version().object().type().equals(ControlledSignableContent.EFFECTIVE_REVISION)
                || !pending.get().version().object().id().equals(documentId))) {
            throw new DocumentControlException("challenge_for_other_document", 400, "Challenge " + request.challengeId()
                    + " was not issued for the effective revision of " + signable.document.number() + ".",
                    "Request a signing challenge for this acknowledgement or review and sign again.");
        }
        if (purpose == SigningPurpose.TRAINING_ACKNOWLEDGEMENT
                && !TrainingAcknowledgement.READ_AND_UNDERSTOOD.equals(request.meaning())) {
            throw new DocumentControlException("meaning_not_allowed", 400, "A training acknowledgement is signed with "
                    + "the meaning \"" + TrainingAcknowledgement.READ_AND_UNDERSTOOD + "\".",
                    "Choose \"" + TrainingAcknowledgement.READ_AND_UNDERSTOOD + "\".");
        }
        SignatureRecord record = signatures.sign(userKey, request);
        String action = purpose == SigningPurpose.REVIEW_CONFIRMATION
                ? DocumentAuditActions.REVIEW_CONFIRMED : DocumentAuditActions.TRAINING_ACKNOWLEDGED;
        transactions.run(() -> {
            if (purpose == SigningPurpose.REVIEW_CONFIRMATION) {
                confirmations.add(new ReviewConfirmation(documentId, signable.snapshot.revisionLabel(), record.id(),
                        userKey, record.time()));
            }
            audit.record(actors.actor(userKey), action, AuditedObject.of(DocumentAuditActions.OBJECT_TYPE, documentId),
                    AuditData.empty().put("revision", signable.snapshot.revisionLabel()).put("signatureId", record.id())
                            .put("meaning", record.meaning()).put("contentHash", record.contentHash())
                            .reason(request.reason()).clientIp(request.clientIp()));
        });
        audit.flush();
        return record;
    }

    /** Who must acknowledge the effective revision and who has, from the signatures on its snapshot. */
    public TrainingCompletion completion(String documentId) {
        ControlledDocument document = control.document(documentId);
        EffectiveSnapshot snapshot = effective(document);
        Revision revision = control.revisions(documentId).stream()
                .filter(r -> r.label().equals(snapshot.revisionLabel())).findFirst().orElseThrow();
        List<TrainingAcknowledgement> acknowledgements = signatures.forObject(ControlledSignableContent.EFFECTIVE_REVISION,
                        documentId).stream()
                .filter(record -> record.contentHash().equals(snapshot.contentHash()))
                .map(record -> new TrainingAcknowledgement(record.id(), record.signerKey(), documentId,
                        snapshot.revisionLabel(), record.meaning(), record.time()))
                .toList();
        return TrainingCompletion.of(revision, audience(document), roster, acknowledgements);
    }

    private Signable signable(String userKey, String documentId, SigningPurpose purpose) {
        if (!purpose.onEffectiveRevision()) {
            throw new IllegalArgumentException(purpose + " is not signed on the effective revision");
        }
        ControlledDocument document = control.document(documentId);
        EffectiveSnapshot snapshot = effective(document);
        DocumentType type = settings.current(document.spaceKey()).flatMap(s -> s.type(document.typeKey()))
                .orElseThrow(() -> new DocumentControlException("unknown_document_type", 409, "document type "
                        + document.typeKey() + " is no longer configured", "Ask the space administrator to restore it."));
        if (purpose == SigningPurpose.TRAINING_ACKNOWLEDGEMENT) {
            if (!type.trainingRequired()) {
                throw new DocumentControlException("training_not_required", 409, "Documents of type " + type.key()
                        + " need no training acknowledgement.", "Nothing to acknowledge; read the document.");
            }
            TrainingCompletion completion = completion(documentId);
            if (!completion.required().contains(userKey)) {
                throw new DocumentControlException("not_a_required_reader", 403, "You are not among the required "
                        + "readers of " + document.number() + ".", "Ask a document controller if you should be.");
            }
            if (completion.acknowledged().containsKey(userKey)) {
                throw new DocumentControlException("already_acknowledged", 409, "You have already acknowledged "
                        + "revision " + snapshot.revisionLabel() + " of " + document.number() + ".",
                        "Nothing to do: your acknowledgement is recorded.");
            }
        } else {
            if (!controllers.isDocumentController(userKey, documentId)) {
                throw new DocumentControlException("not_document_controller", 403, "Only a document controller can "
                        + "confirm the periodic review of " + document.number() + ".", "Ask a document controller of this space.");
            }
            if (type.periodicReview().isEmpty()) {
                throw new DocumentControlException("no_periodic_review", 409, "Documents of type " + type.key()
                        + " have no periodic review.", "Set a review interval for the type if they should.");
            }
            if (control.latestRevision(documentId).state() != DocumentState.EFFECTIVE) {
                throw new DocumentControlException("revision_in_progress", 409, "A new revision of " + document.number()
                        + " is in progress; a review without change would not match it.",
                        "Complete or withdraw the new revision; its approval is the review.");
            }
        }
        return new Signable(document, snapshot);
    }

    private EffectiveSnapshot effective(ControlledDocument document) {
        return content.effectiveSnapshot(document.id()).orElseThrow(() -> new DocumentControlException("not_effective",
                409, "Document " + document.number() + " has no effective revision.",
                "Wait until a revision of the document is effective."));
    }

    private TrainingAudience audience(ControlledDocument document) {
        return settings.current(document.spaceKey()).map(s -> s.trainingAudience(document.typeKey()))
                .orElse(TrainingAudience.NONE);
    }

    private record Signable(ControlledDocument document, EffectiveSnapshot snapshot) {
    }
}
