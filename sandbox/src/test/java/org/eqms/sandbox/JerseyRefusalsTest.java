package org.eqms.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.sandbox.users.SandboxUserManager;
import org.eqms.sandbox.users.SandboxUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.servlet.http.HttpServlet;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's web server answers Jersey's own refusals, made before a resource method runs, in the apps' JSON error
 * format: no such path, a path parameter that is no number (404), a query parameter of the wrong kind (400), a
 * content type or method the endpoint does not take (415, 405 with Allow). A resource's own answers are untouched.
 * Found by the e2e bad-input sweep (they were Jetty's HTML pages).
 */
class JerseyRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path home;
    static SandboxServer server;

    @BeforeAll
    static void start() {
        SandboxUsers users = SandboxUsers.in(home.resolve("users.properties"));
        server = new SandboxServer("127.0.0.1", 0, users, new SandboxUserManager(users), List.of(new ThingsApp())).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aPathParameterThatIsNoNumberIsAJson404LikeAnUnknownPath() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/things/7")).GET())).extracting(HttpResponse::statusCode).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/things/7")).GET()).body()).isEqualTo("{\"id\":7,\"limit\":5}");

        JsonNode notANumber = jsonError(send(HttpRequest.newBuilder(uri("/things/seven")).GET()), 404);
        assertThat(notANumber.path("error").asText()).isEqualTo("not_found");
        assertThat(jsonError(send(HttpRequest.newBuilder(uri("/nothing/here")).GET()), 404).path("hint").asText())
                .isEqualTo("Check the URL and the ids in it.");
    }

    @Test
    void aQueryParameterOfTheWrongKindIsAJson400NamingIt() throws Exception {
        JsonNode error = jsonError(send(HttpRequest.newBuilder(uri("/things/7?limit=many")).GET()), 400);
        assertThat(error.path("message").asText()).contains("\"limit\"");
    }

    @Test
    void aContentTypeOrMethodTheEndpointDoesNotTakeIsAJsonRefusal() throws Exception {
        jsonError(send(HttpRequest.newBuilder(uri("/things")).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<a/>"))), 415);
        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/things")).DELETE());
        assertThat(jsonError(delete, 405).path("hint").asText()).contains("POST");
        assertThat(delete.headers().firstValue("Allow").orElse("")).contains("POST");
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/things")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(posted.statusCode()).isEqualTo(418);
        assertThat(posted.body()).isEqualTo("{\"own\":true}");
    }

    private static JsonNode jsonError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("hint").asText()).isNotBlank();
        return error;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + ThingsApp.BASE + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An app of one resource, to see what Jersey answers before a resource method runs. */
    private static final class ThingsApp implements SandboxApp {
        static final String BASE = "/rest/things/1.0";

        @Override
        public String name() {
            return "Things";
        }

        @Override
        public String restBase() {
            return BASE;
        }

        @Override
        public List<Object> restResources() {
            return List.of(new Things());
        }

        @Override
        public Map<String, HttpServlet> servlets() {
            return Map.of();
        }

        @Override
        public void seedDemoData() {
            // nothing stored
        }
    }

    @javax.ws.rs.Path("/things")
    @Produces("application/json")
    public static final class Things {
        @GET
        @javax.ws.rs.Path("/{id}")
        public Response get(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("5") int limit) {
            return Response.ok("{\"id\":" + id + ",\"limit\":" + limit + "}", "application/json").build();
        }

        /** Answers with its own status and entity, which the refusal mapping must leave alone. */
        @POST
        @Consumes("application/json")
        public Response post(String body) {
            return Response.status(418).entity("{\"own\":true}").type("application/json").build();
        }
    }
}
