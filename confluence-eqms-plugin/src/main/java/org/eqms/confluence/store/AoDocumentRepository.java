package org.eqms.confluence.store;

import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.Query;
import org.eqms.confluence.store.entity.ApprovalRow;
import org.eqms.confluence.store.entity.DocumentRow;
import org.eqms.confluence.store.entity.RevisionRow;
import org.eqms.confluence.store.entity.SnapshotRow;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentRepository;
import org.eqms.document.DocumentState;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.Revision;
import org.eqms.store.ao.SqlStates;

/**
 * {@link DocumentRepository} on Active Objects.
 *
 * <ul>
 *   <li>Nothing here deletes a row. Documents and snapshots are inserted once; a revision row is updated as it moves
 *       through its lifecycle (author and change reason never change); an approval row is inserted once and its only
 *       change is invalidated false → true.</li>
 *   <li>{@link #save(Revision)} is append-only for approvals: the stored approvals must come first in the revision's
 *       list, in the order recorded, each equal to its stored self or invalidated from it; anything else (an approval
 *       removed, reordered, altered, or re-validated) is refused with {@link IllegalStateException} and nothing is
 *       written.</li>
 *   <li>Every write runs in one {@link ActiveObjects#executeInTransaction transaction}; the UNIQUE columns
 *       ({@link DocumentRow#PAGE_ID}, {@link DocumentRow#SPACE_NUMBER}, {@link RevisionRow#REVISION_KEY},
 *       {@link ApprovalRow#SIGNATURE_ID}, {@link SnapshotRow#SNAPSHOT_KEY}) refuse what a concurrent writer slipped
 *       past the checks.</li>
 *   <li>Instants are stored losslessly ({@link StoredInstant}). A snapshot's title or body read back as SQL NULL
 *       (an empty string on Oracle) is returned as {@code ""}.</li>
 * </ul>
 */
