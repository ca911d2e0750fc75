package org.eqms.document;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Saves a space's document-control configuration as its next revision, audited with the old and the new value.
 * The caller must have checked that the actor administers the space. Refused, with nothing changed, when someone
 * saved in between (the editor must reload) or when a document type that has documents would disappear.
 */
public final class SpaceAdministration {
    public static final String OBJECT_TYPE = "confluence.space.configuration";
    public static final String SAVED = "space.configuration.saved";

    private final SpaceSettingsStore store;
    private final DocumentRepository documents;
    private final DocumentActors actors;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public SpaceAdministration(SpaceSettingsStore store, DocumentRepository documents, DocumentActors actors,
                               AuditTrail audit, Transactions transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<SpaceSettings> current(String spaceKey) {
        return store.current(spaceKey);
    }

    /**
     * Saves {@code proposed} over the revision the administrator edited ({@code proposed.revision()}, 0 for a space
     * never configured) and returns the saved revision.
     */
    public SpaceSettings save(String actorKey, SpaceSettings proposed, String reason, String clientIp) {
        Objects.requireNonNull(proposed, "proposed");
        SpaceSettings saved = transactions.inTransaction(() -> {
            Optional<SpaceSettings> current = store.current(proposed.spaceKey());
            int inForce = current.map(SpaceSettings::revision).orElse(0);
            if (inForce != proposed.revision()) {
                throw stale(proposed, inForce);
            }
            refuseRemovingUsedTypes(proposed);
            SpaceSettings next = proposed.asRevision(inForce + 1);
            try {
                store.add(next, actorKey, clock.instant());
            } catch (SpaceSettingsStore.StaleRevisionException e) {
                throw stale(proposed, inForce + 1);
            }
            audit.record(actors.actor(actorKey), SAVED,
                    new AuditedObject(OBJECT_TYPE, proposed.spaceKey(), next.revision()),
                    AuditData.empty()
                            .change("configuration", current.map(SpaceSettingsJson::toText).orElse(null),
                                    SpaceSettingsJson.toText(next))
                            .reason(reason).clientIp(clientIp));
            return next;
        });
        audit.flush();
        return saved;
    }

    private void refuseRemovingUsedTypes(SpaceSettings proposed) {
        Set<String> missing = new TreeSet<>();
        for (ControlledDocument document : documents.inSpace(proposed.spaceKey())) {
            if (proposed.type(document.typeKey()).isEmpty()) {
                missing.add(document.typeKey());
            }
        }
        if (!missing.isEmpty()) {
            throw new DocumentControlException("document_type_in_use", 409, "Document type(s) " + String.join(", ", missing)
                    + " have controlled documents in space " + proposed.spaceKey() + " and cannot be removed.",
                    "Keep these document types; make their documents obsolete if they are no longer used.");
        }
    }

    private static DocumentControlException stale(SpaceSettings proposed, int inForce) {
        return new DocumentControlException("configuration_changed", 409, "The configuration of space "
                + proposed.spaceKey() + " was saved by someone else (revision " + inForce + " is in force; you edited revision "
                + proposed.revision() + ").", "Reload the configuration, apply your changes again and save.");
    }
}
