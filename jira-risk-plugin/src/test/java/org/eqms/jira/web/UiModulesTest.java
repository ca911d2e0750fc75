package org.eqms.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.model.WebPanel;
import org.junit.jupiter.api.Test;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes the descriptor's servlet and web-panel modules will name: the right supertype, one constructor Spring
 * Scanner can inject (product services imported with {@code @ComponentImport}, the app's own {@code @Named}
 * components), and the templates, scripts and style the pages load are on the classpath.
 */
class UiModulesTest {

    @Test
    void servletsAndThePanelHaveTheirSupertypesAndOneInjectableConstructor() {
        assertThat(HttpServlet.class).isAssignableFrom(ProjectRiskServlet.class);
        assertThat(HttpServlet.class).isAssignableFrom(TraceMappingServlet.class);
        assertThat(WebPanel.class).isAssignableFrom(RiskTracePanel.class);
        for (Class<?> module : List.of(ProjectRiskServlet.class, TraceMappingServlet.class, RiskTracePanel.class)) {
            List<Constructor<?>> inject = List.of(module.getConstructors()).stream()
                    .filter(c -> c.isAnnotationPresent(Inject.class)).toList();
            assertThat(inject).as(module.getName()).hasSize(1);
            for (Parameter parameter : inject.get(0).getParameters()) {
                boolean imported = parameter.isAnnotationPresent(ComponentImport.class);
                boolean component = parameter.getType().isAnnotationPresent(Named.class);
                assertThat(imported || component).as(module.getSimpleName() + ": " + parameter.getType().getName())
                        .isTrue();
            }
        }
    }

    @Test
    void everyTemplateScriptAndStyleThePagesNameIsOnTheClasspath() {
        for (String resource : List.of(ProjectRiskServlet.TEMPLATE, TraceMappingServlet.TEMPLATE, RiskTracePanel.TEMPLATE,
                RiskPage.REFUSAL_TEMPLATE, "templates/eqms-risk/project-analysis.html.vm",
                "templates/eqms-risk/project-plan.html.vm", "templates/eqms-risk/project-fmea.html.vm",
                "templates/eqms-risk/project-production.html.vm", "templates/eqms-risk/project-report.html.vm",
                "eqms-risk/web/eqms-risk-common.js", "eqms-risk/web/risk-fmea.js", "eqms-risk/web/risk-production.js",
                "eqms-risk/web/risk-report.js",
                "eqms-risk/web/project-risk.js", "eqms-risk/web/signing-dialog.js", "eqms-risk/web/risk-analysis.js",
                "eqms-risk/web/risk-plan.js", "eqms-risk/web/trace-mapping.js", "eqms-risk/web/issue-trace-panel.js",
                "eqms-risk/web/eqms-risk.css")) {
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
        assertThat(RiskWebResources.JIRA.url("/jira", "project-risk.js"))
                .isEqualTo("/jira/download/resources/org.eqms.jira-risk-plugin:eqms-risk-web-resources/project-risk.js");
    }

    /** The download resources of a web-resource module of atlassian-plugin.xml: name to location. */
    private static Map<String, String> downloads(String moduleKey) throws Exception {
        Document descriptor;
        try (InputStream in = UiModulesTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList modules = descriptor.getElementsByTagName("web-resource");
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (!module.getAttribute("key").equals(moduleKey)) {
                continue;
            }
            NodeList resources = module.getElementsByTagName("resource");
            for (int r = 0; r < resources.getLength(); r++) {
                Element resource = (Element) resources.item(r);
                if (resource.getAttribute("type").equals("download")) {
                    found.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
        }
        return found;
    }

    @Test
    void everyScriptTheProjectPageLoadsIsServedByTheWebResourceItsUrlsName() throws Exception {
        String moduleKey = RiskWebResources.MODULE.substring(RiskWebResources.MODULE.indexOf(':') + 1);
        Map<String, String> served = downloads(moduleKey);

        assertThat(served.keySet()).contains("eqms-risk-common.js", "eqms-risk.css");
        assertThat(served.keySet()).containsAll(ProjectRiskServlet.SCRIPTS);
        assertThat(ProjectRiskServlet.SCRIPTS).endsWith("project-risk.js")
                .startsWith("signing-dialog.js");
        for (Map.Entry<String, String> resource : served.entrySet()) {
            assertThat(resource.getValue()).as(resource.getKey()).endsWith("/" + resource.getKey());
            assertThat(getClass().getClassLoader().getResource(resource.getValue())).as(resource.getValue()).isNotNull();
        }
        for (Map.Entry<String, String> resource : downloads("eqms-risk-issue-resources").entrySet()) {
            assertThat(getClass().getClassLoader().getResource(resource.getValue())).as(resource.getValue()).isNotNull();
        }
    }
}
