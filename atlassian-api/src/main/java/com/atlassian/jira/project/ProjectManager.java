package com.atlassian.jira.project;

/**
 * Jira's project service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/project/DefaultProjectManager.html
 * ("A class to manage interactions with projects", the implementation of {@code com.atlassian.jira.project.ProjectManager}).
 * The ProjectManager interface page is not in the docs index available here and the DefaultProjectManager method
 * list is cut before the {@code getProjectObj*} rows, so {@code Project getProjectObj(Long id)} and
 * {@code Project getProjectObjByKey(String projectKey)} were NOT seen in page text; they are declared from Jira's
 * widely used plugin API (both return null when absent) and must be re-checked with {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/project/DefaultProjectManager.html">DefaultProjectManager</a>
 */
public interface ProjectManager {

    /** @return the project with this id, or null */
    Project getProjectObj(Long id);

    /** @return the project with this key, or null */
    Project getProjectObjByKey(String projectKey);
}
