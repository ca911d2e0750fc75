package org.eqms.document;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The controlled-documents application service: puts a page under document control (number allocated once),
 * runs lifecycle commands and approvals on the current revision, locks the effective snapshot and supersedes
 * the previous effective revision — each request in one transaction with its audit entries, or not at all.
 */
public final class DocumentControl {
    private final DocumentRepository documents;
    private final SpaceConfiguration configuration;
    private final PageSource pages;
    private final DocumentNumberAllocator numbers;
    private final GroupMembership membership;
    private final DocumentControllers controllers;
    private final DocumentActors actors;
    private final AuditTrail audit;
    private final RevisionAuditor auditor;
    private final Transactions transactions;
    private final DocumentLocks locks;
    private final Clock clock;

    public DocumentControl(DocumentRepository documents, SpaceConfiguration configuration, PageSource pages,
                           NumberSequence numbers, GroupMembership membership, DocumentControllers controllers,
                           DocumentActors actors, AuditTrail audit, Transactions transactions, DocumentLocks locks,
                           Clock clock) {
        this.documents = documents;
        this.configuration = configuration;
        this.pages = pages;
        this.numbers = new DocumentNumberAllocator(numbers);
        this.membership = membership;
        this.controllers = controllers;
        this.audit = audit;
        this.auditor = new RevisionAuditor(audit, actors);
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
        this.actors = actors;
    }

    /** Puts a page under control as a new document of {@code typeKey}: number allocated, first revision in Draft. */
    public ControlledDocument place(String actorKey, long pageId, String typeKey, String clientIp) {
        PageLocation location = pages.location(pageId).orElseThrow(() -> notFound("page " + pageId));
        ControlledScope scope = configuration.scope(location.spaceKey()).orElseThrow(() -> new DocumentControlException(
                "space_not_controlled", 409, "space " + location.spaceKey() + " is not under document control",
                "Ask the space administrator to configure document control for this space."));
        if (!scope.covers(location)) {
            throw new DocumentControlException("page_out_of_scope", 409, "page " + pageId
                    + " is outside the controlled page trees of space " + location.spaceKey(),
                    "Move the page under a controlled page tree, or ask the space administrator to extend the scope.");
        }
        DocumentType type = configuration.type(location.spaceKey(), typeKey).orElseThrow(() -> new DocumentControlException(
                "unknown_document_type", 400, "space " + location.spaceKey() + " has no document type " + typeKey,
                "Choose one of the space's configured document types."));
        if (documents.byPage(pageId).isPresent()) {
            throw new DocumentControlException("already_controlled", 409, "page " + pageId + " is already a controlled document",
                    "Open the existing document instead.");
        }
        PageVersion current = pages.current(pageId).orElseThrow(() -> notFound("page " + pageId));
        String number = numbers.allocate(location.spaceKey(), type);
        ControlledDocument document = new ControlledDocument(UUID.randomUUID().toString(), location.spaceKey(), pageId,
                type.key(), number, actorKey, clock.instant());
        Revision first = Revision.draft(document.id(), type.revisionScheme().first(), actorKey, "Initial issue",
                current.contentHash());
        transactions.run(() -> {
            documents.add(document);
            documents.save(first);
            audit.record(actors.actor(actorKey), DocumentAuditActions.CREATED, object(document.id()),
                    AuditData.empty().put("number", number).put("type", type.key()).put("space", location.spaceKey())
                            .put("pageId", pageId).put("revision", first.label()).change("state", null, DocumentState.DRAFT.name())
                            .clientIp(clientIp));
        });
        audit.flush();
        return document;
    }

    /** Starts the next revision of an Effective document (change control: a reason is required). */
    public Revision startRevision(String actorKey, String documentId, String changeReason, String clientIp) {
        if (changeReason == null || changeReason.isBlank()) {
            throw new DocumentControlException("change_reason_required", 400, "a new revision needs a change reason",
                    "Say what changes and why; it appears in the revision history.");
        }
        return changing(documentId, () -> {
            ControlledDocument document = document(documentId);
            Revision latest = latest(documentId);
            if (latest.state() != DocumentState.EFFECTIVE) {
                throw new DocumentControlException("revision_in_progress", 409, "revision " + latest.label() + " is "
                        + latest.state() + "; a new revision starts only from an Effective one",
                        "Finish or withdraw the revision in progress first.");
            }
            DocumentType type = type(document);
            PageVersion current = pages.current(document.pageId()).orElseThrow(() -> notFound("page " + document.pageId()));
            Revision next = Revision.draft(documentId, type.revisionScheme().next(latest.label()), actorKey,
                    changeReason.trim(), current.contentHash());
            documents.save(next);
            audit.record(actors.actor(actorKey), DocumentAuditActions.REVISION_STARTED, object(documentId),
                    AuditData.empty().put("revision", next.label()).put("previousRevision", latest.label())
                            .reason(changeReason.trim()).clientIp(clientIp));
            return next;
        });
    }

