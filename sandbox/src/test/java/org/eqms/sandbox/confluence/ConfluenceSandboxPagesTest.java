package org.eqms.sandbox.confluence;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.eqms.compliance.Clause;
import org.eqms.sandbox.confluence.entity.PageRow;
import org.eqms.store.ao.AoTablePrefix;
import org.eqms.rest.testing.HeaderUserManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.sandbox.confluence.HostedConfluence.ADMIN;
import static org.eqms.sandbox.confluence.HostedConfluence.ALICE;
import static org.eqms.sandbox.confluence.HostedConfluence.DAVE;
import static org.eqms.sandbox.confluence.HostedConfluence.ERIN;

/**
 * What the hosted app mounts besides its data: every JAX-RS resource of the {@code <rest>} module's packages, its
 * admin pages (rendered with the real Velocity engine, refused to the wrong users) and its static files at
 * Confluence's URLs, served by real Jetty; and that seeding a second time writes nothing.
 */
class ConfluenceSandboxPagesTest {
    private static HostedConfluence sandbox;
    private static Server server;
    private static String origin;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sandbox = new HostedConfluence(TestPlatform.Database.HSQLDB);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        sandbox.app.servlets().forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(context);
        server.start();
        origin = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        sandbox.close();
    }

    @Test
    void everyResourceOfTheRestModulesPackagesIsMounted() {
        Set<String> declared = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.eqms.confluence.rest", "org.eqms.rest.signing", "org.eqms.rest.notices",
                        "org.eqms.rest.audit").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));

        Set<String> mounted = sandbox.app.restResources().stream().map(resource -> resource.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).hasSize(8);
        assertThat(mounted).isEqualTo(declared);
        assertThat(sandbox.app.restBase()).isEqualTo("/rest/eqms/1.0");
    }

    @Test
    @Clause("21CFR11.10(d)")
    void theSpaceConfigurationPageIsForSpaceAdministratorsOnly() throws Exception {
        HttpResponse<String> admin = get(ConfluenceSandboxApp.SPACE_CONFIGURATION_PATH + "?key=QMS", ADMIN);

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("data-space-key=\"QMS\"")
                .contains("/download/resources/org.eqms.confluence-eqms-plugin:eqms-web-resources/space-admin.js");
        assertThat(get(ConfluenceSandboxApp.SPACE_CONFIGURATION_PATH + "?key=QMS", DAVE).statusCode()).isEqualTo(403);
        assertThat(get(ConfluenceSandboxApp.SPACE_CONFIGURATION_PATH + "?key=QMS", null).statusCode()).isEqualTo(401);
        assertThat(get(ConfluenceSandboxApp.SPACE_CONFIGURATION_PATH + "?key=%3Cb%3E", ADMIN).statusCode())
                .isEqualTo(400);
    }

    @Test
    @Clause("21CFR11.10(d)")
    void theGlobalAdministrationPageIsForSystemAdministratorsOnly() throws Exception {
        assertThat(get(ConfluenceSandboxApp.GLOBAL_ADMIN_PATH, ADMIN).statusCode()).isEqualTo(200);
        assertThat(get(ConfluenceSandboxApp.GLOBAL_ADMIN_PATH, ALICE).statusCode()).isEqualTo(403);
    }

    @Test
    void theAppsScriptsAndStylesAreServedFromItsJarAtConfluencesUrls() throws Exception {
        String base = "/download/resources/org.eqms.confluence-eqms-plugin:eqms-web-resources/";

        HttpResponse<String> script = get(base + "signing-dialog.js", ERIN);
        HttpResponse<String> style = get(base + "eqms.css", ERIN);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(script.body()).isNotBlank();
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(get(base + "missing.js", ERIN).statusCode()).isEqualTo(404);
        HttpResponse<String> escape = get(base + "..%2Fi18n%2Feqms-confluence.properties", ERIN);
        assertThat(escape.statusCode()).isIn(400, 404);
        assertThat(escape.body()).doesNotContain("eqms.admin");
        assertThat(get(base + "atlassian-plugin.xml", ERIN).statusCode()).isEqualTo(404);
    }

    @Test
    void seedingASecondTimeWritesNothing() {
        String pages = "SELECT COUNT(*) FROM \"" + new AtlassianTableNameConverter(
                AoTablePrefix.forNamespace(SandboxConfluenceEntities.NAMESPACE)).getName(PageRow.class) + "\"";
        assertThat(sandbox.platform.count(pages)).isEqualTo(5);

        sandbox.app.seedDemoData();

        assertThat(sandbox.platform.count(pages)).isEqualTo(5);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).GET();
        if (user != null) {
            request.header(HeaderUserManager.HEADER, user);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
