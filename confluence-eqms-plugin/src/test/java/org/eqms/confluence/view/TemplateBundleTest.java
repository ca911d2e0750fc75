package org.eqms.confluence.view;

import org.eqms.document.DocumentState;
import org.eqms.document.IntegrityStatus;
import org.eqms.view.I18n;
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
 * Every text key the templates, the UI classes and the scripts' pages use is in the bundle, and the templates keep
 * to syntax Confluence's Velocity 1.x renders the same as velocity-engine-core 2.x.
 */
class TemplateBundleTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/eqms");
    private static final Path UI_SOURCES = Path.of("src/main/java/org/eqms/confluence");
    private static Properties bundle;

    @BeforeAll
    static void load() throws IOException {
        bundle = new Properties();
        try (InputStream in = TemplateBundleTest.class.getResourceAsStream("/i18n/eqms-confluence.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyKeyATemplateAsksForIsInTheBundle() throws IOException {
        Pattern getText = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*'([^']+)'");
        Set<String> keys = new TreeSet<>();
        List<Path> templates = files(TEMPLATES, ".vm");
        assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
        for (Path template : templates) {
            Matcher m = getText.matcher(Files.readString(template));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    @Test
    void everyUiKeyTheJavaCodeNamesIsInTheBundle() throws IOException {
        Pattern literal = Pattern.compile("\"(eqms\\.(?:ui|macro|admin)\\.[A-Za-z0-9_.-]+)\"");
        Set<String> keys = new TreeSet<>();
        for (String pkg : List.of("view", "macro", "web")) {
            for (Path source : files(UI_SOURCES.resolve(pkg), ".java")) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (DocumentState state : DocumentState.values()) {
            keys.add("eqms.ui.state." + state.name());
        }
        for (IntegrityStatus status : IntegrityStatus.values()) {
            keys.add("eqms.ui.banner.integrity." + status.name());
        }
        assertThat(keys).contains("eqms.macro.error.no-permission", "eqms.admin.error.not-signed-in");
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    @Test
    void templatesOptIntoAntiXssAndUseOnlySyntaxBothVelocitiesShare() throws IOException {
        List<String> offending = new ArrayList<>();
        Pattern velocityTwoOnly = Pattern.compile("#break|#@|\\$foreach\\.|\\$velocityCount|\\$[A-Za-z!{][\\w.]*\\[|#define|#\\{|\\|\\|");
        for (Path template : files(TEMPLATES, ".vm")) {
            assertThat(template.getFileName().toString()).as("anti-XSS opt-in by name").endsWith(".html.vm");
            Matcher m = velocityTwoOnly.matcher(Files.readString(template));
            while (m.find()) {
                offending.add(template.getFileName() + ": " + m.group());
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void unknownKeysComeBackAsThemselvesAndArgumentsAreFormatted() {
        I18n i18n = ConfluenceI18n.english();
        assertThat(i18n.getText("eqms.no.such.key")).isEqualTo("eqms.no.such.key");
        assertThat(i18n.getText("eqms.ui.banner.pending", "A", "B"))
                .isEqualTo("You are reading effective revision A; revision B is in progress.");
    }
}
