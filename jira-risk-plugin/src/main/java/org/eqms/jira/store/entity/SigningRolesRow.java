package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved revision of a project's signing roles ({@code eqms-jira/signing-roles/1}: {@code {duty: [user key]}},
 * docs/formats.md). Inserted once, never updated or deleted; the highest revision is in force. UNIQUE
 * {@value #PROJECT_REV} ({@code <project>/<revision>}) refuses two saves of one revision.
 */
@Table("SIGNING_ROLES")
public interface SigningRolesRow extends Entity {
    String PROJECT_REV = "PROJECT_REV";
    String PROJECT_KEY = "PROJECT_KEY";
    String ROLES_REV = "ROLES_REV";
    String ROLES_JSON = "ROLES_JSON";

    @NotNull
    @Unique
    String getProjectRev();

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    int getRolesRev();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRolesJson();
}
