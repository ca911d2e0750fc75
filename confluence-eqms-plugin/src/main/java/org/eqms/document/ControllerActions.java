package org.eqms.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle actions only a document controller may request: approving a revision whose approvals are complete,
 * making it effective, and making it obsolete (ISO 13485 §4.2.4: documents are approved and released by the
 * designated function). The clock's own actions (scheduled effective date, supersession) do not pass through here.
 */
final class ControllerActions {
    private static final Set<LifecycleAction> CONTROLLER_ONLY =
            EnumSet.of(LifecycleAction.APPROVE, LifecycleAction.MAKE_EFFECTIVE, LifecycleAction.MAKE_OBSOLETE);

    private ControllerActions() {
    }

    static void requireController(DocumentControllers controllers, LifecycleCommand command, String documentId) {
        if (CONTROLLER_ONLY.contains(command.action())
                && !controllers.isDocumentController(command.actorKey(), documentId)) {
            throw new DocumentControlException("not_document_controller", 403, "User '" + command.actorKey()
                    + "' is not a document controller of document " + documentId + " and cannot "
                    + command.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " it.",
                    "Ask a document controller of this space.");
        }
    }
}
