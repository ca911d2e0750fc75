package org.eqms.confluence.rest;

import org.eqms.rest.Caller;
import org.eqms.document.ApprovalProgress;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentState;
import org.eqms.document.Revision;
import org.eqms.document.TrainingCompletion;

import java.util.ArrayList;
import java.util.List;

/**
 * Which actions the caller can take on a document now, so the page shows only buttons that will work. The services
 * check every rule again when the action is sent.
 */
final class AvailableActions {
    private AvailableActions() {
    }

    private static boolean reviewed(DocumentServices services, ControlledDocument document) {
        return services.configuration().type(document.spaceKey(), document.typeKey())
                .flatMap(type -> type.periodicReview()).isPresent();
    }

    private static boolean mayAcknowledge(DocumentServices services, Caller caller, ControlledDocument document) {
        boolean training = services.configuration().type(document.spaceKey(), document.typeKey())
                .map(type -> type.trainingRequired()).orElse(false);
        if (!training || services.control().revisions(document.id()).stream()
                .noneMatch(r -> r.state() == DocumentState.EFFECTIVE)) {
            return false;
        }
        TrainingCompletion completion = services.effectiveSigning().completion(document.id());
        return completion.required().contains(caller.userKey()) && !completion.acknowledged().containsKey(caller.userKey());
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
                if (reviewed(services, document)) {
                    actions.add("confirm-review");
                }
            }
        }
        if (!services.control().snapshots(document.id()).isEmpty()) {
            actions.add("pdf");
        }
        if (mayAcknowledge(services, caller, document)) {
            actions.add("acknowledge");
        }
        return actions;
    }
}
