package org.eqms.confluence;

import net.java.ao.RawEntity;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.store.ao.SignatureLibEntities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** atlassian-plugin.xml names only what exists: entities, i18n bundle and keys, error codes with messages. */
class DescriptorTest {
    private static Document descriptor;
    private static Properties bundle;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = DescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the classpath").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        Element i18n = (Element) descriptor.getElementsByTagName("resource").item(0);
        assertThat(i18n.getAttribute("type")).isEqualTo("i18n");
        bundle = new Properties();
        try (InputStream in = DescriptorTest.class.getResourceAsStream("/" + i18n.getAttribute("location") + ".properties")) {
            assertThat(in).as("the i18n bundle the descriptor names").isNotNull();
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theAoModuleListsEveryEntityOfTheAppAndTheSharedLibraryUnderTheAppsNamespace() throws ClassNotFoundException {
        Element ao = (Element) descriptor.getElementsByTagName("ao").item(0);
        assertThat(ao.getAttribute("namespace")).isEqualTo(ConfluenceEntities.NAMESPACE);
        List<Class<?>> listed = new ArrayList<>();
        NodeList entities = ao.getElementsByTagName("entity");
        for (int i = 0; i < entities.getLength(); i++) {
            Class<?> type = Class.forName(entities.item(i).getTextContent().trim());
            assertThat(RawEntity.class).as(type.getName()).isAssignableFrom(type);
            listed.add(type);
        }
        Set<Class<?>> expected = new HashSet<>(SignatureLibEntities.all());
        expected.addAll(ConfluenceEntities.all());
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyI18nKeyTheDescriptorUsesIsInTheBundle() {
        List<String> keys = new ArrayList<>();
        collectKeys(descriptor.getDocumentElement(), keys);
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    @Test
    void everyDocumentControlErrorCodeHasAMessage() throws IOException {
        Pattern code = Pattern.compile("new DocumentControlException\\(\\s*\"([a-z_]+)\"");
        Set<String> codes = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = code.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("not_found", "already_controlled");
        assertThat(codes).allSatisfy(c -> assertThat(bundle).as(c).containsKey("eqms.document.error." + c));
    }

    @Test
    void everyBannerHasItsText() {
        for (org.eqms.document.DocumentPageView.BannerKind banner : org.eqms.document.DocumentPageView.BannerKind.values()) {
            assertThat(bundle).as(banner.name()).containsKey(banner.i18nKey());
        }
    }

    @Test
    void everyModuleClassExistsWithTheSupertypeItsModuleNeeds() throws ClassNotFoundException {
        Map<String, Class<?>> supertypes = Map.of(
                "web-panel", com.atlassian.plugin.web.model.WebPanel.class,
                "xhtml-macro", com.atlassian.confluence.macro.Macro.class,
                "servlet", javax.servlet.http.HttpServlet.class);
        int modules = 0;
        for (Map.Entry<String, Class<?>> module : supertypes.entrySet()) {
            NodeList elements = descriptor.getElementsByTagName(module.getKey());
            for (int i = 0; i < elements.getLength(); i++) {
                Class<?> type = Class.forName(((Element) elements.item(i)).getAttribute("class"));
                assertThat(module.getValue()).as(type.getName()).isAssignableFrom(type);
                modules++;
            }
        }
        assertThat(modules).as("two web panels, four macros, two servlets").isEqualTo(8);
    }

    /**
     * Confluence creates module classes by constructor injection from the plugin's Spring context: exactly one
     * {@code @Inject} constructor, each parameter a product service imported with {@code @ComponentImport} or a type
     * one of the app's own {@code @Named} components provides.
     */
    @Test
    void everyModuleClassAndRestResourceCanBeInjectedFromTheAppsComponents() throws ClassNotFoundException {
        List<Class<?>> components = namedComponents();
        assertThat(components).extracting(Class::getSimpleName).contains("ConfluenceApp", "ConfluencePageSource");
        List<Class<?>> injected = new ArrayList<>();
        for (String tag : List.of("web-panel", "xhtml-macro", "servlet")) {
            NodeList elements = descriptor.getElementsByTagName(tag);
            for (int i = 0; i < elements.getLength(); i++) {
                injected.add(Class.forName(((Element) elements.item(i)).getAttribute("class")));
            }
        }
        for (Class<?> type : injected) {
            List<java.lang.reflect.Constructor<?>> inject = Stream.of(type.getConstructors())
                    .filter(c -> c.isAnnotationPresent(javax.inject.Inject.class)).toList();
            assertThat(inject).as(type.getName() + " has one @Inject constructor").hasSize(1);
            assertInjectable(inject.get(0), components);
        }
        List<Class<?>> resources = restResources();
        assertThat(resources).extracting(Class::getSimpleName).contains("DocumentResource", "SpaceConfigurationResource",
                "SigningAdministrationResource", "TotpEnrolmentResource", "ReviewScheduleResource", "ScheduledJobsResource", "NoticeResource");
        for (Class<?> resource : resources) {
            assertThat(resource.getConstructors()).as(resource.getName()).hasSize(1);
            assertInjectable(resource.getConstructors()[0], components);
        }
    }

    @Test
    void everyWebResourceFileExistsAndEveryMacroNamesItsParametersOnce() {
        NodeList resources = descriptor.getElementsByTagName("resource");
        int files = 0;
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("download")) {
                assertThat(DescriptorTest.class.getResource("/" + resource.getAttribute("location")))
                        .as(resource.getAttribute("location")).isNotNull();
                files++;
            }
        }
        assertThat(files).isPositive();
        NodeList macros = descriptor.getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            NodeList parameters = ((Element) macros.item(i)).getElementsByTagName("parameter");
            Set<String> names = new HashSet<>();
            for (int j = 0; j < parameters.getLength(); j++) {
                String name = ((Element) parameters.item(j)).getAttribute("name");
                assertThat(name).matches("[a-z][a-zA-Z]*");
                assertThat(names.add(name)).as("parameter " + name + " named once").isTrue();
                assertThat(bundle).containsKey("org.eqms.confluence-eqms-plugin."
                        + ((Element) macros.item(i)).getAttribute("name") + ".param." + name + ".label");
            }
        }
    }

