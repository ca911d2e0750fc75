package org.eqms.confluence.view;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditedObject;
import org.eqms.confluence.access.ContentPermissions;
import org.eqms.confluence.macro.MacroServices;
import org.eqms.confluence.store.AoDocumentRepository;
import org.eqms.confluence.store.AoIntegrityAlerts;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentActors;
import org.eqms.document.DocumentState;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.PageLocation;
import org.eqms.document.PageSource;
import org.eqms.document.PageVersion;
import org.eqms.document.ReaderView;
import org.eqms.document.Revision;
import org.eqms.document.SnapshotIntegrityCheck;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.SignatureRecord;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.AoSignatureStore;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;
import org.eqms.view.VelocityTemplateRenderer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI tests' world: the real AO stores (documents, revisions, approvals, snapshots, signature records, integrity
 * alerts, the ledger) on the test database, the real {@link ReaderView} and integrity check; only Confluence's pages,
 * permissions and users are stood in for.
 */
public final class UiFixture implements PageSource, ContentPermissions, DocumentActors {
    public static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";

    public final MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
    public final AoDocumentRepository documents;
    public final AoSignatureStore signatures;
    public final AoLedger ledger;
    public final ReaderView reader;
    public final List<AdminAlert> alerts = new ArrayList<>();
    public final TemplateRenderer templates = new VelocityTemplateRenderer();
    public final I18n i18n = ConfluenceI18n.english();

    private final Map<Long, List<PageVersion>> pages = new ConcurrentHashMap<>();
    private final Map<Long, String> spaces = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> viewers = new HashSet<>();
    private final Set<String> editors = new HashSet<>();
    private final Set<String> spaceAdmins = new HashSet<>();

    @SuppressWarnings("unchecked")
    public UiFixture(ActiveObjects ao) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SignatureLibEntities.all());
        entities.addAll(ConfluenceEntities.all());
        ao.migrate(entities.toArray(new Class[0]));
        documents = new AoDocumentRepository(ao);
        signatures = new AoSignatureStore(ao);
        ledger = TestLedger.on(ao, clock);
        SnapshotIntegrityCheck integrity = new SnapshotIntegrityCheck(this, new AoIntegrityAlerts(ao),
                ledger.auditTrail(), ledger.transactions(), alerts::add, clock);
        reader = new ReaderView(documents, this, integrity);
    }

    public MacroServices macroServices() {
        return new MacroServices(documents, reader, this, this, this, signatures, templates, i18n);
    }

    public UiFixture user(String key, String name) {
        names.put(key, name);
        return this;
    }

    public UiFixture viewer(String key) {
        viewers.add(key);
        return this;
    }

    public UiFixture editor(String key) {
        viewers.add(key);
        editors.add(key);
        return this;
    }

    public UiFixture spaceAdmin(String key) {
        spaceAdmins.add(key);
        return this;
    }

    public PageVersion edit(String spaceKey, long pageId, String title, String body) {
        spaces.put(pageId, spaceKey);
        List<PageVersion> history = pages.computeIfAbsent(pageId, id -> new ArrayList<>());
        PageVersion version = new PageVersion(pageId, history.size() + 1, title, body);
        history.add(version);
        return version;
    }

    /** Replaces a stored historical version, as a tampered database would. */
    public void tamper(long pageId, int version, String body) {
        List<PageVersion> history = pages.get(pageId);
        PageVersion old = history.get(version - 1);
        history.set(version - 1, new PageVersion(pageId, version, old.title(), body));
    }

    /**
     * A controlled document whose revision A is Effective (two approvals, one more invalidated earlier), locked from
     * page version 1; then revision B in progress on page version 2 when {@code withDraft}.
     */
    public ControlledDocument effectiveDocument(String spaceKey, long pageId, String number, String title,
                                                boolean withDraft) {
        PageVersion v1 = edit(spaceKey, pageId, title, "<p>Step 1: disinfect the <strong>pump</strong>.</p>");
        Instant created = clock.instant();
        ControlledDocument document = new ControlledDocument(Long.toString(pageId), spaceKey, pageId, "SOP", number,
                "u-alice", created);
        documents.add(document);
        Instant signed = Instant.parse("2026-11-23T09:15:30.123Z");
        Approval stale = new Approval("sig-" + pageId + "-0", "u-bob", "Approved", "approvers",
                Instant.parse("2026-11-22T10:00:00Z"), "0".repeat(64), true);
        Approval bob = Approval.of("sig-" + pageId + "-1", "u-bob", "Approved", "approvers", signed, v1.contentHash());
        Approval carol = Approval.of("sig-" + pageId + "-2", "u-carol", "Reviewed", "approvers", signed.plusSeconds(60),
                v1.contentHash());
        for (Approval approval : List.of(stale, bob, carol)) {
            signatures.add(new SignatureRecord(approval.signatureId(), new AuditedObject(PageVersion.OBJECT_TYPE,
                    Long.toString(pageId), 1), approval.contentHash(), approval.userKey(),
                    actor(approval.userKey()).name(), approval.meaning(), "Reviewed " + XSS, approval.time(),
                    "PASSWORD", "challenge-" + approval.signatureId(), null, null, null));
        }
        Instant effective = Instant.parse("2026-11-24T00:00:00Z");
        documents.save(new Revision(document.id(), "A", DocumentState.EFFECTIVE, "u-alice", "First issue " + XSS,
                v1.contentHash(), List.of(stale, bob, carol), null, effective, null));
        documents.addSnapshot(new EffectiveSnapshot(document.id(), "A", pageId, 1, v1.title(), v1.body(), Map.of(),
                v1.contentHash(), effective));
        if (withDraft) {
            PageVersion v2 = edit(spaceKey, pageId, title, "<p>Step 1 and step 2.</p>");
            documents.save(Revision.draft(document.id(), "B", "u-alice", "CAPA-12: add step 2", v2.contentHash()));
        }
        return document;
    }

    /** A controlled document with only a Draft revision. */
    public ControlledDocument draftDocument(String spaceKey, long pageId, String number) {
        PageVersion v1 = edit(spaceKey, pageId, "Draft " + number, "<p>draft</p>");
        ControlledDocument document = new ControlledDocument(Long.toString(pageId), spaceKey, pageId, "SOP", number,
                "u-alice", clock.instant());
        documents.add(document);
        documents.save(Revision.draft(document.id(), "A", "u-alice", "First issue", v1.contentHash()));
        return document;
    }

    @Override
    public Optional<PageVersion> current(long pageId) {
        List<PageVersion> history = pages.get(pageId);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public Optional<PageVersion> version(long pageId, int version) {
        List<PageVersion> history = pages.get(pageId);
        return history == null || version < 1 || version > history.size() ? Optional.empty()
                : Optional.ofNullable(history.get(version - 1));
    }

    @Override
    public Map<String, String> attachmentHashes(long pageId, int version) {
        return new HashMap<>();
    }

    @Override
    public Optional<PageLocation> location(long pageId) {
        return Optional.ofNullable(spaces.get(pageId)).map(space -> PageLocation.topLevel(space, pageId));
    }

    @Override
    public boolean canView(String userKey, long pageId) {
        return userKey != null && viewers.contains(userKey);
    }

    @Override
    public boolean canEdit(String userKey, long pageId) {
        return userKey != null && editors.contains(userKey);
    }

    @Override
    public boolean isSpaceAdmin(String userKey, String spaceKey) {
        return userKey != null && spaceAdmins.contains(userKey);
    }

    @Override
    public Actor actor(String userKey) {
        return new Actor(userKey, names.getOrDefault(userKey, userKey));
    }
}
