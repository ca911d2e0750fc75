package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Manages issue link types (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
 * ({@code @PublicApi public interface IssueLinkTypeManager}; {@code IssueLinkType getIssueLinkType(Long id)} "Returns a
 * user-defined (non-system) issue link type object for the specified ID"; {@code Collection<IssueLinkType>
 * getIssueLinkTypes()} "Returns only user-defined (non-system) IssueLinkType objects").
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html">IssueLinkTypeManager</a>
 */
public interface IssueLinkTypeManager {

    IssueLinkType getIssueLinkType(Long id);

    Collection<IssueLinkType> getIssueLinkTypes();
}
