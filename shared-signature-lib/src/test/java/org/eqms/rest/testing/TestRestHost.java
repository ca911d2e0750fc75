package org.eqms.rest.testing;

import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The REST resources mounted in a real servlet container (Jetty ee8) and JAX-RS runtime (Jersey 2) on a free
 * loopback port, under {@code /rest/eqms/1.0}, as the sandbox mounts them. Requests carry the test user in a header
 * that {@link HeaderUserManager} (the product seam) reads.
 */
public final class TestRestHost implements AutoCloseable {

    private final Server server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String origin;
    private final String base;

    /** Mounts {@code resources} under {@code base}, e.g. {@code /rest/eqms/1.0}. */
    public TestRestHost(String base, Object... resources) {
        this.base = base;
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ServletContainer(new ResourceConfig().registerInstances(resources))),
                base + "/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test REST host", e);
        }
        origin = "http://127.0.0.1:" + connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String origin() {
        return origin;
    }

    /** The REST base path, e.g. {@code /rest/eqms/1.0}. */
    public String base() {
        return base;
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    public Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Reply post(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public Reply put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin + base + path));
        if (user != null) {
            builder.header(HeaderUserManager.HEADER, user);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    public record Reply(int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
