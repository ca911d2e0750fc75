package org.eqms.sandbox.confluence;

import org.eqms.document.DocumentPageView;
import org.eqms.document.ReaderView;

import java.util.Objects;

/**
 * What a viewer is served of a page, by the app's rule ({@link ReaderView}): readers get a controlled page's locked
 * effective revision even while a draft is in progress; users who may edit the page get the working draft, as the
 * app's status banner web panel decides in Confluence. The caller has checked view permission.
 */
final class ServedPages {
    private final ReaderView reader;
    private final SandboxSpacePermissions permissions;

    ServedPages(ReaderView reader, SandboxSpacePermissions permissions) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    DocumentPageView served(long pageId, String viewerKey, String clientIp) {
        return reader.view(pageId, viewerKey, permissions.canEdit(viewerKey, pageId), clientIp);
    }
}
