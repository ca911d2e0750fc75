package org.eqms.sandbox.jira.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A sandbox Jira issue link: source issue id, destination issue id and link type id, its AO id the link's id.
 * UNIQUE {@value #LINK_KEY} ({@code <source>/<type>/<destination>}): Jira keeps one link of a type between two issues.
 */
@Table("SBX_ISSUE_LINK")
public interface IssueLinkRow extends Entity {
    String LINK_KEY = "LINK_KEY";
    String SOURCE_ID = "SOURCE_ID";
    String DESTINATION_ID = "DESTINATION_ID";
    String LINK_TYPE_ID = "LINK_TYPE_ID";

    @NotNull
    @Unique
    String getLinkKey();

    @NotNull
    @Indexed
    long getSourceId();

    @NotNull
    @Indexed
    long getDestinationId();

    @NotNull
    long getLinkTypeId();
}
