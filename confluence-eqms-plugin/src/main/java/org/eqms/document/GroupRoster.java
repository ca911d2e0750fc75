package org.eqms.document;

import java.util.Set;

/** Port: the members of a group, as user keys (for training completion lists and quorum reachability checks). */
@FunctionalInterface
public interface GroupRoster {

    /** The user keys of the group's members now; empty for an unknown group. */
    Set<String> membersOf(String group);
}
