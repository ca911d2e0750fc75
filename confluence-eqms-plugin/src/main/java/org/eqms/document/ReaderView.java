package org.eqms.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The locked published version as readers see it (21 CFR 11.10(c), EU GMP Annex 11 §17, ISO 13485 §4.2.4): a
 * controlled page is served from its effective revision's locked {@link EffectiveSnapshot}, not from the live page,
 * so authors can edit the next draft while the effective content keeps being served unchanged. Pages outside
 * document control are served untouched.
 *
 * <ul>
 *   <li>Effective revision: its snapshot, with the banner naming the newer revision in progress if there is one.</li>
 *   <li>{@code wantsDraft} (authors and approvers; the adapter checks the viewer may edit the page): the live page
 *       with a "Draft revision X — not effective" banner, when there is a revision in progress or live changes not
 *       yet in one; otherwise the snapshot.</li>
 *   <li>Controlled, never Effective: the live page with a "Draft, not yet effective" banner.</li>
 *   <li>Obsolete: the last effective snapshot with an obsolete banner.</li>
 * </ul>
 *
 * <p>Every view of a document that has a served snapshot runs the {@link SnapshotIntegrityCheck} on it.
 */
public final class ReaderView {
    private final DocumentRepository documents;
    private final PageSource pages;
    private final SnapshotIntegrityCheck integrity;

    public ReaderView(DocumentRepository documents, PageSource pages, SnapshotIntegrityCheck integrity) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.integrity = Objects.requireNonNull(integrity, "integrity");
    }

    /**
     * The view of page {@code pageId}.
     *
     * @param viewerKey  the viewer's user key, {@code null} if anonymous (the adapter has checked view permission)
     * @param wantsDraft the viewer asks for the working draft (the adapter has checked edit permission)
     * @param clientIp   the viewer's address for the audit trail, or {@code null}
     * @throws DocumentControlException {@code not_found} (404) when the page does not exist
     */
    public DocumentPageView view(long pageId, String viewerKey, boolean wantsDraft, String clientIp) {
        PageVersion live = pages.current(pageId).orElseThrow(() -> new DocumentControlException("not_found", 404,
                "page " + pageId + " does not exist", "Check the page id."));
        Optional<ControlledDocument> controlled = documents.byPage(pageId);
        if (controlled.isEmpty()) {
            return DocumentPageView.uncontrolled(live);
        }
        ControlledDocument document = controlled.get();
        List<Revision> revisions = documents.revisions(document.id());
        if (revisions.isEmpty()) {
            throw new IllegalStateException("document " + document.id() + " has no revision");
        }
        Revision latest = revisions.get(revisions.size() - 1);
        Optional<Revision> published = lastPublished(revisions);
        if (published.isEmpty()) {
            return new DocumentPageView(pageId, live.version(), document.number(), latest.label(), latest.state(), null,
                    live.title(), live.body(), DocumentPageView.BannerKind.NOT_YET_EFFECTIVE, null, IntegrityStatus.OK);
        }
        Revision served = published.get();
        EffectiveSnapshot snapshot = snapshot(document, served);
        IntegrityStatus status = integrity.check(snapshot, viewerKey, clientIp);
        Revision pending = latest.label().equals(served.label()) || !inProgress(latest.state()) ? null : latest;
        String pendingLabel = pending == null ? null : pending.label();
        if (wantsDraft && served.state() == DocumentState.EFFECTIVE
                && (pending != null || !live.contentHash().equals(snapshot.contentHash()))) {
            return new DocumentPageView(pageId, live.version(), document.number(), pendingLabel,
                    pending == null ? null : pending.state(), null, live.title(), live.body(),
                    DocumentPageView.BannerKind.WORKING_DRAFT, pendingLabel, status);
        }
        DocumentPageView.BannerKind banner = served.state() == DocumentState.OBSOLETE
                ? DocumentPageView.BannerKind.OBSOLETE : DocumentPageView.BannerKind.EFFECTIVE;
        return new DocumentPageView(pageId, snapshot.pageVersion(), document.number(), served.label(), served.state(),
                snapshot.effectiveAt(), snapshot.title(), snapshot.body(), banner, pendingLabel, status);
    }

    /** The revision readers are served: the Effective one, else (document withdrawn) the Obsolete one; latest first. */
    private static Optional<Revision> lastPublished(List<Revision> revisions) {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).state() == DocumentState.EFFECTIVE) {
                return Optional.of(revisions.get(i));
            }
        }
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).state() == DocumentState.OBSOLETE) {
                return Optional.of(revisions.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean inProgress(DocumentState state) {
        return state == DocumentState.DRAFT || state == DocumentState.IN_REVIEW || state == DocumentState.APPROVED;
    }

    private EffectiveSnapshot snapshot(ControlledDocument document, Revision revision) {
        List<EffectiveSnapshot> snapshots = documents.snapshots(document.id());
        for (int i = snapshots.size() - 1; i >= 0; i--) {
            if (snapshots.get(i).revisionLabel().equals(revision.label())) {
                return snapshots.get(i);
            }
        }
        throw new IllegalStateException("revision " + revision.label() + " of document " + document.id()
                + " is " + revision.state() + " but has no locked snapshot");
    }
}
