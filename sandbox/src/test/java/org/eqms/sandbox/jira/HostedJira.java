package org.eqms.sandbox.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.sandbox.PgTestSchema;
import org.eqms.sandbox.Sandbox;
import org.eqms.sandbox.SandboxClient;
import org.eqms.sandbox.SandboxOptions;
import org.eqms.trace.ItemRole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox with the Jira app only (and its issue stand-in), started clean on a free port on HSQLDB or PostgreSQL,
 * with JSON calls as the demo users: the issue API at {@value SandboxIssuesApp#REST_BASE} and the app's at
 * {@value JiraSandboxApp#REST_BASE}.
 */
final class HostedJira implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ISSUES = SandboxIssuesApp.REST_BASE;
    static final String TRACE = JiraSandboxApp.REST_BASE + "/projects/INF";

    /** A database to run on: null URL for the default HSQLDB file database in the home. */
    record Database(String name, String url, String user, String password) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Database> databases() {
        String url = System.getenv("EQMS_TEST_PG_URL");
        Database hsqldb = new Database("HSQLDB", null, null, null);
        return url == null || url.isBlank() ? Stream.of(hsqldb) : Stream.of(hsqldb, new Database("PostgreSQL", url,
                System.getenv("EQMS_TEST_PG_USER"), System.getenv("EQMS_TEST_PG_PASSWORD")));
    }

    final Sandbox sandbox;
    final SandboxClient client;
    private final PgTestSchema schema;

    private HostedJira(Sandbox sandbox, PgTestSchema schema) {
        this.sandbox = sandbox;
        this.client = new SandboxClient(sandbox);
        this.schema = schema;
    }

    /** On PostgreSQL in a schema of its own, dropped on {@link #close()}. */
    static HostedJira start(Path home, Database database) {
        PgTestSchema schema = database.url() == null ? null
                : PgTestSchema.create(database.url(), database.user(), database.password());
        try {
            return new HostedJira(Sandbox.start(SandboxOptions.defaults().withPort(0).withHome(home).withReset(true)
                    .withDatabase(schema == null ? null : schema.url(), database.user(), database.password()),
                    List.of(JiraSandboxApp::new)), schema);
        } catch (RuntimeException e) {
            if (schema != null) {
                schema.close();
            }
            throw e;
        }
    }

    String password(String user) {
        return sandbox.firstStartPasswords().get(user);
    }

    HttpResponse<String> get(String user, String path) {
        return client.get(path, user, password(user));
    }

    HttpResponse<String> post(String user, String path, String json) {
        return client.post(path, user, password(user), json);
    }

    HttpResponse<String> put(String user, String path, String json) {
        return client.put(path, user, password(user), json);
    }

    HttpResponse<String> delete(String user, String path) {
        return client.delete(path, user, password(user));
    }

    /** The body of a call that must answer {@code status}. */
    static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response.body());
    }

    /** A 4xx JSON refusal with this status, saying what was wrong and what to do. */
    static JsonNode refused(HttpResponse<String> response, int status) {
        JsonNode error = expect(response, status);
        assertThat(error.path("error").asText()).isNotBlank();
        assertThat(error.path("message").asText()).isNotBlank();
        return error;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode issue(String key) {
        return expect(get("erin", ISSUES + "/issues/" + key), 200);
    }

    /** The gaps of INF as "KIND ITEM-KEY" lines. */
    List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        expect(get("erin", TRACE + "/gaps"), 200).get("gaps")
                .forEach(g -> gaps.add(g.get("kind").asText() + " " + g.get("itemKey").asText()));
        return gaps;
    }

    /** The matrix rows of INF whose items play the role (e.g. SOFTWARE_REQUIREMENT). */
    JsonNode matrix(String role) {
        return expect(get("erin", TRACE + "/matrix?limit=500&role=" + role), 200).get("rows");
    }

    /** Every role's matrix rows of INF, one array per role. */
    List<JsonNode> matrix() {
        List<JsonNode> all = new ArrayList<>();
        for (ItemRole role : ItemRole.values()) {
            all.add(matrix(role.name()));
        }
        return all;
    }

    /** The matrix row of the item with this role and key; a missing node when the trace has no such item. */
    JsonNode row(String role, String key) {
        for (JsonNode row : matrix(role)) {
            if (row.at("/item/key").asText().equals(key)) {
                return row;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The keys of the items the row's item links downstream to. */
    static List<String> downstream(JsonNode row) {
        List<String> keys = new ArrayList<>();
        row.path("downstream").forEach(l -> keys.add(l.at("/link/type").asText() + " " + l.at("/other/key").asText()));
        return keys;
    }

    /** The suspect links of INF as "from TYPE to" item ids. */
    List<String> suspects() {
        List<String> suspects = new ArrayList<>();
        expect(get("erin", TRACE + "/suspects"), 200).get("suspects").forEach(s -> suspects.add(
                s.at("/link/from").asText() + " " + s.at("/link/type").asText() + " " + s.at("/link/to").asText()));
        return suspects;
    }

    static String body(String... namesAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return node.toString();
    }

    @Override
    public void close() {
        try {
            sandbox.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }
}
