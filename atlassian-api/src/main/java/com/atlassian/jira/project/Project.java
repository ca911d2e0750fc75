package com.atlassian.jira.project;

/**
 * A Jira project.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
 * ({@code @PublicApi public interface Project extends Named, NamedWithDescription, WithId, WithKey}; method summary
 * {@code Long getId()}, {@code String getKey()}, {@code String getName()}). The supertypes and the other methods are
 * left out (not called).
 *
 * @see <a href="https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html">Project</a>
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
