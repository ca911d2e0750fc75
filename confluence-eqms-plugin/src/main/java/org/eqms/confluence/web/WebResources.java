package org.eqms.confluence.web;

/**
 * Port: the URL of one of this app's static files ({@code eqms/web/*}) as the browser loads it.
 */
@FunctionalInterface
public interface WebResources {

    /** @param contextPath the host's context path ({@code ""} or e.g. {@code /confluence}); @param file e.g. {@code space-admin.js} */
    String url(String contextPath, String file);

    /** The web-resource module key in atlassian-plugin.xml that serves {@code eqms/web/}. */
    String MODULE = "org.eqms.confluence-eqms-plugin:eqms-web-resources";

    /** Confluence: the plugin framework's static resource URL of the {@value #MODULE} web-resource. */
    WebResources CONFLUENCE = (contextPath, file) -> contextPath + "/download/resources/" + MODULE + "/" + file;
}
