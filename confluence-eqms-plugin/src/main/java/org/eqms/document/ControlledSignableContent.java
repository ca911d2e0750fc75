package org.eqms.document;

import org.eqms.audit.AuditedObject;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;

import java.util.Optional;

/**
 * What can be signed on a controlled document: the page's current version (approvals, obsolescence), and the
 * document's effective revision as locked in its snapshot (training acknowledgements, periodic-review
 * confirmations) — so a reader acknowledges exactly the content in force even while the next revision is drafted on
 * the page. Both carry the content hash of the page version (DESIGN §5).
 */
public final class ControlledSignableContent implements SignableContent {
    /** Object type of a signature on a document's effective revision; id = document id, version = page version. */
    public static final String EFFECTIVE_REVISION = "eqms.effective-revision";

    private final PageSource pages;
    private final DocumentRepository documents;

    public ControlledSignableContent(PageSource pages, DocumentRepository documents) {
        this.pages = pages;
        this.documents = documents;
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        if (PageVersion.OBJECT_TYPE.equals(type)) {
            return pageId(id).flatMap(pages::current).map(PageVersion::toSignable);
        }
        if (EFFECTIVE_REVISION.equals(type) && id != null) {
            return effectiveSnapshot(id).map(snapshot -> new SignableVersion(
                    new AuditedObject(EFFECTIVE_REVISION, id, snapshot.pageVersion()), snapshot.contentHash()));
        }
        return Optional.empty();
    }

    /** The locked snapshot of the document's revision in force now, if one is Effective. */
    public Optional<EffectiveSnapshot> effectiveSnapshot(String documentId) {
        Optional<Revision> effective = documents.revisions(documentId).stream()
                .filter(revision -> revision.state() == DocumentState.EFFECTIVE).reduce((first, second) -> second);
        return effective.flatMap(revision -> documents.snapshots(documentId).stream()
                .filter(snapshot -> snapshot.revisionLabel().equals(revision.label())).findFirst());
    }

    private static Optional<Long> pageId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
