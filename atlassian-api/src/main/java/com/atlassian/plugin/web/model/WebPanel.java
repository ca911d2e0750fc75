package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The module that provides the raw HTML of a web panel ({@code <web-panel class="...">}); whatever it returns is
 * inserted into the host application's page, so it has to be valid HTML (since plugins 2.5.0).
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-plugins-webfragment-parent/5.3.2/xref/com/atlassian/plugin/web/model/WebPanel.html
 * and https://docs.atlassian.com/atlassian-plugins-parent/2.13.2/apidocs/com/atlassian/plugin/web/model/WebPanel.html
 * ({@code getHtml(Map<String,Object>)} and {@code writeHtml(Writer, Map<String,Object>) throws IOException}).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/2.13.2/apidocs/com/atlassian/plugin/web/model/WebPanel.html">WebPanel</a>
 */
public interface WebPanel {

    /** @return the HTML that will be placed in the host application's page */
    String getHtml(Map<String, Object> context);

    /** Writes the HTML for this panel into the supplied writer. */
    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
