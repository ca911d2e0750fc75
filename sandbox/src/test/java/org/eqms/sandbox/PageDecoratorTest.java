package org.eqms.sandbox;

import org.eqms.sandbox.users.SandboxUserManager;
import org.eqms.sandbox.users.SandboxUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's stand-in for the products' page decorator, on the real web server: an app page asking for a decorator
 * is shown in the AUI frame with its own head and body kept, anything else is passed through byte for byte.
 */
class PageDecoratorTest {
    private static final String APP_PAGE = "<html><head><title>Risk &amp; trace - INF</title>"
            + "<meta name=\"decorator\" content=\"atl.general\"/><link rel=\"stylesheet\" href=\"/app.css\"/></head>"
            + "<body><section id=\"app-section\">App &lt;content&gt;</section></body></html>";

    @TempDir
    Path home;

    @Test
    void anAppPageAskingForADecoratorIsShownInTheFrameWithItsHeadAndBodyKept() throws Exception {
        try (SandboxServer server = server()) {
            HttpResponse<String> page = get(server, "/plugins/servlet/app/decorated");

            assertThat(page.statusCode()).isEqualTo(200);
            Document html = Jsoup.parse(page.body());
            assertThat(html.select("header#header nav.aui-header")).hasSize(1);
            assertThat(html.select("link[href=/sandbox/aui/aui-prototyping.css]")).hasSize(1);
            assertThat(html.select("head link[href=/app.css]")).hasSize(1);
            assertThat(html.select("head meta[name=decorator]")).hasSize(1);
            assertThat(html.title()).isEqualTo("Risk & trace - INF - eQMS sandbox");
            assertThat(html.select("#content section#app-section").text()).isEqualTo("App <content>");
            assertThat(page.body()).contains("App &lt;content&gt;").doesNotContain("<content>");
            assertThat(page.headers().firstValueAsLong("Content-Length").orElseThrow())
                    .isEqualTo(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void jsonAndPagesWithoutTheDecoratorMetaPassThroughUnchanged() throws Exception {
        try (SandboxServer server = server()) {
            HttpResponse<String> json = get(server, "/plugins/servlet/app/json");
            HttpResponse<String> plain = get(server, "/plugins/servlet/app/plain");

            assertThat(json.body()).isEqualTo("{\"ok\":true}");
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(plain.body()).isEqualTo("<html><head><title>t</title></head><body>plain</body></html>");
            assertThat(get(server, "/plugins/servlet/app/missing").statusCode()).isEqualTo(404);
        }
    }

    private SandboxServer server() {
        SandboxUsers users = SandboxUsers.in(home.resolve("users.properties"));
        SandboxApp app = new SandboxApp() {
            @Override
            public String name() {
                return "test app";
            }

            @Override
            public String restBase() {
                return "/rest/test/1.0";
            }

            @Override
            public List<Object> restResources() {
                return List.of();
            }

            @Override
            public Map<String, HttpServlet> servlets() {
                return Map.of("/plugins/servlet/app/*", new AppServlet());
            }

            @Override
            public void seedDemoData() {
                // none
            }
        };
        return new SandboxServer("127.0.0.1", 0, users, new SandboxUserManager(users), List.of(app)).start();
    }

    private static HttpResponse<String> get(SandboxServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final class AppServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            switch (request.getPathInfo()) {
                case "/decorated" -> {
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write(APP_PAGE);
                }
                case "/json" -> {
                    response.setContentType("application/json");
                    response.getOutputStream().write("{\"ok\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                case "/plain" -> {
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write("<html><head><title>t</title></head><body>plain</body></html>");
                }
                default -> response.sendError(404);
            }
        }
    }
}
