package org.eqms.sandbox.confluence;

import org.eqms.confluence.rest.DocumentServices;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentState;
import org.eqms.document.DocumentSigningChallenge;
import org.eqms.document.LifecycleCommand;
import org.eqms.document.PageVersion;
import org.eqms.document.SigningPurpose;
import org.eqms.signature.Credentials;
import org.eqms.signature.SigningRequest;

import java.util.Objects;

/**
 * Writes the Confluence demo data of issue 6 through the app's own services, as users would: space QMS with its
 * groups and permissions, the QMS configuration saved by admin through the space-configuration service, and work
 * instructions and plans in each state, reached through the real lifecycle with real e-signatures (bob and carol
 * sign with their passwords). SOP numbers are left free: the first SOP a user writes is SOP-0001.
 */
final class ConfluenceDemoData {
    static final String SIGN_REASON = "Reviewed for the demo data";

    private final SandboxPages pages;
    private final SandboxGroups groups;
    private final SandboxSpacePermissions permissions;
    private final DocumentServices documents;
    private final DemoUsers users;

    ConfluenceDemoData(SandboxPages pages, SandboxGroups groups, SandboxSpacePermissions permissions,
                       DocumentServices documents, DemoUsers users) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.users = Objects.requireNonNull(users, "users");
    }

    void seed() {
        if (!pages.ensureSpace(QmsDemoSpace.SPACE, "Quality Management System")) {
            return;
        }
        groups.add(QmsDemoSpace.AUTHORS, users.alice().userKey());
        groups.add(QmsDemoSpace.APPROVERS, users.bob().userKey());
        groups.add(QmsDemoSpace.APPROVERS, users.carol().userKey());
        groups.add(QmsDemoSpace.CONTROLLERS, users.dave().userKey());
        groups.add(QmsDemoSpace.READERS, users.erin().userKey());
        permissions.grantGroup(QmsDemoSpace.SPACE, QmsDemoSpace.READERS, SpaceAccess.VIEW);
        permissions.grantGroup(QmsDemoSpace.SPACE, QmsDemoSpace.APPROVERS, SpaceAccess.VIEW);
        permissions.grantGroup(QmsDemoSpace.SPACE, QmsDemoSpace.AUTHORS, SpaceAccess.EDIT);
        permissions.grantGroup(QmsDemoSpace.SPACE, QmsDemoSpace.CONTROLLERS, SpaceAccess.EDIT);
        permissions.grantUser(QmsDemoSpace.SPACE, users.admin().userKey(), SpaceAccess.ADMINISTER);
        documents.spaces().save(users.admin().userKey(), QmsDemoSpace.settings(), "Demo configuration of space QMS", null);

        document("WI", "Cleaning the infusion pump", DocumentState.EFFECTIVE);
        document("WI", "Calibrating the flow sensor", DocumentState.IN_REVIEW);
        document("WI", "Labelling returned devices", DocumentState.DRAFT);
        document("PLAN", "Risk management plan", DocumentState.EFFECTIVE);
        document("PLAN", "Software development plan", DocumentState.DRAFT);
    }

    private void document(String type, String title, DocumentState state) {
        String alice = users.alice().userKey();
        PageVersion page = pages.create(QmsDemoSpace.SPACE, title, "<h1>" + title + "</h1><p>Purpose, scope and steps of "
                + title.toLowerCase(java.util.Locale.ROOT) + ".</p>", alice);
        ControlledDocument document = documents.control().place(alice, page.pageId(), type, null);
        if (state == DocumentState.DRAFT) {
            return;
        }
        documents.control().apply(document.id(), new LifecycleCommand.Submit(alice, page.contentHash()), null);
        if (state == DocumentState.IN_REVIEW) {
            return;
        }
        approve(document, users.bob());
        if ("PLAN".equals(type)) {
            approve(document, users.carol());
        }
        String dave = users.dave().userKey();
        if (documents.control().latestRevision(document.id()).state() == DocumentState.IN_REVIEW) {
            documents.control().apply(document.id(), new LifecycleCommand.Approve(dave), null);
        }
        documents.control().apply(document.id(), new LifecycleCommand.MakeEffective(dave, null), null);
    }

    private void approve(ControlledDocument document, DemoUser signer) {
        DocumentSigningChallenge challenge = documents.signing().challenge(signer.userKey(), null, document.id(),
                SigningPurpose.APPROVAL);
        documents.signing().sign(signer.userKey(), document.id(), SigningPurpose.APPROVAL,
                new SigningRequest(challenge.challenge().id(), "Approved", SIGN_REASON,
                        Credentials.password(signer.username(), signer.password()), null, null));
    }
}