public final class AoDocumentRepository implements DocumentRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> HASHES = new TypeReference<>() {
    };
    private static final String DOCUMENT_COLUMNS = String.join(",", DocumentRow.DOCUMENT_ID, DocumentRow.SPACE_KEY,
            DocumentRow.PAGE_ID, DocumentRow.TYPE_KEY, DocumentRow.DOC_NUMBER, DocumentRow.SPACE_NUMBER,
            DocumentRow.CREATED_BY, DocumentRow.CREATED_AT);

    private final ActiveObjects ao;

    public AoDocumentRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void add(ControlledDocument document) {
        Objects.requireNonNull(document, "document");
        String spaceNumber = UniqueKeys.of(document.spaceKey(), document.number());
        Map<String, Object> row = new HashMap<>();
        row.put(DocumentRow.DOCUMENT_ID, document.id());
        row.put(DocumentRow.SPACE_KEY, document.spaceKey());
        row.put(DocumentRow.PAGE_ID, document.pageId());
        row.put(DocumentRow.TYPE_KEY, document.typeKey());
        row.put(DocumentRow.DOC_NUMBER, document.number());
        row.put(DocumentRow.SPACE_NUMBER, spaceNumber);
        row.put(DocumentRow.CREATED_BY, document.createdBy());
        row.put(DocumentRow.CREATED_AT, StoredInstant.format(Objects.requireNonNull(document.createdAt(), "createdAt")));
        try {
            ao.executeInTransaction(() -> {
                refuseDuplicate(document, spaceNumber);
                ao.create(DocumentRow.class, row);
                return null;
            });
        } catch (DuplicateDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a concurrent insert got past the checks: the UNIQUE columns refuse it (HSQLDB's MVCC may report the
            // loser as a serialization failure instead)
            if (SqlStates.uniqueViolation(e) || SqlStates.transactionRollback(e)) {
                throw new DuplicateDocumentException("Document " + document.id() + " (page " + document.pageId()
                        + ", number " + document.number() + " in space " + document.spaceKey()
                        + ") was refused: the document id, page or number is already taken", e);
            }
            throw e;
        }
    }

    private void refuseDuplicate(ControlledDocument document, String spaceNumber) {
        for (DocumentRow existing : ao.find(DocumentRow.class, Query.select(DOCUMENT_COLUMNS)
                .where(DocumentRow.DOCUMENT_ID + " = ? OR " + DocumentRow.PAGE_ID + " = ? OR "
                        + DocumentRow.SPACE_NUMBER + " = ?", document.id(), document.pageId(), spaceNumber))) {
            String why;
            if (existing.getPageId() == document.pageId()) {
                why = "page " + document.pageId() + " is already controlled as " + existing.getDocNumber()
                        + " in space " + existing.getSpaceKey();
            } else if (existing.getSpaceNumber().equals(spaceNumber)) {
                why = "number " + document.number() + " is already taken in space " + document.spaceKey()
                        + " (page " + existing.getPageId() + ")";
            } else {
                why = "document id " + document.id() + " is already used (page " + existing.getPageId() + ")";
            }
            throw new DuplicateDocumentException("Document " + document.id() + " was refused: " + why, null);
        }
    }

    @Override
    public Optional<ControlledDocument> byId(String documentId) {
        return first(DocumentRow.DOCUMENT_ID + " = ?", documentId);
    }

    @Override
    public Optional<ControlledDocument> byPage(long pageId) {
        return first(DocumentRow.PAGE_ID + " = ?", pageId);
    }

    /** One query on the number, the lowest space key first. */
    @Override
    public Optional<ControlledDocument> firstByNumber(String documentNumber) {
        DocumentRow[] rows = ao.find(DocumentRow.class, Query.select(DOCUMENT_COLUMNS)
                .where(DocumentRow.DOC_NUMBER + " = ?", documentNumber).order(DocumentRow.SPACE_KEY + " ASC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(document(rows[0]));
    }

    private Optional<ControlledDocument> first(String where, Object parameter) {
        DocumentRow[] rows = ao.find(DocumentRow.class, Query.select(DOCUMENT_COLUMNS).where(where, parameter));
        return rows.length == 0 ? Optional.empty() : Optional.of(document(rows[0]));
    }

    @Override
    public List<ControlledDocument> inSpace(String spaceKey) {
        List<ControlledDocument> documents = new ArrayList<>();
        ao.stream(DocumentRow.class, Query.select(DOCUMENT_COLUMNS)
                        .where(DocumentRow.SPACE_KEY + " = ?", spaceKey)
                        .order(DocumentRow.DOC_NUMBER + " ASC, " + DocumentRow.DOCUMENT_ID + " ASC"),
                row -> documents.add(document(row)));
        return documents;
    }

    private static ControlledDocument document(DocumentRow row) {
        return new ControlledDocument(row.getDocumentId(), row.getSpaceKey(), row.getPageId(), row.getTypeKey(),
                row.getDocNumber(), row.getCreatedBy(), StoredInstant.parse(row.getCreatedAt()));
    }

    @Override
    public void save(Revision revision) {
        Objects.requireNonNull(revision, "revision");
        String key = UniqueKeys.of(revision.documentId(), revision.label());
        try {
            ao.executeInTransaction(() -> {
                requireDocument(revision.documentId());
                RevisionRow[] found = ao.find(RevisionRow.class,
                        Query.select().where(RevisionRow.REVISION_KEY + " = ?", key));
                if (found.length == 0) {
                    insert(revision, key);
                } else {
                    update(found[0], revision);
                }
                saveApprovals(revision, key);
                return null;
            });
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException("Revision " + revision.label() + " of document "
                        + revision.documentId() + " was refused: a concurrent save inserted the revision, or one of"
                        + " its signatures is already recorded elsewhere", e);
            }
            throw e;
        }
    }

    private void insert(Revision revision, String key) {
        Map<String, Object> row = new HashMap<>();
        row.put(RevisionRow.REVISION_KEY, key);
        row.put(RevisionRow.DOCUMENT_ID, revision.documentId());
        row.put(RevisionRow.REV_LABEL, revision.label());
        row.put(RevisionRow.REV_STATE, revision.state().name());
        row.put(RevisionRow.AUTHOR_KEY, revision.authorKey());
        row.put(RevisionRow.CHANGE_REASON, revision.changeReason());
        row.put(RevisionRow.CONTENT_HASH, revision.contentHash());
        row.put(RevisionRow.SCHEDULED_AT, StoredInstant.format(revision.scheduledEffective()));
        row.put(RevisionRow.EFFECTIVE_AT, StoredInstant.format(revision.effectiveAt()));
        row.put(RevisionRow.SUPERSEDED_BY, revision.supersededBy());
        ao.create(RevisionRow.class, row);
    }

    private static void update(RevisionRow row, Revision revision) {
        if (!row.getAuthorKey().equals(revision.authorKey()) || !row.getChangeReason().equals(revision.changeReason())) {
            throw new IllegalStateException("Revision " + revision.label() + " of document " + revision.documentId()
                    + ": its author and change reason never change once recorded");
        }
        row.setRevState(revision.state().name());
        row.setContentHash(revision.contentHash());
        row.setScheduledAt(StoredInstant.format(revision.scheduledEffective()));
        row.setEffectiveAt(StoredInstant.format(revision.effectiveAt()));
        row.setSupersededBy(revision.supersededBy());
        row.save();
    }

    private void saveApprovals(Revision revision, String key) {
        ApprovalRow[] stored = ao.find(ApprovalRow.class, Query.select()
                .where(ApprovalRow.REVISION_KEY + " = ?", key).order(ApprovalRow.ID + " ASC"));
        List<Approval> approvals = revision.approvals();
        String what = "Revision " + revision.label() + " of document " + revision.documentId();
        if (approvals.size() < stored.length) {
            throw new IllegalStateException(what + ": " + stored.length + " approvals are recorded but only "
                    + approvals.size() + " are given; approvals are never removed");
        }
        // check everything before the first write, so a refusal leaves the rows as they were
        List<ApprovalRow> toInvalidate = new ArrayList<>();
        for (int i = 0; i < stored.length; i++) {
            Approval given = approvals.get(i);
            Approval recorded = approval(stored[i]);
            if (recorded.equals(given)) {
                continue;
            }
            if (!recorded.invalidated() && recorded.invalidate().equals(given)) {
                toInvalidate.add(stored[i]);
                continue;
            }
            throw new IllegalStateException(what + ": approval " + (i + 1) + " would change from " + recorded
                    + " to " + given + "; approvals are only ever added or marked invalidated");
        }
        for (ApprovalRow row : toInvalidate) {
            row.setInvalidated(true);
            row.save();
        }
        for (Approval approval : approvals.subList(stored.length, approvals.size())) {
            Map<String, Object> row = new HashMap<>();
            row.put(ApprovalRow.SIGNATURE_ID, approval.signatureId());
            row.put(ApprovalRow.REVISION_KEY, key);
            row.put(ApprovalRow.DOCUMENT_ID, revision.documentId());
            row.put(ApprovalRow.REV_LABEL, revision.label());
            row.put(ApprovalRow.USER_KEY, approval.userKey());
            row.put(ApprovalRow.MEANING, approval.meaning());
            row.put(ApprovalRow.GROUP_NAME, approval.group());
            row.put(ApprovalRow.SIGNED_AT, StoredInstant.format(approval.time()));
            row.put(ApprovalRow.CONTENT_HASH, approval.contentHash());
            row.put(ApprovalRow.INVALIDATED, approval.invalidated());
            ao.create(ApprovalRow.class, row);
        }
    }

    @Override
    public Optional<Revision> revision(String documentId, String label) {
        String key = UniqueKeys.of(documentId, label);
        RevisionRow[] rows = ao.find(RevisionRow.class, Query.select().where(RevisionRow.REVISION_KEY + " = ?", key));
        if (rows.length == 0) {
            return Optional.empty();
        }
        List<Approval> approvals = new ArrayList<>();
        for (ApprovalRow row : ao.find(ApprovalRow.class, Query.select()
                .where(ApprovalRow.REVISION_KEY + " = ?", key).order(ApprovalRow.ID + " ASC"))) {
            approvals.add(approval(row));
        }
        return Optional.of(revision(rows[0], approvals));
    }

    @Override
    public List<Revision> revisions(String documentId) {
        RevisionRow[] rows = ao.find(RevisionRow.class, Query.select()
                .where(RevisionRow.DOCUMENT_ID + " = ?", documentId).order(RevisionRow.ID + " ASC"));
        Map<String, List<Approval>> approvalsByRevision = new LinkedHashMap<>();
        for (ApprovalRow row : ao.find(ApprovalRow.class, Query.select()
                .where(ApprovalRow.DOCUMENT_ID + " = ?", documentId).order(ApprovalRow.ID + " ASC"))) {
            approvalsByRevision.computeIfAbsent(row.getRevisionKey(), k -> new ArrayList<>()).add(approval(row));
        }
        List<Revision> revisions = new ArrayList<>(rows.length);
        for (RevisionRow row : rows) {
            revisions.add(revision(row, approvalsByRevision.getOrDefault(row.getRevisionKey(), List.of())));
        }
        return revisions;
    }

    private static Revision revision(RevisionRow row, List<Approval> approvals) {
        return new Revision(row.getDocumentId(), row.getRevLabel(), DocumentState.valueOf(row.getRevState()),
                row.getAuthorKey(), row.getChangeReason(), row.getContentHash(), approvals,
                StoredInstant.parse(row.getScheduledAt()), StoredInstant.parse(row.getEffectiveAt()),
                row.getSupersededBy());
    }

    private static Approval approval(ApprovalRow row) {
        return new Approval(row.getSignatureId(), row.getUserKey(), row.getMeaning(), row.getGroupName(),
                StoredInstant.parse(row.getSignedAt()), row.getContentHash(), row.isInvalidated());
    }

    @Override
    public void addSnapshot(EffectiveSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        String key = UniqueKeys.of(Objects.requireNonNull(snapshot.documentId(), "documentId"),
                Objects.requireNonNull(snapshot.revisionLabel(), "revisionLabel"));
        Map<String, Object> row = new HashMap<>();
        row.put(SnapshotRow.SNAPSHOT_KEY, key);
        row.put(SnapshotRow.DOCUMENT_ID, snapshot.documentId());
        row.put(SnapshotRow.REV_LABEL, snapshot.revisionLabel());
        row.put(SnapshotRow.PAGE_ID, snapshot.pageId());
        row.put(SnapshotRow.PAGE_VERSION, snapshot.pageVersion());
        row.put(SnapshotRow.PAGE_TITLE, Objects.requireNonNull(snapshot.title(), "title"));
        row.put(SnapshotRow.STORAGE_BODY, Objects.requireNonNull(snapshot.body(), "body"));
        row.put(SnapshotRow.ATTACHMENTS_JSON, attachmentsJson(snapshot.attachmentHashes()));
        row.put(SnapshotRow.CONTENT_HASH, Objects.requireNonNull(snapshot.contentHash(), "contentHash"));
        row.put(SnapshotRow.EFFECTIVE_AT, StoredInstant.format(Objects.requireNonNull(snapshot.effectiveAt(), "effectiveAt")));
        String what = "Snapshot of revision " + snapshot.revisionLabel() + " of document " + snapshot.documentId();
        try {
            ao.executeInTransaction(() -> {
                requireDocument(snapshot.documentId());
                if (ao.count(SnapshotRow.class, SnapshotRow.SNAPSHOT_KEY + " = ?", key) > 0) {
                    throw new IllegalStateException(what + " was refused: the revision already has its locked"
                            + " snapshot, which is never replaced");
                }
                ao.create(SnapshotRow.class, row);
                return null;
            });
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException(what + " was refused: a concurrent writer stored it first", e);
            }
            throw e;
        }
    }

    @Override
    public List<EffectiveSnapshot> snapshots(String documentId) {
        List<EffectiveSnapshot> snapshots = new ArrayList<>();
        for (SnapshotRow row : ao.find(SnapshotRow.class, Query.select()
                .where(SnapshotRow.DOCUMENT_ID + " = ?", documentId).order(SnapshotRow.ID + " ASC"))) {
            snapshots.add(new EffectiveSnapshot(row.getDocumentId(), row.getRevLabel(), row.getPageId(),
                    row.getPageVersion(), orEmpty(row.getPageTitle()), orEmpty(row.getStorageBody()),
                    attachmentHashes(row.getAttachmentsJson()), row.getContentHash(),
                    StoredInstant.parse(row.getEffectiveAt())));
        }
        return snapshots;
    }

    private void requireDocument(String documentId) {
        if (ao.count(DocumentRow.class, DocumentRow.DOCUMENT_ID + " = ?", documentId) == 0) {
            throw new IllegalStateException("No controlled document " + documentId);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String attachmentsJson(Map<String, String> hashes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(hashes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attachment hashes cannot be written as JSON", e);
        }
    }

    private static Map<String, String> attachmentHashes(String json) {
        try {
            return JSON.readValue(json, HASHES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attachment hashes are not a JSON object of strings: " + json, e);
        }
    }
}
