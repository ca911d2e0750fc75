package org.eqms.document;

import java.util.List;
import java.util.Objects;

/** The result of a lifecycle step: the new revision and the events the adapter audits, in order. */
public record Transition(Revision revision, List<RevisionEvent> events) {

    public Transition {
        Objects.requireNonNull(revision, "revision");
        events = List.copyOf(events);
    }
}
