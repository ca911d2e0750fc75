package org.eqms.document;

import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;

import java.util.Objects;
import java.util.Optional;

/**
 * E-signatures on controlled pages: issues the challenge for exactly the page version under review (or in force),
 * signs through the shared e-signature engine, and records what the signature is for — an approval of the revision
 * (which moves to Approved when its rule is met) or the controller's obsolescence decision. Eligibility is checked
 * before the challenge and again before the credentials, so no signature is made that could not be recorded.
 */
public final class DocumentSigning {
    private final DocumentControl control;
    private final ElectronicSignatures signatures;
    private final PageSource pages;
    private final DocumentControllers controllers;

    public DocumentSigning(DocumentControl control, ElectronicSignatures signatures, PageSource pages,
                           DocumentControllers controllers) {
        this.control = Objects.requireNonNull(control, "control");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.controllers = Objects.requireNonNull(controllers, "controllers");
    }

    public DocumentSigningChallenge challenge(String userKey, String sessionId, String documentId, SigningPurpose purpose) {
        Signable signable = signable(userKey, documentId, purpose);
        SigningChallenge challenge = signatures.challenge(userKey, PageVersion.OBJECT_TYPE,
                String.valueOf(signable.document.pageId()), signable.page.version());
        return new DocumentSigningChallenge(challenge, purpose, signable.document, signable.revision.label(),
                signable.page.title(), signable.page.version(), signable.group, signatures.meanings(),
                signatures.needsUserId(userKey, sessionId), signatures.secretComponent(userKey));
    }

    /** Signs; returns the sealed record after it was recorded for the document. */
    public SignatureRecord sign(String userKey, String documentId, SigningPurpose purpose, SigningRequest request) {
        Objects.requireNonNull(request, "request");
        Signable signable = signable(userKey, documentId, purpose);
        Optional<SigningChallenge> pending = signatures.pendingChallenge(request.challengeId());
        if (pending.isPresent() && !pending.get().version().object().id().equals(String.valueOf(signable.document.pageId()))) {
            throw new DocumentControlException("challenge_for_other_document", 400, "Challenge " + request.challengeId()
                    + " was issued for another page, not for document " + signable.document.number() + ".",
                    "Request a signing challenge for this document and sign again.");
        }
        if (purpose == SigningPurpose.OBSOLESCENCE && NonBlank.isBlank(request.reason())) {
            throw new DocumentControlException("reason_required", 400, "Making document " + signable.document.number()
                    + " obsolete needs a reason.", "Say why the document is made obsolete; the audit trail keeps it.");
        }
        SignatureRecord record = signatures.sign(userKey, request);
        if (purpose == SigningPurpose.APPROVAL) {
            control.recordApprovalAndApproveIfComplete(documentId, Approval.of(record.id(), userKey, record.meaning(),
                    signable.group, record.time(), record.contentHash()), request.clientIp());
        } else {
            control.apply(documentId, new LifecycleCommand.MakeObsolete(userKey, record.id(), record.meaning(),
                    request.reason()), request.clientIp());
        }
        return record;
    }

    private Signable signable(String userKey, String documentId, SigningPurpose purpose) {
        ControlledDocument document = control.document(documentId);
        Revision latest = control.latestRevision(documentId);
        PageVersion page = pages.current(document.pageId()).orElseThrow(() -> new DocumentControlException(
                "not_found", 404, "page " + document.pageId() + " of document " + document.number() + " does not exist",
                "The page may have been deleted; ask a document controller."));
        String group = null;
        if (purpose == SigningPurpose.APPROVAL) {
            if (latest.state() != DocumentState.IN_REVIEW) {
                throw new ApprovalRefusedException(ApprovalRefusal.NOT_IN_REVIEW, "Revision " + latest.label()
                        + " of " + document.number() + " is not In Review; there is nothing to approve.");
            }
            ApprovalEligibility eligibility = control.progress(documentId).canSign(userKey);
            if (!eligibility.allowed()) {
                throw new ApprovalRefusedException(eligibility.refusal(), eligibility.message());
            }
            if (!page.contentHash().equals(latest.contentHash())) {
                throw new DocumentControlException("content_changed", 409, "The page changed after revision "
                        + latest.label() + " was submitted for review.", "Reload the page; the author must submit the "
                        + "current content for review again.");
            }
            group = eligibility.group();
        } else {
            if (!controllers.isDocumentController(userKey, documentId)) {
                throw new DocumentControlException("not_document_controller", 403, "Only a document controller can "
                        + "make document " + document.number() + " obsolete.", "Ask a document controller of this space.");
            }
            if (latest.state() != DocumentState.EFFECTIVE) {
                throw new DocumentControlException("not_effective", 409, "Revision " + latest.label() + " of "
                        + document.number() + " is not Effective; only an effective document can be made obsolete.",
                        "Finish or withdraw the revision in progress first.");
            }
        }
        return new Signable(document, latest, page, group);
    }

    private record Signable(ControlledDocument document, Revision revision, PageVersion page, String group) {
    }
}
