package org.eqms.sal;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.HashMap;
import java.util.Map;

/** SAL plugin settings as the product keeps them, in memory: the product seam for settings tests. */
final class MapPluginSettings implements PluginSettings, PluginSettingsFactory {
    final Map<String, Object> values = new HashMap<>();

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return this;
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }
}
