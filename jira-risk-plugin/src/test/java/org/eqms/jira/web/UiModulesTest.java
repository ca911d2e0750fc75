package org.eqms.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.model.WebPanel;
import org.junit.jupiter.api.Test;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.List;

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
                RiskPage.REFUSAL_TEMPLATE, "eqms-risk/web/eqms-risk-common.js", "eqms-risk/web/project-risk.js",
                "eqms-risk/web/trace-mapping.js", "eqms-risk/web/issue-trace-panel.js", "eqms-risk/web/eqms-risk.css")) {
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
        assertThat(RiskWebResources.JIRA.url("/jira", "project-risk.js"))
                .isEqualTo("/jira/download/resources/org.eqms.jira-risk-plugin:eqms-risk-web-resources/project-risk.js");
    }
}
