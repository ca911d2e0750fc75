package org.eqms.sandbox.confluence;

import org.eqms.confluence.wiring.ConfluenceApp;
import org.eqms.document.DocumentState;
import org.eqms.document.PageVersion;
import org.eqms.jira.documents.ControlledDocumentDirectory;

import java.util.Objects;
import java.util.Optional;

/**
 * The Jira app's {@link ControlledDocumentDirectory} over the hosted Confluence app: a document number is looked up
 * in one query ({@code DocumentRepository.firstByNumber}: numbers are unique per space; the first space by key
 * holding it wins), shown with its page's
 * current title, its state ({@link #status}) and the URL of its page view in the sandbox
 * ({@value PageViewServlet#PATH}{@code ?pageId=N}, relative to the sandbox's root).
 */
public final class ConfluenceDocumentDirectory implements ControlledDocumentDirectory {
    private final SandboxPages pages;
    private final ConfluenceApp app;

    /** The app's repository and document control are taken on each look-up: its object graph is built on first use. */
    public ConfluenceDocumentDirectory(SandboxPages pages, ConfluenceApp app) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.app = Objects.requireNonNull(app, "app");
    }

    @Override
    public Optional<ControlledDocumentDirectory.ControlledDocument> find(String documentNumber) {
        if (documentNumber == null || documentNumber.isBlank()) {
            return Optional.empty();
        }
        return app.documentRepository().firstByNumber(documentNumber).map(this::shown);
    }

    private ControlledDocumentDirectory.ControlledDocument shown(org.eqms.document.ControlledDocument document) {
        String title = pages.current(document.pageId()).map(PageVersion::title).orElse(document.number());
        return new ControlledDocumentDirectory.ControlledDocument(title, status(document.id()),
                PageViewServlet.PATH + "?pageId=" + document.pageId());
    }

    /**
     * EFFECTIVE while a revision is in force, even when the next one is being drafted (a risk control's procedure is
     * in force then); otherwise the newest revision's state (e.g. DRAFT before the first issue, OBSOLETE at the end).
     */
    private String status(String documentId) {
        boolean inForce = app.documentControl().revisions(documentId).stream()
                .anyMatch(revision -> revision.state() == DocumentState.EFFECTIVE);
        return inForce ? DocumentState.EFFECTIVE.name() : app.documentControl().latestRevision(documentId).state().name();
    }
}
