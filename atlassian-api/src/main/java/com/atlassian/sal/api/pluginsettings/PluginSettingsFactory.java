package com.atlassian.sal.api.pluginsettings;

/**
 * SAL factory for mutable, non-thread-safe {@link PluginSettings} objects.
 *
 * <p>Checked against: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
 * and, for the current signatures, https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/sal/confluence/pluginsettings/ConfluencePluginSettingsFactory.html
 *
 * @see <a href="https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html">SAL PluginSettingsFactory</a>
 */
public interface PluginSettingsFactory {

    /**
     * @param key application-specific key (Confluence space key, Jira project key); null for global settings
     * @return the settings for the key
     */
    PluginSettings createSettingsForKey(String key);

    /** @return the global settings; keys should be namespaced by the plugin */
    PluginSettings createGlobalSettings();
}
