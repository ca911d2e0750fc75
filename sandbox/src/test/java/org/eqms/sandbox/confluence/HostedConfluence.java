package org.eqms.sandbox.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.rest.testing.TestRestHost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The Confluence app hosted as the sandbox hosts it, on a {@link TestPlatform}: the demo users created with known
 * passwords (user keys differ from user names, as in Confluence), the demo data seeded, the app's REST resources
 * mounted at {@code /rest/eqms/1.0} and the sandbox page API at {@code /rest/sandbox/1.0}, each in real Jetty and
 * Jersey.
 */
final class HostedConfluence implements AutoCloseable {
    static final String ALICE = "key-alice";
    static final String BOB = "key-bob";
    static final String CAROL = "key-carol";
    static final String DAVE = "key-dave";
    static final String ERIN = "key-erin";
    static final String ADMIN = "key-admin";
    /** A user of the sandbox in no QMS group and with no QMS permission. */
    static final String OLGA = "key-olga";
    private static final ObjectMapper JSON = new ObjectMapper();

    final TestPlatform platform;
    final ConfluenceSandboxApp app;
    final TestRestHost eqms;
    final TestRestHost sandbox;

    HostedConfluence(TestPlatform.Database database) {
        platform = new TestPlatform(database);
        try {
            Map<String, DemoUser> demo = Map.of(
                    "alice", person(ALICE, "alice", "Alice Author"),
                    "bob", person(BOB, "bob", "Bob Approver"),
                    "carol", person(CAROL, "carol", "Carol Approver"),
                    "dave", person(DAVE, "dave", "Dave Controller"),
                    "erin", person(ERIN, "erin", "Erin Reader"),
                    "admin", person(ADMIN, "admin", "Ada Administrator"));
            platform.users.user(ADMIN, "admin", "Ada Administrator", "admin-pw", true);
            person(OLGA, "olga", "Olga Outsider");
            app = new ConfluenceSandboxApp(platform.platform, DemoUsers.of(demo));
            app.seedDemoData();
            eqms = new TestRestHost(app.restBase(), app.restResources().toArray());
            sandbox = new TestRestHost(app.pagesApp().restBase(), app.pagesApp().restResources().toArray());
        } catch (RuntimeException | Error e) {
            // a failed start must not leave its PostgreSQL schema behind: AO would read its tables in later tests
            platform.close();
            throw e;
        }
    }

    private DemoUser person(String key, String username, String fullName) {
        platform.users.user(key, username, fullName, username + "-pw", false);
        return new DemoUser(username, key, username + "-pw");
    }

    static JsonNode json(TestRestHost.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + reply, e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            eqms.close();
            sandbox.close();
        } finally {
            platform.close();
        }
    }
}