    private static void assertInjectable(java.lang.reflect.Constructor<?> constructor, List<Class<?>> components) {
        for (java.lang.reflect.Parameter parameter : constructor.getParameters()) {
            boolean imported = parameter.isAnnotationPresent(
                    com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport.class);
            boolean provided = components.stream().anyMatch(parameter.getType()::isAssignableFrom);
            assertThat(imported || provided).as(constructor + ": parameter " + parameter.getType().getName()
                    + " is neither @ComponentImport nor provided by a @Named component").isTrue();
        }
    }

    private static List<Class<?>> namedComponents() {
        return new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(new org.eqms.architecture.PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages("org.eqms.confluence").stream()
                .filter(c -> c.isAnnotatedWith(javax.inject.Named.class))
                .map(com.tngtech.archunit.core.domain.JavaClass::reflect).toList();
    }

    private static List<Class<?>> restResources() {
        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        NodeList packages = rest.getElementsByTagName("package");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < packages.getLength(); i++) {
            names.add(packages.item(i).getTextContent().trim());
        }
        return new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(new org.eqms.architecture.PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages(names).stream()
                .filter(c -> c.isAnnotatedWith(javax.ws.rs.Path.class))
                .map(com.tngtech.archunit.core.domain.JavaClass::reflect).toList();
    }

    private static void collectKeys(Element element, List<String> keys) {
        for (String attribute : List.of("key", "i18n-name-key")) {
            if (element.hasAttribute(attribute) && !element.getTagName().equals("atlassian-plugin")
                    && (attribute.equals("i18n-name-key") || element.getTagName().equals("description")
                    || element.getTagName().equals("label"))) {
                keys.add(element.getAttribute(attribute));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectKeys(child, keys);
            }
        }
    }
}
