package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Tracks the user of the current request (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * ({@code @PublicApi public interface JiraAuthenticationContext}; "used for tracking a user's session in JIRA"; the
 * method list is cut at "getLo..."). The Jira 7+ signature {@code ApplicationUser getLoggedInUser()} (null when
 * anonymous) was NOT seen in page text; the related https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/JiraServiceContext.html
 * shows the same name returning {@code ApplicationUser}. Re-check with {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html">JiraAuthenticationContext</a>
 */
public interface JiraAuthenticationContext {

    /** @return the logged-in user, or null if anonymous */
    ApplicationUser getLoggedInUser();
}
