package org.eqms.sandbox.confluence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One user in one sandbox group. UNIQUE {@value #MEMBER_KEY} ({@code <group>/<user key>}). */
@Table("SBX_GROUP_MEMBER")
public interface GroupMemberRow extends Entity {
    String GROUP_NAME = "GROUP_NAME";
    String USER_KEY = "USER_KEY";
    String MEMBER_KEY = "MEMBER_KEY";

    @NotNull
    @Unique
    String getMemberKey();

    @NotNull
    @Indexed
    String getGroupName();

    @NotNull
    @Indexed
    String getUserKey();
}
