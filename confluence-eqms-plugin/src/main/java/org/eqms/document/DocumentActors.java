package org.eqms.document;

import org.eqms.audit.Actor;

/** Port: the printed name of a user at the time of an action, for the audit trail. */
public interface DocumentActors {
    Actor actor(String userKey);
}
