package org.eqms.confluence.store;

import org.eqms.store.ao.UniqueKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.entity.ApprovalRow;
import org.eqms.confluence.store.entity.DocumentRow;
import org.eqms.confluence.store.entity.RevisionRow;
import org.eqms.confluence.store.entity.SnapshotRow;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentRepository.DuplicateDocumentException;
import org.eqms.document.DocumentState;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.Revision;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.testing.ActiveObjectsTest;

/** {@link AoDocumentRepository} on HSQLDB and (when configured) PostgreSQL. */
class AoDocumentRepositoryTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:15:30.123456789Z");
    private static final String HASH_1 = "1".repeat(64);
    private static final String HASH_2 = "2".repeat(64);

    private static ControlledDocument doc(String id, String space, long page, String number) {
        return new ControlledDocument(id, space, page, "SOP", number, "author-key", CREATED);
    }

    private static Approval approval(String signatureId, String user, int second) {
        return Approval.of(signatureId, user, "Approved", "qa-approvers",
                Instant.parse("2026-03-02T10:00:00Z").plusSeconds(second).plusNanos(1_001), HASH_1);
    }

    private static Revision revision(String documentId, String label, DocumentState state, List<Approval> approvals,
                                     Instant scheduled, Instant effective, String supersededBy) {
        return new Revision(documentId, label, state, "author-key", "Initial release per CR-12", HASH_1, approvals,
                scheduled, effective, supersededBy);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void documentsRoundTripByIdPageAndSpace(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        ControlledDocument second = doc("1002", "QMS", 1002, "SOP-0002");
        ControlledDocument first = doc("1001", "QMS", 1001, "SOP-0001");
        ControlledDocument workInstruction = new ControlledDocument("1003", "QMS", 1003, "WI", "WI-0001", "other-key",
                CREATED.plusSeconds(5));
        ControlledDocument elsewhere = doc("2001", "LAB", 2001, "SOP-0001");
        repository.add(second);
        repository.add(first);
        repository.add(workInstruction);
        repository.add(elsewhere);

        assertThat(repository.byId("1001")).contains(first);
        assertThat(repository.byId("1003")).contains(workInstruction);
        assertThat(repository.byPage(2001)).contains(elsewhere);
        assertThat(repository.byId("nope")).isEmpty();
        assertThat(repository.byPage(9999)).isEmpty();
        assertThat(repository.inSpace("QMS")).containsExactly(first, second, workInstruction);
        assertThat(repository.inSpace("LAB")).containsExactly(elsewhere);
        assertThat(repository.inSpace("NONE")).isEmpty();
        assertThat(repository.firstByNumber("SOP-0001")).as("the lowest space key holding the number").contains(elsewhere);
        assertThat(repository.firstByNumber("WI-0001")).contains(workInstruction);
        assertThat(repository.firstByNumber("SOP-9999")).isEmpty();
        // creation time is kept to the nanosecond
        assertThat(repository.byId("1001").orElseThrow().createdAt()).isEqualTo(CREATED);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void aSecondDocumentForThePageOrTheNumberIsRefusedAndNothingIsWritten(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        ControlledDocument original = doc("1001", "QMS", 1001, "SOP-0001");
        repository.add(original);

        assertThatThrownBy(() -> repository.add(doc("1009", "QMS", 1001, "SOP-0009")))
                .isInstanceOf(DuplicateDocumentException.class).hasMessageContaining("page 1001");
        assertThatThrownBy(() -> repository.add(doc("1009", "QMS", 1009, "SOP-0001")))
                .isInstanceOf(DuplicateDocumentException.class).hasMessageContaining("number SOP-0001");
        assertThatThrownBy(() -> repository.add(doc("1001", "QMS", 1009, "SOP-0009")))
                .isInstanceOf(DuplicateDocumentException.class).hasMessageContaining("document id 1001");

        assertThat(ao.count(DocumentRow.class)).isEqualTo(1);
        assertThat(repository.byPage(1009)).isEmpty();
        assertThat(repository.inSpace("QMS")).containsExactly(original);
        // the same number in another space is another document
        repository.add(doc("2001", "LAB", 2001, "SOP-0001"));
        assertThat(repository.inSpace("LAB")).hasSize(1);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void theDatabaseItselfRefusesASecondRowForThePageOrTheSpaceNumber(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));

        assertThatThrownBy(() -> insertDocumentRow(ao, "x1", 1001, UniqueKeys.of("QMS", "SOP-0777")))
                .matches(SqlStates::uniqueViolation, "a unique violation");
        assertThatThrownBy(() -> insertDocumentRow(ao, "x2", 1777, UniqueKeys.of("QMS", "SOP-0001")))
                .matches(SqlStates::uniqueViolation, "a unique violation");
        assertThat(ao.count(DocumentRow.class)).isEqualTo(1);
    }

    private static void insertDocumentRow(ActiveObjects ao, String id, long page, String spaceNumber) {
        Map<String, Object> row = new HashMap<>();
        row.put(DocumentRow.DOCUMENT_ID, id);
        row.put(DocumentRow.SPACE_KEY, "QMS");
        row.put(DocumentRow.PAGE_ID, page);
        row.put(DocumentRow.TYPE_KEY, "SOP");
        row.put(DocumentRow.DOC_NUMBER, "n/a");
        row.put(DocumentRow.SPACE_NUMBER, spaceNumber);
        row.put(DocumentRow.CREATED_BY, "k");
        row.put(DocumentRow.CREATED_AT, "2026-01-01T00:00:00.000000000Z");
        ao.executeInTransaction(() -> ao.create(DocumentRow.class, row));
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void eightConcurrentControllersOfOnePageGetOneDocument(ActiveObjects ao) throws Exception {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        repository.add(doc("d" + n, "QMS", 4242, "SOP-00" + n));
                        return true;
                    } catch (DuplicateDocumentException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int added = 0;
            for (Future<Boolean> result : results) {
                added += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ao.count(DocumentRow.class)).isEqualTo(1);
        assertThat(repository.byPage(4242)).isPresent();
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void aRevisionIsInsertedThenUpdatedThroughItsLifecycle(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));
        Approval alice = approval("sig-a", "alice-key", 1);
        Approval bob = approval("sig-b", "bob-key", 2);
        Instant scheduled = Instant.parse("2026-04-01T00:00:00.000000001Z");
        Instant effective = Instant.parse("2026-04-01T00:00:03.999999999Z");

        Revision draft = Revision.draft("1001", "A", "author-key", "Initial release per CR-12", HASH_1);
        repository.save(draft);
        assertThat(repository.revision("1001", "A")).contains(draft);

        Revision inReview = revision("1001", "A", DocumentState.IN_REVIEW, List.of(alice), null, null, null);
        repository.save(inReview);
        assertThat(repository.revision("1001", "A")).contains(inReview);

        Revision approved = revision("1001", "A", DocumentState.APPROVED, List.of(alice, bob), scheduled, null, null);
        repository.save(approved);
        assertThat(repository.revision("1001", "A")).contains(approved);

        Revision effectiveA = revision("1001", "A", DocumentState.EFFECTIVE, List.of(alice, bob), null, effective, null);
        repository.save(effectiveA);
        Revision draftB = new Revision("1001", "B", DocumentState.DRAFT, "editor-key", "Update per CAPA-7", HASH_2,
                List.of(), null, null, null);
        repository.save(draftB);
        Revision superseded = revision("1001", "A", DocumentState.SUPERSEDED, List.of(alice, bob), null, effective, "B");
        repository.save(superseded);

        assertThat(repository.revision("1001", "A")).contains(superseded);
        assertThat(repository.revision("1001", "B")).contains(draftB);
        assertThat(repository.revision("1001", "C")).isEmpty();
        assertThat(repository.revision("nope", "A")).isEmpty();
        assertThat(repository.revisions("1001")).containsExactly(superseded, draftB);
        assertThat(repository.revisions("nope")).isEmpty();
        assertThat(ao.count(RevisionRow.class)).isEqualTo(2);
        assertThat(ao.count(ApprovalRow.class)).isEqualTo(2);
    }

    @ActiveObjectsTest
    void revisionsOfDifferentDocumentsAndAwkwardLabelsDoNotMix(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("a/b", "QMS", 1, "SOP-0001"));
        repository.add(doc("a", "QMS", 2, "SOP-0002"));
        Revision first = Revision.draft("a/b", "c", "author-key", "r", HASH_1);
        Revision second = Revision.draft("a", "b/c", "author-key", "r", HASH_2);
        repository.save(first);
        repository.save(second);

        assertThat(repository.revisions("a/b")).containsExactly(first);
        assertThat(repository.revisions("a")).containsExactly(second);
        assertThat(repository.revision("a", "b/c")).contains(second);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void approvalsAreAppendedAndInvalidatedButNeverChangedOrRemoved(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));
        Approval alice = approval("sig-a", "alice-key", 1);
        Approval bob = approval("sig-b", "bob-key", 2);
        Approval carol = approval("sig-c", "carol-key", 3);
        Revision twoSigned = revision("1001", "A", DocumentState.IN_REVIEW, List.of(alice, bob), null, null, null);
        repository.save(twoSigned);

        // an edit while In Review: both invalidated (kept), back to Draft with the new content hash; a new signature
        Revision edited = new Revision("1001", "A", DocumentState.IN_REVIEW, "author-key", "Initial release per CR-12",
                HASH_2, List.of(alice.invalidate(), bob.invalidate(), carol), null, null, null);
        repository.save(edited);
        assertThat(repository.revision("1001", "A")).contains(edited);
        // saving the same again changes nothing
        repository.save(edited);
        assertThat(ao.count(ApprovalRow.class)).isEqualTo(3);

        List<Revision> refused = List.of(
                // removed
                withApprovals(edited, List.of(alice.invalidate(), carol)),
                withApprovals(edited, List.of()),
                // reordered
                withApprovals(edited, List.of(bob.invalidate(), alice.invalidate(), carol)),
                // re-validated
                withApprovals(edited, List.of(alice, bob.invalidate(), carol)),
                // altered meaning, signer, group, time, content hash
                withApprovals(edited, List.of(alice.invalidate(), bob.invalidate(), new Approval("sig-c", "carol-key",
                        "Reviewed", "qa-approvers", carol.time(), HASH_1, false))),
                withApprovals(edited, List.of(alice.invalidate(), bob.invalidate(), new Approval("sig-c", "mallory-key",
                        "Approved", "qa-approvers", carol.time(), HASH_1, false))),
                withApprovals(edited, List.of(alice.invalidate(), bob.invalidate(), new Approval("sig-c", "carol-key",
                        "Approved", "other-group", carol.time(), HASH_1, false))),
                withApprovals(edited, List.of(alice.invalidate(), bob.invalidate(), new Approval("sig-c", "carol-key",
                        "Approved", "qa-approvers", carol.time().plusNanos(1), HASH_1, false))),
                withApprovals(edited, List.of(alice.invalidate(), bob.invalidate(), new Approval("sig-c", "carol-key",
                        "Approved", "qa-approvers", carol.time(), HASH_2, false))));
        for (Revision attempt : refused) {
            // each attempt would also move the revision on: nothing of it may be written
            Revision movedOn = new Revision(attempt.documentId(), attempt.label(), DocumentState.APPROVED,
                    attempt.authorKey(), attempt.changeReason(), attempt.contentHash(), attempt.approvals(),
                    Instant.parse("2027-01-01T00:00:00Z"), null, null);
            assertThatThrownBy(() -> repository.save(movedOn))
                    .as("%s", attempt.approvals())
                    .isInstanceOf(IllegalStateException.class);
            assertThat(repository.revision("1001", "A")).contains(edited);
        }
        assertThat(ao.count(ApprovalRow.class)).isEqualTo(3);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void aSignatureAlreadyRecordedForAnotherRevisionIsRefusedAndNothingIsWritten(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));
        Approval alice = approval("sig-a", "alice-key", 1);
        Revision a = revision("1001", "A", DocumentState.IN_REVIEW, List.of(alice), null, null, null);
        repository.save(a);

        Revision b = new Revision("1001", "B", DocumentState.IN_REVIEW, "author-key", "r", HASH_2,
                List.of(approval("sig-b", "bob-key", 2), alice), null, null, null);
        assertThatThrownBy(() -> repository.save(b)).isInstanceOf(IllegalStateException.class);

        assertThat(repository.revision("1001", "B")).isEmpty();
        assertThat(repository.revisions("1001")).containsExactly(a);
        assertThat(ao.count(ApprovalRow.class)).isEqualTo(1);
    }

    @ActiveObjectsTest
    void aRevisionOfAnUnknownDocumentOrWithAChangedAuthorOrReasonIsRefused(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        assertThatThrownBy(() -> repository.save(Revision.draft("9999", "A", "author-key", "r", HASH_1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("9999");
        assertThat(ao.count(RevisionRow.class)).isZero();

        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));
        Revision draft = Revision.draft("1001", "A", "author-key", "r", HASH_1);
        repository.save(draft);
        assertThatThrownBy(() -> repository.save(Revision.draft("1001", "A", "someone-else", "r", HASH_1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.save(Revision.draft("1001", "A", "author-key", "other reason", HASH_1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repository.revisions("1001")).containsExactly(draft);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void snapshotsRoundTripOldestFirstAndAreNeverReplaced(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));
        String bigBody = "<p>Ünïcødé ✓ 𝄞 \r\n  trailing  </p>".repeat(20_000);
        EffectiveSnapshot a = new EffectiveSnapshot("1001", "A", 1001, 3, "SOP-0001 Cleaning", bigBody,
                Map.of("diagram.png", HASH_2, "form \"x\".pdf", HASH_1), HASH_1,
                Instant.parse("2026-04-01T00:00:00.123456789Z"));
        EffectiveSnapshot b = new EffectiveSnapshot("1001", "B", 1001, 7, "SOP-0001 Cleaning (rev B)", "", Map.of(),
                HASH_2, Instant.parse("2026-05-01T00:00:00Z"));
        repository.addSnapshot(a);
        repository.addSnapshot(b);

        List<EffectiveSnapshot> snapshots = repository.snapshots("1001");
        assertThat(snapshots).hasSize(2);
        assertThat(snapshots.get(0)).usingRecursiveComparison().isEqualTo(a);
        assertThat(snapshots.get(0).body()).isEqualTo(bigBody);
        assertThat(snapshots.get(1)).usingRecursiveComparison().isEqualTo(b);
        assertThat(repository.snapshots("nope")).isEmpty();

        EffectiveSnapshot replacement = new EffectiveSnapshot("1001", "A", 1001, 4, "changed", "<p>changed</p>",
                Map.of(), HASH_2, Instant.parse("2026-06-01T00:00:00Z"));
        assertThatThrownBy(() -> repository.addSnapshot(replacement)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.addSnapshot(new EffectiveSnapshot("9999", "A", 9999, 1, "t", "b", Map.of(),
                HASH_1, Instant.parse("2026-06-01T00:00:00Z")))).isInstanceOf(IllegalStateException.class);
        assertThat(ao.count(SnapshotRow.class)).isEqualTo(2);
        assertThat(repository.snapshots("1001").get(0)).usingRecursiveComparison().isEqualTo(a);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void aSnapshotAndTheRevisionItLocksAreWrittenTogetherOrNotAtAll(ActiveObjects ao) {
        AoDocumentRepository repository = new AoDocumentRepository(StoreFixtures.migrated(ao));
        repository.add(doc("1001", "QMS", 1001, "SOP-0001"));
        Approval alice = approval("sig-a", "alice-key", 1);
        Revision approved = revision("1001", "A", DocumentState.APPROVED, List.of(alice), null, null, null);
        repository.save(approved);
        Instant at = Instant.parse("2026-04-01T00:00:00Z");
        Revision effective = revision("1001", "A", DocumentState.EFFECTIVE, List.of(alice), null, at, null);
        EffectiveSnapshot snapshot = new EffectiveSnapshot("1001", "A", 1001, 3, "t", "<p>b</p>", Map.of(), HASH_1, at);

        // the caller's unit of work fails after both writes: the joined transactions roll back as one
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            repository.save(effective);
            repository.addSnapshot(snapshot);
            throw new IllegalStateException("page history unavailable");
        })).hasMessageContaining("page history unavailable");
        assertThat(repository.revision("1001", "A")).contains(approved);
        assertThat(repository.snapshots("1001")).isEmpty();

        ao.executeInTransaction(() -> {
            repository.save(effective);
            repository.addSnapshot(snapshot);
            return null;
        });
        assertThat(repository.revision("1001", "A")).contains(effective);
        assertThat(repository.snapshots("1001")).hasSize(1);
    }

    private static Revision withApprovals(Revision r, List<Approval> approvals) {
        return new Revision(r.documentId(), r.label(), r.state(), r.authorKey(), r.changeReason(), r.contentHash(),
                approvals, r.scheduledEffective(), r.effectiveAt(), r.supersededBy());
    }
}
