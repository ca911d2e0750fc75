package org.eqms.confluence.rest;

import org.eqms.document.ApprovalProgress;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentState;
import org.eqms.document.Revision;

import java.util.ArrayList;
import java.util.List;

/**
 * Which actions the caller can take on a document now, so the page shows only buttons that will work. The services
 * check every rule again when the action is sent.
 */
final class AvailableActions {
    private AvailableActions() {
    }

    static List<String> of(DocumentServices services, Caller caller, ControlledDocument document, Revision latest,
                           ApprovalProgress progress) {
        boolean editor = services.permissions().canEdit(caller.userKey(), document.pageId());
        boolean controller = services.configuration().isDocumentController(caller.userKey(), document.id());
        boolean author = caller.userKey().equals(latest.authorKey());
        List<String> actions = new ArrayList<>();
        DocumentState state = latest.state();
        if (state == DocumentState.DRAFT && editor) {
            actions.add("submit");
        }
        if (state == DocumentState.IN_REVIEW) {
            if (author || controller) {
                actions.add("withdraw");
            }
            if (progress.canSign(caller.userKey()).allowed()) {
                actions.add("sign");
            }
            boolean approver = progress.groups().stream().anyMatch(g -> services.membership().isMember(caller.userKey(), g.group()));
            if (approver || controller) {
                actions.add("reject");
            }
            if (controller && progress.isSatisfied()) {
                actions.add("approve");
            }
        }
        if (state == DocumentState.APPROVED && controller) {
            actions.add("make-effective");
        }
        if (state == DocumentState.EFFECTIVE) {
            if (editor) {
                actions.add("new-revision");
            }
            if (controller) {
                actions.add("make-obsolete");
            }
        }
        return actions;
    }
}
