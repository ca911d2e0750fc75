package org.eqms.sandbox;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxPluginSettingsTest {
    @TempDir
    Path home;

    @Test
    void settingsSurviveAReopenAndEachAppKeepsItsOwn() {
        Path file = home.resolve("plugin-settings.json");
        PluginSettings jira = SandboxPluginSettings.in(file).forNamespace("jira").createGlobalSettings();
        assertThat(jira.put("policy.threshold", "3")).isNull();
        jira.put("policy.meanings", List.of("Approved", "Reviewed"));
        SandboxPluginSettings.in(file).forNamespace("jira").createSettingsForKey("INF").put("mapping", Map.of("a", "b"));

        SandboxPluginSettings reopened = SandboxPluginSettings.in(file);
        PluginSettings again = reopened.forNamespace("jira").createGlobalSettings();
        assertThat(again.get("policy.threshold")).isEqualTo("3");
        assertThat(again.get("policy.meanings")).isEqualTo(List.of("Approved", "Reviewed"));
        assertThat(reopened.forNamespace("jira").createSettingsForKey("INF").get("mapping")).isEqualTo(Map.of("a", "b"));
        assertThat(reopened.forNamespace("jira").createSettingsForKey("INF").get("policy.threshold")).isNull();
        assertThat(reopened.forNamespace("confluence").createGlobalSettings().get("policy.threshold")).isNull();

        assertThat(again.remove("policy.threshold")).isEqualTo("3");
        assertThat(SandboxPluginSettings.in(file).forNamespace("jira").createGlobalSettings().get("policy.threshold"))
                .isNull();
    }

    @Test
    void onlyTheValueTypesSalAllowsAreTaken() {
        PluginSettings settings = SandboxPluginSettings.inMemory().forNamespace("x").createGlobalSettings();
        assertThatThrownBy(() -> settings.put("n", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.get("n")).isNull();
    }
}
