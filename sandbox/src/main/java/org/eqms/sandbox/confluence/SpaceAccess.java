package org.eqms.sandbox.confluence;

/** A level of space permission in the sandbox; each level includes the ones before it. */
public enum SpaceAccess {
    VIEW, EDIT, ADMINISTER;

    boolean includes(SpaceAccess other) {
        return compareTo(other) >= 0;
    }
}
