package org.eqms.jira;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import net.java.ao.RawEntity;
import org.eqms.architecture.PureCoreArchitectureTest;
import org.eqms.jira.store.JiraEntities;
import org.eqms.store.ao.SignatureLibEntities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** atlassian-plugin.xml of the Jira app names only what exists: entities, i18n keys, injectable REST resources. */
class JiraDescriptorTest {
    private static Document descriptor;
    private static Properties bundle;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = JiraDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the classpath").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        Element i18n = (Element) descriptor.getElementsByTagName("resource").item(0);
        bundle = new Properties();
        try (InputStream in = JiraDescriptorTest.class.getResourceAsStream("/" + i18n.getAttribute("location") + ".properties")) {
            assertThat(in).as("the i18n bundle the descriptor names").isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theAoModuleListsEveryEntityOfTheAppAndTheSharedLibraryUnderTheAppsNamespace() throws ClassNotFoundException {
        Element ao = (Element) descriptor.getElementsByTagName("ao").item(0);
        assertThat(ao.getAttribute("namespace")).isEqualTo(JiraEntities.NAMESPACE);
        List<Class<?>> listed = new ArrayList<>();
        NodeList entities = ao.getElementsByTagName("entity");
        for (int i = 0; i < entities.getLength(); i++) {
            Class<?> type = Class.forName(entities.item(i).getTextContent().trim());
            assertThat(RawEntity.class).as(type.getName()).isAssignableFrom(type);
            listed.add(type);
        }
        Set<Class<?>> expected = new HashSet<>(SignatureLibEntities.all());
        expected.addAll(JiraEntities.all());
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyI18nKeyTheDescriptorUsesIsInTheBundle() {
        List<String> keys = new ArrayList<>();
        collect(descriptor.getDocumentElement(), keys);
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    /** Atlassian REST creates resources by constructor injection from the plugin's Spring components. */
    @Test
    void everyRestResourceCanBeInjectedFromTheAppsComponents() {
        List<Class<?>> named = classes("org.eqms.jira").stream()
                .filter(c -> c.isAnnotatedWith(javax.inject.Named.class)).map(JavaClass::reflect).toList();
        assertThat(named).extracting(Class::getSimpleName).contains("JiraRiskApp", "JiraProjectPermissions",
                "JiraTraceListener");
        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        NodeList packages = rest.getElementsByTagName("package");
        List<Class<?>> resources = new ArrayList<>();
        for (int i = 0; i < packages.getLength(); i++) {
            classes(packages.item(i).getTextContent().trim()).stream()
                    .filter(c -> c.isAnnotatedWith(javax.ws.rs.Path.class)).map(JavaClass::reflect).forEach(resources::add);
        }
        assertThat(resources).extracting(Class::getSimpleName).contains("TraceResource", "TraceMappingResource", "RiskResource",
                "ExportResource", "ReqifImportResource", "SigningAdministrationResource", "TotpEnrolmentResource",
                "NoticeResource");
        for (Class<?> resource : resources) {
            assertThat(resource.getConstructors()).as(resource.getName()).hasSize(1);
            assertInjectable(resource.getConstructors()[0], named);
        }
        for (Class<?> component : named) {
            List<Constructor<?>> inject = List.of(component.getConstructors()).stream()
                    .filter(c -> c.isAnnotationPresent(javax.inject.Inject.class)).toList();
            assertThat(inject).as(component.getName() + " has one @Inject constructor").hasSize(1);
            assertInjectable(inject.get(0), named);
        }
    }

    private static void assertInjectable(Constructor<?> constructor, List<Class<?>> components) {
        for (Parameter parameter : constructor.getParameters()) {
            boolean imported = parameter.isAnnotationPresent(
                    com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport.class);
            boolean provided = components.stream().anyMatch(parameter.getType()::isAssignableFrom);
            assertThat(imported || provided).as(constructor + ": " + parameter.getType().getName()
                    + " is neither @ComponentImport nor provided by a @Named component").isTrue();
        }
    }

    private static com.tngtech.archunit.core.domain.JavaClasses classes(String pkg) {
        return new ClassFileImporter().withImportOption(new PureCoreArchitectureTest.DoNotIncludeAnyTestClassesDir())
                .importPackages(pkg);
    }

    private static void collect(Element element, List<String> keys) {
        if ((element.getTagName().equals("description") || element.getTagName().equals("label"))
                && element.hasAttribute("key")) {
            keys.add(element.getAttribute("key"));
        }
        if (element.hasAttribute("i18n-name-key")) {
            keys.add(element.getAttribute("i18n-name-key"));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, keys);
            }
        }
    }
}
