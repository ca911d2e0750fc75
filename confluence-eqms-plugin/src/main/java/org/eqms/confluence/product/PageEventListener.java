package org.eqms.confluence.product;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentControl;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.document.SnapshotIntegrityCheck;

/**
 * Confluence page events that matter to document control. Pages outside document control are left untouched.
 *
 * <ul>
 *   <li>Page updated: {@link DocumentControl#pageEdited} with the last modifier as editor (while In Review, the
 *       signatures collected for the old content are invalidated).</li>
 *   <li>Page trashed or removed: the {@link SnapshotIntegrityCheck} runs on every locked snapshot of the document at
 *       once, so a purged page's lost history is audited and alerted now (the reader view can no longer run it: a
 *       removed page is not found). Confluence publishes no event when a single historical version is removed
 *       (none is in its javadoc); that case is caught by the check run on every view.</li>
 * </ul>
 *
 * <p>Document control and the integrity check come from {@link Services}, asked at each event: in the plugin it is the
 * app component ({@code org.eqms.confluence.wiring.ConfluenceApp}), which builds them lazily (Spring Scanner cannot
 * inject objects a component builds, only the components themselves).
 *
 * <p>Registration: Confluence does not register {@code @EventListener} beans of a plugin by itself; the listener
 * registers with the {@link EventPublisher} when constructed and unregisters in {@link #close()}, which Spring calls
 * when the plugin is disabled or uninstalled (a bean implementing {@link AutoCloseable} gets {@code close()} as its
 * destroy method).
 */
@Named
public class PageEventListener implements AutoCloseable {
    private final EventPublisher eventPublisher;
    private final Services services;

    /** What the listener works with, asked at each event (so it may be built after the listener). */
    public interface Services {
        DocumentControl documentControl();

        SnapshotIntegrityCheck integrityCheck();
    }

    @Inject
    public PageEventListener(@ComponentImport EventPublisher eventPublisher, Services services) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.services = Objects.requireNonNull(services, "services");
        eventPublisher.register(this);
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        Page page = page(event);
        if (page == null) {
            return;
        }
        DocumentControl documentControl = services.documentControl();
        if (documentControl.documentOfPage(page.getId()).isEmpty()) {
            return;
        }
        ConfluenceUser editor = page.getLastModifier();
        String editorKey = editor == null || editor.getKey() == null ? null : editor.getKey().getStringValue();
        documentControl.pageEdited(page.getId(), editorKey, null);
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        checkSnapshots(event);
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        checkSnapshots(event);
    }

    /** Unregisters from the event publisher (Spring calls it when the plugin stops). */
    @Override
    public void close() {
        eventPublisher.unregister(this);
    }

    private void checkSnapshots(PageEvent event) {
        Page page = page(event);
        if (page == null) {
            return;
        }
        DocumentControl documentControl = services.documentControl();
        Optional<ControlledDocument> document = documentControl.documentOfPage(page.getId());
        if (document.isEmpty()) {
            return;
        }
        SnapshotIntegrityCheck integrityCheck = services.integrityCheck();
        for (EffectiveSnapshot snapshot : documentControl.snapshots(document.get().id())) {
            integrityCheck.check(snapshot, null, null);
        }
    }

    private static Page page(PageEvent event) {
        return event == null ? null : event.getPage();
    }
}
