package org.eqms.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox started in-process on a free port with a temporary home, on HSQLDB, and on PostgreSQL when
 * EQMS_TEST_PG_URL, EQMS_TEST_PG_USER and EQMS_TEST_PG_PASSWORD are set: the demo users sign in on the login page
 * or with HTTP Basic, the Jira app's REST resources serve the INF demo project, a restart keeps everything without
 * writing the demo data again, and --reset starts clean.
 */
class SandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MATRIX = "/rest/eqms-risk/1.0/projects/INF/matrix?limit=100";

    @TempDir
    Path home;

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
        return url == null ? Stream.of(hsqldb) : Stream.of(hsqldb, new Database("PostgreSQL", url,
                System.getenv("EQMS_TEST_PG_USER"), System.getenv("EQMS_TEST_PG_PASSWORD")));
    }

    /** This test's own PostgreSQL schema (dropped after it), so nothing is left in the shared test database. */
    private PgTestSchema schema;

    private SandboxOptions options(Database database, boolean reset) {
        if (database.url() != null && schema == null) {
            schema = PgTestSchema.create(database.url(), database.user(), database.password());
        }
        return SandboxOptions.defaults().withPort(0).withHome(home).withReset(reset)
                .withDatabase(schema == null ? null : schema.url(), database.user(), database.password());
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFirstStartCreatesTheDemoUsersAndProjectServedOverRestWithBasicAuth(Database database) throws Exception {
        try (Sandbox sandbox = Sandbox.start(options(database, true))) {
            Map<String, String> passwords = sandbox.firstStartPasswords();
            assertThat(passwords).containsOnlyKeys("alice", "bob", "carol", "dave", "erin", "admin", "frank");
            assertThat(sandbox.seededNow()).isTrue();
            Path passwordFile = home.resolve("demo-passwords.txt");
            assertThat(Files.readString(passwordFile)).contains("alice " + passwords.get("alice"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(Files.readString(home.resolve("users.properties"))).doesNotContain(passwords.get("alice"))
                    .contains("pbkdf2-sha256$");

            assertThat(SandboxMain.startupMessage(sandbox, options(database, false))).contains(sandbox.url(),
                    sandbox.database().describe(), "alice", "author", passwords.get("alice"), "admin",
                    passwords.get("admin"), "demo data written");

            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> matrix = client.get(MATRIX, "erin", passwords.get("erin"));
            assertThat(matrix.statusCode()).as(matrix.body()).isEqualTo(200);
            JsonNode rows = JSON.readTree(matrix.body()).get("rows");
            assertThat(rows.findValuesAsText("key")).contains("INF-1", "INF-2", "INF-3", "INF-7", "INF-9", "INF-14");

            HttpResponse<String> anonymous = client.get(MATRIX);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(anonymous.body()).has("error")).isTrue();
            HttpResponse<String> wrong = client.get(MATRIX, "erin", passwords.get("erin") + "x");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(wrong.body()).get("error").asText()).isEqualTo("authentication-failed");

            HttpResponse<String> hazards = client.get("/rest/eqms-risk/1.0/projects/INF/risks/register",
                    "erin", passwords.get("erin"));
            assertThat(hazards.statusCode()).as(hazards.body()).isEqualTo(200);
            assertThat(JSON.readTree(hazards.body()).get("rows").findValuesAsText("riskId")).contains("R-1", "R-2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @Clause("21CFR11.10(d)")
    void theLoginPageSignsInWithTheRightPasswordOnlyAndTheSessionCarriesRestCalls(Database database) throws Exception {
        try (Sandbox sandbox = Sandbox.start(options(database, true))) {
            String password = sandbox.firstStartPasswords().get("alice");
            SandboxClient browser = new SandboxClient(sandbox);
            assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));

            HttpResponse<String> refused = browser.postForm("/login", "username", "alice", "password", "wrong");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("The user name or password is wrong");
            assertThat(browser.get(MATRIX).statusCode()).isEqualTo(401);

            HttpResponse<String> login = browser.postForm("/login", "username", "alice", "password", password);
            assertThat(login.statusCode()).isEqualTo(302);
            HttpResponse<String> start = browser.get("/");
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(start.body()).contains("Alice Author", "/plugins/servlet/eqms-risk/project?key=INF");
            assertThat(browser.get(MATRIX).statusCode()).isEqualTo(200);

            HttpResponse<String> formPost = browser.post("/rest/eqms-risk/1.0/projects/INF/baselines",
                    "application/x-www-form-urlencoded", "label=x");
            assertThat(formPost.statusCode()).as("Atlassian REST's XSRF rule").isEqualTo(403);
            assertThat(formPost.body()).contains("xsrf_check_failed");

            assertThat(browser.get("/plugins/servlet/eqms-risk/project?key=INF").body())
                    .contains("data-can-edit=\"true\"");
            assertThat(browser.get("/download/resources/org.eqms.jira-risk-plugin:eqms-risk-web-resources/project-risk.js")
                    .statusCode()).isEqualTo(200);

            assertThat(browser.postForm("/logout").statusCode()).isEqualTo(302);
            assertThat(browser.get(MATRIX).statusCode()).isEqualTo(401);
            assertThat(browser.get("/plugins/servlet/eqms-risk/project?key=INF").statusCode()).isEqualTo(401);

            SandboxClient reader = new SandboxClient(sandbox);
            reader.postForm("/login", "username", "erin", "password", sandbox.firstStartPasswords().get("erin"));
            HttpResponse<String> readerPage = reader.get("/plugins/servlet/eqms-risk/project?key=INF");
            assertThat(readerPage.statusCode()).isEqualTo(200);
            assertThat(readerPage.body()).contains("data-can-edit=\"false\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRestartKeepsTheDataWithoutSeedingAgainAndResetStartsClean(Database database) throws Exception {
        String firstPassword;
        String adminPassword;
        int firstRows;
        try (Sandbox first = Sandbox.start(options(database, true))) {
            firstPassword = first.firstStartPasswords().get("bob");
            adminPassword = first.firstStartPasswords().get("admin");
            firstRows = rows(first, "bob", firstPassword);
            HttpResponse<String> policy = new SandboxClient(first).put("/rest/eqms-risk/1.0/admin/signing-policy",
                    "admin", adminPassword, "{\"meanings\":[\"Approved\",\"Reviewed\"],\"alwaysBothComponents\":true,"
                            + "\"lockoutThreshold\":3,\"lockoutWindowMinutes\":15,\"challengeTtlMinutes\":5,"
                            + "\"sessionContinuityMinutes\":20,\"maxReasonLength\":500,\"reason\":\"CAPA-1\"}");
            assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
        }
        try (Sandbox again = Sandbox.start(options(database, false))) {
            assertThat(again.seededNow()).isFalse();
            assertThat(again.firstStartPasswords()).isEmpty();
            assertThat(SandboxMain.startupMessage(again, options(database, false))).doesNotContain(firstPassword)
                    .contains("demo-passwords.txt");
            HttpResponse<String> policy = new SandboxClient(again).get("/rest/eqms-risk/1.0/admin/signing-policy",
                    "admin", adminPassword);
            assertThat(JSON.readTree(policy.body()).get("lockoutThreshold").asInt()).isEqualTo(3);
            assertThat(rows(again, "bob", firstPassword)).isEqualTo(firstRows);
            HttpResponse<String> register = new SandboxClient(again).get("/rest/eqms-risk/1.0/projects/INF/risks/register",
                    "bob", firstPassword);
            assertThat(JSON.readTree(register.body()).get("rows")).hasSize(2);
        }
        try (Sandbox reset = Sandbox.start(options(database, true))) {
            assertThat(reset.seededNow()).isTrue();
            String newPassword = reset.firstStartPasswords().get("bob");
            assertThat(newPassword).isNotEqualTo(firstPassword);
            SandboxClient client = new SandboxClient(reset);
            assertThat(client.get(MATRIX, "bob", firstPassword).statusCode()).isEqualTo(401);
            assertThat(rows(reset, "bob", newPassword)).isEqualTo(firstRows);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @Clause("ISO13485-4.2.4")
    void aRiskControlsDocumentReferenceResolvesToTheConfluenceAppsDocument(Database database) throws Exception {
        try (Sandbox sandbox = Sandbox.start(options(database, true))) {
            String password = sandbox.firstStartPasswords().get("alice");
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> register = client.get("/rest/eqms-risk/1.0/projects/INF/risks/register", "alice",
                    password);
            assertThat(JSON.readTree(register.body()).get("rows").findValuesAsText("riskId")).contains("R-1");

            HttpResponse<String> added = client.post("/rest/eqms-risk/1.0/projects/INF/analysis/risks/R-1/controls",
                    "alice", password, "{\"id\":\"INF-14\",\"description\":\"Cleaning per the work instruction\","
                            + "\"option\":\"INFORMATION_FOR_SAFETY\",\"justification\":\"Residual contamination "
                            + "risk after design measures\",\"documentReferences\":[\"WI-0001\",\"SOP-9999\"]}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            JsonNode control = null;
            for (JsonNode c : JSON.readTree(added.body()).get("controls")) {
                if ("INF-14".equals(c.get("id").asText())) {
                    control = c;
                }
            }
            assertThat(control).as(added.body()).isNotNull();
            JsonNode wi = control.get("documentReferences").get(0);
            assertThat(wi.get("number").asText()).isEqualTo("WI-0001");
            assertThat(wi.get("resolved").asBoolean()).isTrue();
            assertThat(wi.get("title").asText()).isEqualTo("Cleaning the infusion pump");
            assertThat(wi.get("status").asText()).isEqualTo("EFFECTIVE");
            String url = wi.get("url").asText();
            assertThat(url).startsWith("/pages/viewpage.action?pageId=");
            HttpResponse<String> page = client.get(url, "alice", password);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("Cleaning the infusion pump");

            long pageId = Long.parseLong(url.substring(url.lastIndexOf('=') + 1));
            String documentId = JSON.readTree(client.get("/rest/eqms/1.0/documents/page/" + pageId, "alice", password)
                    .body()).get("documentId").asText();
            HttpResponse<String> revisionB = client.post("/rest/eqms/1.0/documents/" + documentId + "/revisions",
                    "alice", password, "{\"changeReason\":\"New detergent\"}");
            assertThat(revisionB.statusCode()).as(revisionB.body()).isEqualTo(200);
            HttpResponse<String> risk = client.get("/rest/eqms-risk/1.0/projects/INF/analysis/risks/R-1", "alice",
                    password);
            assertThat(risk.statusCode()).as(risk.body()).isEqualTo(200);
            assertThat(JSON.readTree(risk.body()).findValues("documentReferences").stream()
                    .filter(references -> references.size() > 0).findFirst().orElseThrow().get(0).get("status").asText())
                    .as("the work instruction's revision in force is still effective while the next is drafted")
                    .isEqualTo("EFFECTIVE");

            JsonNode sop = control.get("documentReferences").get(1);
            assertThat(sop.get("number").asText()).isEqualTo("SOP-9999");
            assertThat(sop.get("resolved").asBoolean()).isFalse();
            assertThat(sop.get("title").isNull()).isTrue();
            assertThat(sop.get("status").isNull()).isTrue();
        }
    }

    private static int rows(Sandbox sandbox, String user, String password) throws Exception {
        HttpResponse<String> matrix = new SandboxClient(sandbox).get(MATRIX, user, password);
        assertThat(matrix.statusCode()).as(matrix.body()).isEqualTo(200);
        return JSON.readTree(matrix.body()).get("total").asInt();
    }
}
