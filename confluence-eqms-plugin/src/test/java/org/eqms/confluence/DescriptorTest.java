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

    private static void collectKeys(Element element, List<String> keys) {
        for (String attribute : List.of("key", "i18n-name-key")) {
            if (element.hasAttribute(attribute) && !element.getTagName().equals("atlassian-plugin")
                    && (attribute.equals("i18n-name-key") || element.getTagName().equals("description"))) {
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
