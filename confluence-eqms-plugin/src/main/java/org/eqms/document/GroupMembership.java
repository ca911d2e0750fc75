package org.eqms.document;

/** Port: whether a user belongs to a group (Confluence: SAL {@code UserManager.isUserInGroup}; sandbox: its own table). */
@FunctionalInterface
public interface GroupMembership {

    /** Whether the user with this user key is a member of the group now. */
    boolean isMember(String userKey, String group);
}
