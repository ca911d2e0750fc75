package org.eqms.sandbox;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAL's plugin settings in the sandbox, kept in {@code HOME/plugin-settings.json} (or in memory when no file is
 * given), apart per hosted app's namespace as each product keeps its own: the global settings and those per key
 * (space or project key). Values are what SAL allows: a String, a List of Strings or a Map (a Properties is read
 * back as a Map of Strings); each put is written at once.
 */
public final class SandboxPluginSettings implements SandboxPlatform.PluginSettingsSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLOBAL = "global";
    private static final String BY_KEY = "byKey";

    private final Path file;
    private final ObjectNode root;

    private SandboxPluginSettings(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /** Settings kept in {@code file} (read if it exists). */
    public static SandboxPluginSettings in(Path file) {
        try {
            ObjectNode root = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
            return new SandboxPluginSettings(file, root);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("cannot read the plugin settings " + file
                    + ": restore it from backup or delete it to start from the defaults", e);
        }
    }

    /** Settings that last as long as the JVM. */
    public static SandboxPluginSettings inMemory() {
        return new SandboxPluginSettings(null, JSON.createObjectNode());
    }

    @Override
    public PluginSettingsFactory forNamespace(String namespace) {
        return new PluginSettingsFactory() {
            @Override
            public PluginSettings createSettingsForKey(String key) {
                return key == null ? createGlobalSettings() : new Settings(namespace, BY_KEY, key);
            }

            @Override
            public PluginSettings createGlobalSettings() {
                return new Settings(namespace, GLOBAL, null);
            }
        };
    }

    private final class Settings implements PluginSettings {
        private final String namespace;
        private final String section;
        private final String key;

        Settings(String namespace, String section, String key) {
            this.namespace = namespace;
            this.section = section;
            this.key = key;
        }

        @Override
        public Object get(String name) {
            synchronized (root) {
                JsonNode value = node().get(name);
                return value == null ? null : fromJson(value);
            }
        }

        @Override
        public Object put(String name, Object value) {
            if (value == null) {
                return remove(name);
            }
            synchronized (root) {
                Object previous = get(name);
                node().set(name, toJson(value));
                write();
                return previous;
            }
        }

        @Override
        public Object remove(String name) {
            synchronized (root) {
                Object previous = get(name);
                if (previous != null) {
                    node().remove(name);
                    write();
                }
                return previous;
            }
        }

        private ObjectNode node() {
            ObjectNode app = child(root, namespace);
            ObjectNode sectionNode = child(app, section);
            if (key == null) {
                return sectionNode;
            }
            return child(sectionNode, key);
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    private static JsonNode toJson(Object value) {
        if (value instanceof String text) {
            return JSON.getNodeFactory().textNode(text);
        }
        if (value instanceof List<?> list) {
            var array = JSON.createArrayNode();
            list.forEach(item -> array.add(String.valueOf(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.createObjectNode();
            map.forEach((k, v) -> object.put(String.valueOf(k), String.valueOf(v)));
            return object;
        }
        throw new IllegalArgumentException("plugin settings take a String, List, Properties or Map, not "
                + value.getClass().getName());
    }

    private static Object fromJson(JsonNode value) {
        if (value.isArray()) {
            List<String> list = new ArrayList<>();
            value.forEach(item -> list.add(item.asText()));
            return list;
        }
        if (value.isObject()) {
            Map<String, String> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
            return map;
        }
        return value.asText();
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".plugin-settings", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plugin settings " + file, e);
        }
    }
}
