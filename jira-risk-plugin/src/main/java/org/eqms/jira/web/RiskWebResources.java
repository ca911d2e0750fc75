package org.eqms.jira.web;

/**
 * Port: the URL of one of this app's static files ({@code eqms-risk/web/*}) as the browser loads it.
 */
@FunctionalInterface
public interface RiskWebResources {

    /** @param contextPath the host's context path ({@code ""} or e.g. {@code /jira}); @param file e.g. {@code project-risk.js} */
    String url(String contextPath, String file);

    /** The web-resource module in atlassian-plugin.xml that serves {@code eqms-risk/web/}. */
    String MODULE = "org.eqms.jira-risk-plugin:eqms-risk-web-resources";

    /**
     * Jira: the plugin framework's download URL of a resource of the {@value #MODULE} web-resource
     * ({@code /download/resources/<plugin key>:<module key>/<resource name>}, the same scheme the Confluence app uses).
     */
    RiskWebResources JIRA = (contextPath, file) -> contextPath + "/download/resources/" + MODULE + "/" + file;
}