    /**
     * Applies a lifecycle command to the document's current revision. Approving, making effective and making
     * obsolete are document-controller actions.
     */
    public Transition apply(String documentId, LifecycleCommand command, String clientIp) {
        return changing(documentId, () -> {
            ControlledDocument document = document(documentId);
            ControllerActions.requireController(controllers, command, documentId);
            Revision latest = latest(documentId);
            Transition transition = lifecycle(document).apply(latest, command);
            commit(document, latest, transition, clientIp);
            return transition;
        });
    }

    /** Records an approval signature (already made and sealed by the e-signature engine) on the current revision. */
    public Transition recordApproval(String documentId, Approval approval, String clientIp) {
        return changing(documentId, () -> {
            ControlledDocument document = document(documentId);
            Revision latest = latest(documentId);
            Transition transition = lifecycle(document).recordApproval(latest, approval);
            commit(document, latest, transition, clientIp);
            return transition;
        });
    }

    /**
     * Records an approval signature on the current revision and, when it completes the revision's approval rule,
     * moves the revision to Approved with the signer as actor, in one transaction: nobody ever sees the rule met
     * while the revision is still In Review (a controller offered "approve" in that window was refused). Returns the
     * approval's transition when the revision was approved.
     */
    public Optional<Transition> recordApprovalAndApproveIfComplete(String documentId, Approval approval, String clientIp) {
        return changing(documentId, () -> {
            ControlledDocument document = document(documentId);
            DocumentLifecycle lifecycle = lifecycle(document);
            Revision latest = latest(documentId);
            Transition recorded = lifecycle.recordApproval(latest, approval);
            commit(document, latest, recorded, clientIp);
            Revision signed = recorded.revision();
            if (signed.state() != DocumentState.IN_REVIEW || !lifecycle.progress(signed).isSatisfied()) {
                return Optional.<Transition>empty();
            }
            Transition approved = lifecycle.apply(signed, new LifecycleCommand.Approve(approval.userKey()));
            commit(document, signed, approved, clientIp);
            return Optional.of(approved);
        });
    }

    /**
     * The clock's side of a scheduled effective date: when the document's Approved revision is due, it becomes
     * Effective as of its scheduled time (snapshot locked, previous revision superseded). Empty when nothing is due.
     */
    public Optional<Transition> effectiveIfDue(String documentId, String clientIp) {
        return changing(documentId, () -> {
            ControlledDocument document = document(documentId);
            Revision latest = latest(documentId);
            Optional<Transition> due = lifecycle(document).becomeEffectiveIfDue(latest);
            due.ifPresent(transition -> commit(document, latest, transition, clientIp));
            return due;
        });
    }

    /** The page was edited: while In Review, the signatures collected for the old content are invalidated. */
    public Optional<Transition> pageEdited(long pageId, String editorKey, String clientIp) {
        Optional<ControlledDocument> document = documents.byPage(pageId);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        return changing(document.get().id(), () -> {
            Revision latest = latest(document.get().id());
            PageVersion current = pages.current(pageId).orElseThrow(() -> notFound("page " + pageId));
            if (latest.state() != DocumentState.IN_REVIEW || current.contentHash().equals(latest.contentHash())) {
                return Optional.<Transition>empty();
            }
            Transition transition = lifecycle(document.get()).apply(latest,
                    new LifecycleCommand.EditDuringReview(editorKey, current.contentHash()));
            commit(document.get(), latest, transition, clientIp);
            return Optional.of(transition);
        });
    }

    /** Runs one change of a document under its lock, in one transaction committed before the lock is released. */
    private <T> T changing(String documentId, java.util.function.Supplier<T> work) {
        T result = locks.withDocumentLock(documentId, () -> transactions.inTransaction(work));
        audit.flush();
        return result;
    }

