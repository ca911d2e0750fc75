package com.atlassian.sal.api.pluginsettings;

/**
 * SAL settings store, global or per project/space; values are String, List, Properties or Map of String.
 *
 * <p>Checked against: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/pluginsettings/ConfluencePluginSettings.html
 *
 * @see <a href="https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html">SAL PluginSettings</a>
 */
public interface PluginSettings {

    /** @return the value for the key in this context, or null */
    Object get(String key);

    /**
     * @param value a String, List, Properties, Map or null (null removes the entry)
     * @return the value that was replaced, or null
     */
    Object put(String key, Object value);

    /** @return the value that was removed, or null */
    Object remove(String key);
}
