package org.eqms.document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.Notifier;

/**
 * The retention/integrity check run on every view of a controlled page (21 CFR 11.10(c), EU GMP Annex 11 §17,
 * ISO 13485 §4.2.4): compares a locked {@link EffectiveSnapshot} with Confluence's historical version it was taken
 * from ({@link PageSource#version}), and the snapshot's own title and body with its locked content hash.
 *
 * <p>On a problem the check audits {@link DocumentAuditActions#INTEGRITY_ALERT} (revision, page version, expected
 * hash, found hash or {@code "missing"}, kind) and alerts the administrators ({@link #ALERT_KIND}) — once per
 * (document, revision, kind), remembered by {@link IntegrityAlerts}: the alert row and its audit record commit in one
 * transaction, the admins are told after the commit. The snapshot stays the record; the check never changes what is
 * served.
 */
public final class SnapshotIntegrityCheck {
    /** The {@link AdminAlert#kind()} of retention/integrity alerts. */
    public static final String ALERT_KIND = "document.integrity";
    /** What {@code foundHash} says when Confluence no longer keeps the version. */
    public static final String MISSING = "missing";
    static final Actor ACTOR = new Actor("eqms-integrity-check", "eQMS integrity check");
    private static final int MAX_ATTEMPTS = 3;

    private final PageSource pages;
    private final IntegrityAlerts alerts;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Notifier notifier;
    private final Clock clock;

    public SnapshotIntegrityCheck(PageSource pages, IntegrityAlerts alerts, AuditTrail audit, Transactions transactions,
                                  Notifier notifier, Clock clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the snapshot's comparison finds, without raising anything. */
    public Finding inspect(EffectiveSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        String own = PageContentHash.of(snapshot.pageId(), snapshot.pageVersion(), snapshot.title(), snapshot.body());
        if (!own.equals(snapshot.contentHash())) {
            return new Finding(IntegrityStatus.SNAPSHOT_ALTERED, own);
        }
        Optional<PageVersion> historical = pages.version(snapshot.pageId(), snapshot.pageVersion());
        if (historical.isEmpty()) {
            return new Finding(IntegrityStatus.HISTORICAL_VERSION_MISSING, MISSING);
        }
        String found = historical.get().contentHash();
        return new Finding(snapshot.matches(historical.get()) ? IntegrityStatus.OK
                : IntegrityStatus.HISTORICAL_VERSION_ALTERED, found);
    }

    /**
     * Inspects the snapshot and, on a problem not raised before, audits it and alerts the administrators.
     *
     * @param viewerKey user key of whoever viewed the page (for the trail), or {@code null} if anonymous
     * @param clientIp  the viewer's address, or {@code null}
     * @return the status found (every time, raised now or before)
     */
    public IntegrityStatus check(EffectiveSnapshot snapshot, String viewerKey, String clientIp) {
        Finding finding = inspect(snapshot);
        if (finding.status().problem() && raise(snapshot, finding, viewerKey, clientIp)) {
            audit.flush();
            notifier.alertAdmins(new AdminAlert(ALERT_KIND, viewerKey, message(snapshot, finding),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        return finding.status();
    }

    private boolean raise(EffectiveSnapshot snapshot, Finding finding, String viewerKey, String clientIp) {
        String kind = finding.status().name();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Instant now = clock.instant();
                    if (!alerts.raiseOnce(snapshot.documentId(), snapshot.revisionLabel(), kind, now)) {
                        return false;
                    }
                    AuditData data = AuditData.empty()
                            .put("revision", snapshot.revisionLabel())
                            .put("pageId", Long.toString(snapshot.pageId()))
                            .put("pageVersion", snapshot.pageVersion())
                            .put("expectedHash", snapshot.contentHash())
                            .put("foundHash", finding.foundHash())
                            .put("kind", kind)
                            .clientIp(clientIp);
                    if (viewerKey != null) {
                        data.put("viewer", viewerKey);
                    }
                    audit.record(ACTOR, DocumentAuditActions.INTEGRITY_ALERT,
                            AuditedObject.of(DocumentAuditActions.OBJECT_TYPE, snapshot.documentId()), data);
                    return true;
                });
            } catch (RuntimeException e) {
                if (concurrentRaise(e)) {
                    return false; // the other transaction's alert and audit record committed
                }
                if (!transactions.isTransientConflict(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static boolean concurrentRaise(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IntegrityAlerts.ConcurrentRaiseException) {
                return true;
            }
        }
        return false;
    }

    private static String message(EffectiveSnapshot snapshot, Finding finding) {
        String where = "page " + snapshot.pageId() + " version " + snapshot.pageVersion() + " (document "
                + snapshot.documentId() + ", revision " + snapshot.revisionLabel() + ")";
        return switch (finding.status()) {
            case HISTORICAL_VERSION_MISSING -> "Confluence no longer keeps " + where
                    + "; the locked snapshot remains the record.";
            case HISTORICAL_VERSION_ALTERED -> "Confluence's " + where + " no longer matches the locked snapshot (hash "
                    + finding.foundHash() + ", expected " + snapshot.contentHash() + "); the snapshot remains the record.";
            case SNAPSHOT_ALTERED -> "The stored snapshot of " + where + " no longer matches its locked hash "
                    + snapshot.contentHash() + ".";
            case OK -> throw new IllegalArgumentException("no problem to report");
        };
    }

    /**
     * @param status    what was found
     * @param foundHash the content hash found ({@link #MISSING} when Confluence no longer keeps the version; for
     *                  {@link IntegrityStatus#SNAPSHOT_ALTERED} the hash the stored snapshot now has)
     */
    public record Finding(IntegrityStatus status, String foundHash) {
        public Finding {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(foundHash, "foundHash");
        }
    }
}
