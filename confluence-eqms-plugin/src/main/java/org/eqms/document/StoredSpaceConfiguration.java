package org.eqms.document;

import java.util.Objects;
import java.util.Optional;

/**
 * The space configuration in force, read from the saved {@link SpaceSettings} on every call (no cache: several
 * cluster nodes may save). A space never configured is not under control. Document controllers are the members of
 * the controller group of the document's space.
 */
public final class StoredSpaceConfiguration implements SpaceConfiguration, DocumentControllers {
    private final SpaceSettingsStore store;
    private final DocumentRepository documents;
    private final GroupMembership membership;

    public StoredSpaceConfiguration(SpaceSettingsStore store, DocumentRepository documents, GroupMembership membership) {
        this.store = Objects.requireNonNull(store, "store");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.membership = Objects.requireNonNull(membership, "membership");
    }

    @Override
    public Optional<ControlledScope> scope(String spaceKey) {
        return store.current(spaceKey).map(SpaceSettings::scope);
    }

    @Override
    public Optional<DocumentType> type(String spaceKey, String typeKey) {
        return store.current(spaceKey).flatMap(settings -> settings.type(typeKey));
    }

    @Override
    public Optional<ApprovalRule> approvalRule(String spaceKey, String ruleKey) {
        return store.current(spaceKey).flatMap(settings -> settings.approvalRule(ruleKey));
    }

    @Override
    public ReviewEditPolicy reviewEditPolicy(String spaceKey) {
        return store.current(spaceKey).map(SpaceSettings::reviewEditPolicy).orElse(ReviewEditPolicy.RETURN_TO_DRAFT);
    }

    @Override
    public boolean isDocumentController(String userKey, String documentId) {
        return userKey != null && documents.byId(documentId)
                .flatMap(document -> store.current(document.spaceKey()))
                .map(settings -> membership.isMember(userKey, settings.controllerGroup()))
                .orElse(false);
    }

    /** Whether the user is in the controller group of the space (for actions before a document exists). */
    public boolean isSpaceController(String userKey, String spaceKey) {
        return userKey != null && store.current(spaceKey)
                .map(settings -> membership.isMember(userKey, settings.controllerGroup())).orElse(false);
    }
}
