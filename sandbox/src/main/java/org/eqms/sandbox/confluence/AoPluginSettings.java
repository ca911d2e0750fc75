package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.sandbox.confluence.entity.SettingRow;
import org.eqms.store.ao.UniqueKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SAL plugin settings of the hosted Confluence app in the sandbox database, so the app's own settings stores (the
 * signing policy) run unchanged. Values are what SAL keeps: Strings and Lists of Strings.
 */
public final class AoPluginSettings implements PluginSettingsFactory {
    private static final String GLOBAL = "global";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;

    public AoPluginSettings(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return new Scoped(UniqueKeys.column(key, "settings key"));
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return new Scoped(GLOBAL);
    }

    private final class Scoped implements PluginSettings {
        private final String scope;

        Scoped(String scope) {
            this.scope = scope;
        }

        @Override
        public Object get(String key) {
            SettingRow[] rows = ao.find(SettingRow.class, SettingRow.SETTING_KEY + " = ?", rowKey(key));
            return rows.length == 0 ? null : value(rows[0]);
        }

        @Override
        public Object put(String key, Object value) {
            if (value == null) {
                return remove(key);
            }
            boolean list = value instanceof List<?>;
            if (!list && !(value instanceof String)) {
                throw new IllegalArgumentException("Plugin settings keep Strings and Lists of Strings, not "
                        + value.getClass().getName());
            }
            String text = list ? listText((List<?>) value) : (String) value;
            return ao.executeInTransaction(() -> {
                SettingRow[] rows = ao.find(SettingRow.class, SettingRow.SETTING_KEY + " = ?", rowKey(key));
                if (rows.length > 0) {
                    Object old = value(rows[0]);
                    rows[0].setSettingValue(text);
                    rows[0].setListValue(list);
                    rows[0].save();
                    return old;
                }
                Map<String, Object> row = new HashMap<>();
                row.put(SettingRow.SETTING_KEY, rowKey(key));
                row.put("SETTING_VALUE", text);
                row.put("LIST_VALUE", list);
                ao.create(SettingRow.class, row);
                return null;
            });
        }

        @Override
        public Object remove(String key) {
            return ao.executeInTransaction(() -> {
                SettingRow[] rows = ao.find(SettingRow.class, SettingRow.SETTING_KEY + " = ?", rowKey(key));
                if (rows.length == 0) {
                    return null;
                }
                Object old = value(rows[0]);
                ao.delete(rows);
                return old;
            });
        }

        private String rowKey(String key) {
            return UniqueKeys.of(scope, UniqueKeys.column(key, "setting key"));
        }
    }

    private static Object value(SettingRow row) {
        if (!row.isListValue()) {
            return row.getSettingValue();
        }
        try {
            return new ArrayList<>(JSON.readValue(row.getSettingValue(), new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting " + row.getSettingKey() + " is not a JSON list of strings", e);
        }
    }

    private static String listText(List<?> values) {
        List<String> strings = values.stream().map(String::valueOf).toList();
        try {
            return JSON.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
