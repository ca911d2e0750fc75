package org.eqms.jira.view;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the Jira app's templates, UI classes and scripts use is in the bundle, and the templates keep to syntax
 * the products' Velocity 1.x renders the same as velocity-engine-core 2.x.
 */
class JiraUiBundleTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/eqms-risk");
    private static final Path SCRIPTS = Path.of("src/main/resources/eqms-risk/web");
    private static final Path UI_SOURCES = Path.of("src/main/java/org/eqms/jira");
    private static Properties bundle;

    @BeforeAll
    static void load() throws IOException {
        bundle = new Properties();
        try (InputStream in = JiraUiBundleTest.class.getResourceAsStream("/i18n/eqms-jira.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> matches(List<Path> files, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void everyKeyATemplateAsksForIsInTheBundle() throws IOException {
        List<Path> templates = files(TEMPLATES, ".vm");
        assertThat(templates).extracting(p -> p.getFileName().toString()).contains("refusal.html.vm",
                "project-risk.html.vm", "project-analysis.html.vm", "project-plan.html.vm", "project-fmea.html.vm",
                "project-production.html.vm", "project-report.html.vm", "trace-mapping.html.vm",
                "issue-trace-panel.html.vm");
        Set<String> keys = matches(templates, Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*'([^']+)'"));
        assertThat(keys).hasSizeGreaterThan(150).contains("eqms.jira.ui.analysis.control.justification",
                "eqms.jira.ui.plan.approve", "eqms.jira.ui.report.benefit-risk-help", "eqms.jira.ui.fmea.detection",
                "eqms.jira.ui.production.rationale");
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    @Test
    void everyKeyTheUiClassesNameIsInTheBundle() throws IOException {
        List<Path> sources = new ArrayList<>(files(UI_SOURCES.resolve("view"), ".java"));
        sources.addAll(files(UI_SOURCES.resolve("web"), ".java"));
        Set<String> keys = matches(sources, Pattern.compile("\"(eqms\\.jira\\.ui\\.[A-Za-z0-9_.-]+)\""));
        assertThat(keys).contains("eqms.jira.ui.error.not-signed-in", "eqms.jira.ui.error.not-admin");
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    @Test
    void everyTextAScriptAsksForIsListedForTheScriptsAndIsInTheBundle() throws IOException {
        Set<String> used = matches(files(SCRIPTS, ".js"), Pattern.compile("\\bt\\('([^']+)'"));
        assertThat(used).hasSizeGreaterThan(120).contains("analysis.control.skipped", "plan.save-first", "sign.lockout",
                "hazard-category.", "control-option.", "verification-purpose.", "plan-status.", "report-status.",
                "information-source.", "report.signed-object", "fmea.saved", "production.cleared");
        for (String key : used) {
            if (key.endsWith(".")) {
                assertThat(ScriptTexts.keys()).as("a family of texts the script completes: " + key)
                        .anyMatch(listed -> listed.startsWith(key));
            } else {
                assertThat(ScriptTexts.keys()).as(key).contains(key);
            }
        }
        assertThat(ScriptTexts.keys()).allSatisfy(key ->
                assertThat(bundle).as(ScriptTexts.PREFIX + key).containsKey(ScriptTexts.PREFIX + key));
    }

    @Test
    void theBundleDefinesEveryKeyOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/i18n/eqms-jira.properties"))) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                keys.add(trimmed.substring(0, trimmed.indexOf('=')).trim());
            }
        }
        assertThat(keys).hasSizeGreaterThan(350).doesNotHaveDuplicates();
    }

    @Test
    void aScriptSendsTheXsrfHeaderOnlyThroughTheSharedRequestHelper() throws IOException {
        for (Path script : files(SCRIPTS, ".js")) {
            String text = Files.readString(script);
            if (!script.endsWith("eqms-risk-common.js")) {
                assertThat(text).as(script + ": calls go through EqmsRisk.request (XSRF header, JSON errors)")
                        .doesNotContain("fetch(", "XMLHttpRequest");
            }
        }
        assertThat(Files.readString(SCRIPTS.resolve("eqms-risk-common.js"))).contains("'X-Atlassian-Token': 'no-check'");
    }

    @Test
    void scriptsInsertServerDataAsTextNeverAsHtml() throws IOException {
        for (Path script : files(SCRIPTS, ".js")) {
            String text = Files.readString(script);
            Matcher m = Pattern.compile("innerHTML\\s*=\\s*([^;]+);").matcher(text);
            while (m.find()) {
                assertThat(m.group(1)).as(script + ": innerHTML only from the page's own <template>")
                        .contains("document.getElementById(templateId).innerHTML");
            }
            assertThat(text).as(script.toString()).doesNotContain("insertAdjacentHTML", "outerHTML", "eval(",
                    "document.write");
        }
    }

    @Test
    void templatesOptIntoAntiXssAndUseOnlySyntaxBothVelocitiesShare() throws IOException {
        List<String> offending = new ArrayList<>();
        Pattern velocityTwoOnly = Pattern.compile(
                "#break|#@|\\$foreach\\.|\\$velocityCount|\\$[A-Za-z!{][\\w.]*\\[|#define|#\\{|\\|\\||#elseif\\(\\)");
        for (Path template : files(TEMPLATES, ".vm")) {
            assertThat(template.getFileName().toString()).as("anti-XSS opt-in by name").endsWith(".html.vm");
            String text = Files.readString(template);
            Matcher m = velocityTwoOnly.matcher(text);
            while (m.find()) {
                offending.add(template.getFileName() + ": " + m.group());
            }
            assertThat(text).as(template + ": no reference is named as HTML").doesNotContainPattern("\\$!?\\{?\\w*Html\\b");
        }
        assertThat(offending).isEmpty();
    }
}
