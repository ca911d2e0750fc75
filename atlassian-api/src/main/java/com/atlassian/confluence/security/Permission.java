package com.atlassian.confluence.security;

/**
 * "Enumeration of all possible permission types for use with the PermissionManager."
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/6.2.3/com/atlassian/confluence/security/Permission.html
 * ({@code public abstract class Permission extends Object implements Serializable}; fields
 * {@code public static final Permission VIEW, EDIT, SET_PERMISSIONS, REMOVE, EXPORT, ADMINISTER}). Only VIEW, EDIT and
 * ADMINISTER are declared; {@code checkAgainst}, {@code forName} and {@code Serializable} are left out (not called).
 * The constants here are distinct placeholder instances; the product's own are used at run time.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/6.2.3/com/atlassian/confluence/security/Permission.html">Permission</a>
 */
public abstract class Permission {
    public static final Permission VIEW = new Permission() { };
    public static final Permission EDIT = new Permission() { };
    public static final Permission ADMINISTER = new Permission() { };

    /** Not for use: the constants above are the only instances. */
    protected Permission() {
    }
}