    /** The document, or a 404 {@link DocumentControlException}. */
    public ControlledDocument document(String documentId) {
        return documents.byId(documentId).orElseThrow(() -> notFound("document " + documentId));
    }

    public Optional<ControlledDocument> documentOfPage(long pageId) {
        return documents.byPage(pageId);
    }

    /** The document's newest revision (the one lifecycle commands act on). */
    public Revision latestRevision(String documentId) {
        document(documentId);
        return latest(documentId);
    }

    /** The approval rule's evaluation of the document's newest revision. */
    public ApprovalProgress progress(String documentId) {
        return lifecycle(document(documentId)).progress(latestRevision(documentId));
    }

    public List<EffectiveSnapshot> snapshots(String documentId) {
        document(documentId);
        return documents.snapshots(documentId);
    }

    public List<Revision> revisions(String documentId) {
        document(documentId);
        return documents.revisions(documentId);
    }

    private void commit(ControlledDocument document, Revision before, Transition transition, String clientIp) {
        Revision after = transition.revision();
        documents.save(after);
        transition.events().forEach(event -> auditor.record(event, clientIp));
        if (before.state() != DocumentState.EFFECTIVE && after.state() == DocumentState.EFFECTIVE) {
            lockSnapshot(document, after, clientIp);
            supersedePrevious(document, after, clientIp);
        }
    }

    private void lockSnapshot(ControlledDocument document, Revision revision, String clientIp) {
        PageVersion current = pages.current(document.pageId()).orElseThrow(() -> notFound("page " + document.pageId()));
        if (!current.contentHash().equals(revision.contentHash())) {
            throw new DocumentControlException("content_changed", 409, "the page changed after revision "
                    + revision.label() + " was approved", "Review the current content and submit it for review again.");
        }
        EffectiveSnapshot snapshot = new EffectiveSnapshot(document.id(), revision.label(), document.pageId(),
                current.version(), current.title(), current.body(),
                pages.attachmentHashes(document.pageId(), current.version()), current.contentHash(), revision.effectiveAt());
        documents.addSnapshot(snapshot);
        audit.record(RevisionAuditor.SCHEDULER, DocumentAuditActions.SNAPSHOT_LOCKED, object(document.id()),
                AuditData.empty().put("revision", revision.label()).put("pageVersion", current.version())
                        .put("contentHash", current.contentHash()).clientIp(clientIp));
    }

    private void supersedePrevious(ControlledDocument document, Revision effective, String clientIp) {
        for (Revision older : documents.revisions(document.id())) {
            if (older.state() == DocumentState.EFFECTIVE && !older.label().equals(effective.label())) {
                Transition superseded = lifecycle(document).apply(older,
                        new LifecycleCommand.Supersede(DocumentLifecycle.SCHEDULER, effective.label()));
                documents.save(superseded.revision());
                superseded.events().forEach(event -> auditor.record(event, clientIp));
            }
        }
    }

    private DocumentLifecycle lifecycle(ControlledDocument document) {
        DocumentType type = type(document);
        ApprovalRule rule = configuration.approvalRule(document.spaceKey(), type.approvalRuleKey()).orElseThrow(() ->
                new DocumentControlException("approval_rule_missing", 409, "document type " + type.key()
                        + " names approval rule " + type.approvalRuleKey() + ", which the space does not define",
                        "Ask the space administrator to define the approval rule."));
        return new DocumentLifecycle(rule, membership, controllers, configuration.reviewEditPolicy(document.spaceKey()), clock);
    }

    private DocumentType type(ControlledDocument document) {
        return configuration.type(document.spaceKey(), document.typeKey()).orElseThrow(() -> new DocumentControlException(
                "unknown_document_type", 409, "document type " + document.typeKey() + " is no longer configured",
                "Ask the space administrator to restore the document type."));
    }

    private Revision latest(String documentId) {
        List<Revision> revisions = documents.revisions(documentId);
        if (revisions.isEmpty()) {
            throw new IllegalStateException("document " + documentId + " has no revision");
        }
        return revisions.get(revisions.size() - 1);
    }

    private static AuditedObject object(String documentId) {
        return AuditedObject.of(DocumentAuditActions.OBJECT_TYPE, documentId);
    }

    private static DocumentControlException notFound(String what) {
        return new DocumentControlException("not_found", 404, what + " does not exist", "Check the id.");
    }
}
