package org.eqms.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.sandbox.confluence.ConfluenceSandboxApp;
import org.eqms.sandbox.confluence.SpaceAccess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Confluence stand-in pages of the running sandbox (real Jetty, Jersey, Velocity, AO on HSQLDB, the demo data
 * written through the app): the space page, the page view with the app's banner, actions and web resources, the
 * editor and history, for the right users only; bad ids, hostile content, the editor's 409 path, and what a reader is
 * served while a draft revision is in progress.
 */
class ConfluenceStandInPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGES_API = "/rest/sandbox/1.0/pages";

    @TempDir
    static Path home;
    private static Sandbox sandbox;
    private static Map<String, String> passwords;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withHome(home).withReset(true));
        passwords = sandbox.firstStartPasswords();
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theSpacePageListsThePagesAndOffersCreateOnlyToEditors() {
        Document alice = page("/display/QMS", "alice", 200);
        assertThat(alice.select("a.sbx-page-link").eachText()).contains("Cleaning the infusion pump",
                "Calibrating the flow sensor", "Labelling returned devices");
        assertThat(alice.select("#sbx-create-page").attr("href")).isEqualTo("/pages/createpage.action?spaceKey=QMS");
        assertThat(alice.select("a.sbx-page-link").first().attr("href")).startsWith("/pages/viewpage.action?pageId=");

        Document erin = page("/display/QMS", "erin", 200);
        assertThat(erin.select("a.sbx-page-link").eachText()).contains("Cleaning the infusion pump");
        assertThat(erin.select("#sbx-create-page")).isEmpty();

        assertThat(page("/display/NOSUCH", "erin", 404).select(".aui-message-error").text()).contains("NOSUCH");
        assertThat(client.get("/display/QMS").statusCode()).isEqualTo(302);
    }

    @Test
    void theFrameLinksTheAppsPagesForSignedInUsersAndTheLoginPageUsesIt() {
        Document start = page("/", "erin", 200);
        for (String id : new String[]{"sbx-nav-qms", "sbx-nav-space-tools", "sbx-nav-confluence-admin", "sbx-nav-inf",
                "sbx-nav-inf-settings", "sbx-nav-inbox", "sbx-nav-totp", "logout"}) {
            assertThat(start.getElementById(id)).as(id).isNotNull();
        }
        assertThat(start.select("#sbx-nav-qms").attr("href")).isEqualTo("/display/QMS");
        assertThat(start.select("#sbx-nav-space-tools").attr("href"))
                .isEqualTo("/plugins/servlet/eqms/space-configuration?key=QMS");
        assertThat(start.select("#sbx-nav-inf").attr("href")).isEqualTo("/plugins/servlet/eqms-risk/project?key=INF");
        assertThat(start.select("#sbx-user").text()).isNotBlank();
        assertThat(start.select("link[rel=stylesheet]").eachAttr("href")).contains("/sandbox/aui/aui-prototyping.css");
        assertThat(start.select("nav.aui-header")).hasSize(1);

        Document login = Jsoup.parse(client.get("/login").body());
        assertThat(login.select("nav.aui-header")).hasSize(1);
        assertThat(login.select("#sbx-nav-qms, #logout")).isEmpty();
        assertThat(login.select("#username, #password, #login")).hasSize(3);
    }

    @Test
    void aReaderSeesTheEffectiveRevisionWithTheBannerTheActionsBarAndTheAppsScripts() {
        long pageId = pageId("Cleaning the infusion pump");
        Document erin = page("/pages/viewpage.action?pageId=" + pageId, "erin", 200);
        assertThat(erin.select("#title-text").text()).isEqualTo("Cleaning the infusion pump");
        assertThat(erin.select(".eqms-status-banner .eqms-doc-number").text()).startsWith("WI-");
        assertThat(erin.select(".eqms-status-banner .eqms-state").text()).isNotBlank();
        assertThat(erin.select("#eqms-document-actions").attr("data-page-id")).isEqualTo(Long.toString(pageId));
        assertThat(erin.select("#eqms-signing-i18n")).hasSize(1);
        assertThat(erin.select("#main-content h1").text()).isEqualTo("Cleaning the infusion pump");
        assertThat(erin.select("#main-content p").text()).startsWith("Purpose, scope and steps");
        String resources = "/download/resources/org.eqms.confluence-eqms-plugin:eqms-web-resources/";
        assertThat(erin.select("script[src]").eachAttr("src")).containsSubsequence(resources + "eqms-common.js",
                resources + "signing-dialog.js", resources + "document-actions.js");
        assertThat(erin.select("link[rel=stylesheet]").eachAttr("href")).contains(resources + "eqms.css");
        assertThat(erin.select("#editPageLink, #viewPageHistoryLink")).isEmpty();

        Document alice = page("/pages/viewpage.action?pageId=" + pageId, "alice", 200);
        assertThat(alice.select("#editPageLink").attr("href")).isEqualTo("/pages/editpage.action?pageId=" + pageId);
        Document history = page(alice.select("#viewPageHistoryLink").attr("href"), "alice", 200);
        assertThat(history.select("tr.sbx-history-version")).isNotEmpty();
        assertThat(client.get("/sandbox/static/sandbox-frame.js").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/javascript");
    }

    @Test
    void wrongUsersAndBadIdsAreRefusedWithAFramedPageNeverA500() {
        long pageId = pageId("Labelling returned devices");
        assertThat(page("/pages/viewpage.action", "erin", 400).select(".aui-message-error").text()).contains("page id");
        page("/pages/viewpage.action?pageId=abc", "erin", 400);
        page("/pages/viewpage.action?pageId=-3", "erin", 400);
        page("/pages/viewpage.action?pageId=99999999999999999999", "erin", 400);
        page("/pages/viewpage.action?pageId=987654", "erin", 404);
        page("/pages/editpage.action?pageId=987654", "alice", 404);
        page("/pages/editpage.action?pageId=" + pageId, "erin", 403);
        page("/pages/editpage.action?pageId=" + pageId, "bob", 403);
        page("/pages/viewpreviousversions.action?pageId=" + pageId, "erin", 403);
        page("/pages/createpage.action?spaceKey=QMS", "bob", 403);
        page("/pages/createpage.action", "alice", 400);
        page("/pages/createpage.action?spaceKey=NOSUCH", "alice", 404);
        assertThat(client.get("/pages/viewpage.action?pageId=" + pageId).statusCode()).isEqualTo(302);

        ConfluenceSandboxApp confluence = confluence();
        confluence.pages().ensureSpace("HR", "Personnel");
        confluence.permissions().grantUser("HR", "u-alice", SpaceAccess.EDIT);
        long hidden = confluence.pages().create("HR", "Salaries", "<p>secret</p>", "u-alice").pageId();
        assertThat(page("/pages/viewpage.action?pageId=" + hidden, "alice", 200).select("#main-content").text())
                .isEqualTo("secret");
        assertThat(page("/pages/viewpage.action?pageId=" + hidden, "erin", 403).text()).doesNotContain("secret")
                .doesNotContain("Salaries");
        page("/display/HR", "erin", 403);
        assertThat(page("/display/HR", "alice", 200).select("a.sbx-page-link").eachText()).containsExactly("Salaries");
    }

    @Test
    void aHostileTitleAndBodyAreShownAsTextNeverAsMarkup() throws Exception {
        String title = "<script>alert('t')</script> & \"quotes\"";
        String body = "<p>Fine</p><script>alert('b')</script><p><img src=\"x\" onerror=\"alert(1)\"/>"
                + "<a href=\"javascript:alert(2)\">click</a></p><iframe src=\"http://evil.example\"></iframe>";
        long pageId = created("alice", title, body);

        String raw = client.get("/pages/viewpage.action?pageId=" + pageId, "alice", passwords.get("alice")).body();
        Document view = Jsoup.parse(raw);
        assertThat(view.select("#title-text").text()).isEqualTo(title);
        assertThat(view.select("title").text()).startsWith(title);
        assertThat(view.select("script").stream().allMatch(script -> script.hasAttr("src") && script.data().isEmpty()))
                .isTrue();
        assertThat(view.select("[onerror], iframe, img, a[href^=javascript]")).isEmpty();
        assertThat(view.select("#main-content").text()).contains("Fine", "click");
        assertThat(raw).doesNotContain("alert('t')</script>").doesNotContain("alert('b')");

        Document list = page("/display/QMS", "alice", 200);
        assertThat(list.select("a.sbx-page-link").eachText()).contains(title);
        Document editor = page("/pages/editpage.action?pageId=" + pageId, "alice", 200);
        assertThat(editor.select("#content-title").val()).isEqualTo(title);
        assertThat(editor.select("#sbx-storage-body").text()).isEqualTo(body);

        long malformed = created("alice", "Broken body", "<p>unclosed <b>bold</p>");
        Document broken = page("/pages/viewpage.action?pageId=" + malformed, "alice", 200);
        assertThat(broken.select("#main-content pre.sbx-unrendered").text()).isEqualTo("<p>unclosed <b>bold</p>");
        assertThat(broken.select("#main-content b")).isEmpty();
    }

    @Test
    void theEditorSavesThroughThePageApiAndAStaleVersionIsA409WithAMessage() throws Exception {
        Document create = page("/pages/createpage.action?spaceKey=QMS", "alice", 200);
        Element form = create.getElementById("sbx-editor");
        assertThat(form.attr("data-space-key")).isEqualTo("QMS");
        assertThat(create.select("#content-title, #sbx-storage-body, #rte-button-publish")).hasSize(3);
        assertThat(create.select("script[src]").eachAttr("src")).contains("/sandbox/static/sandbox-editor.js");
        assertThat(client.get("/sandbox/static/sandbox-editor.js").statusCode()).isEqualTo(200);

        long pageId = created("alice", "Editor page", "<p>one</p>");
        Document edit = page("/pages/editpage.action?pageId=" + pageId, "alice", 200);
        assertThat(edit.getElementById("sbx-editor").attr("data-page-id")).isEqualTo(Long.toString(pageId));
        assertThat(edit.getElementById("sbx-editor").attr("data-base-version")).isEqualTo("1");
        assertThat(edit.select("#sbx-storage-body").text()).isEqualTo("<p>one</p>");

        HttpResponse<String> saved = save("dave", pageId, 1, "<p>two</p>");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> stale = save("alice", pageId, 1, "<p>alice's</p>");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("message").asText()).contains("changed by someone else");
        assertThat(JSON.readTree(stale.body()).get("hint").asText()).isNotBlank();
        assertThat(page("/pages/viewpage.action?pageId=" + pageId, "alice", 200).select("#main-content").text())
                .isEqualTo("two");
        assertThat(page("/pages/editpage.action?pageId=" + pageId, "alice", 200).getElementById("sbx-editor")
                .attr("data-base-version")).isEqualTo("2");
    }

    @Test
    void whileDraftRevisionBIsInProgressTheReaderStillSeesRevisionAAndTheBannerSaysSo() throws Exception {
        long pageId = pageId("Risk management plan");
        Document before = page("/pages/viewpage.action?pageId=" + pageId, "erin", 200);
        String revisionA = before.select("#main-content").text();
        assertThat(before.select(".eqms-pending-notice")).isEmpty();

        int current = JSON.readTree(client.get(PAGES_API + "/" + pageId, "alice", passwords.get("alice")).body())
                .get("version").asInt();
        HttpResponse<String> saved = client.put(PAGES_API + "/" + pageId, "alice", passwords.get("alice"),
                json(Map.of("title", "Risk management plan (rev B)", "body", "<p>Revision B text</p>",
                        "baseVersion", current)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String documentId = JSON.readTree(client.get("/rest/eqms/1.0/documents/page/" + pageId, "alice",
                passwords.get("alice")).body()).get("documentId").asText();
        HttpResponse<String> revisionB = client.post("/rest/eqms/1.0/documents/" + documentId + "/revisions", "alice",
                passwords.get("alice"), json(Map.of("changeReason", "Yearly review")));
        assertThat(revisionB.statusCode()).as(revisionB.body()).isIn(200, 201);

        Document erin = page("/pages/viewpage.action?pageId=" + pageId, "erin", 200);
        assertThat(erin.select("#title-text").text()).isEqualTo("Risk management plan");
        assertThat(erin.select("#main-content").text()).isEqualTo(revisionA).doesNotContain("Revision B");
        String revision = erin.select(".eqms-status-banner").attr("data-eqms-revision");
        assertThat(erin.select(".eqms-pending-notice").text()).isNotBlank();
        assertThat(page("/display/QMS", "erin", 200).select("a.sbx-page-link").eachText())
                .contains("Risk management plan").doesNotContain("Risk management plan (rev B)");

        Document alice = page("/pages/viewpage.action?pageId=" + pageId, "alice", 200);
        assertThat(alice.select("#title-text").text()).isEqualTo("Risk management plan (rev B)");
        assertThat(alice.select("#main-content").text()).isEqualTo("Revision B text");
        assertThat(alice.select(".eqms-status-banner").attr("data-eqms-revision")).isNotEqualTo(revision);
    }

    @Test
    void auiIsServedFromTheJarWithItsTypesAndNothingOutsideIt() {
        assertType("/sandbox/aui/aui-prototyping.css", "text/css");
        assertType("/sandbox/aui/aui-prototyping.js", "application/javascript");
        assertType("/sandbox/aui/jquery.min.js", "application/javascript");
        assertType("/sandbox/aui/fonts/atlassian-icons.woff", "font/woff");
        assertType("/sandbox/aui/images/atlassian-icons.svg", "image/svg+xml");
        assertType("/sandbox/static/sandbox.css", "text/css");
        assertThat(client.get("/sandbox/aui/aui-prototyping.css").body()).contains(".aui-header");
        for (String bad : new String[]{"/sandbox/aui/../users.properties", "/sandbox/aui/fonts/../../x.js",
                "/sandbox/aui/nosuch.js", "/sandbox/aui/.hidden.css", "/sandbox/aui/a/b/c.css", "/sandbox/aui/x.class"}) {
            assertThat(client.get(bad).statusCode()).as(bad).isIn(400, 404);
        }
    }

    private static void assertType(String path, String type) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(type);
    }

    private static Document page(String path, String user, int status) {
        HttpResponse<String> response = client.get(path, user, passwords.get(user));
        assertThat(response.statusCode()).as(path + " for " + user + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    private static long pageId(String title) {
        try {
            JsonNode pages = JSON.readTree(client.get("/rest/sandbox/1.0/spaces/QMS/pages", "alice",
                    passwords.get("alice")).body()).get("pages");
            for (JsonNode page : pages) {
                if (page.get("title").asText().equals(title)) {
                    return page.get("id").asLong();
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no page " + title);
    }

    private static long created(String user, String title, String body) throws Exception {
        HttpResponse<String> created = client.post(PAGES_API, user, passwords.get(user),
                json(Map.of("spaceKey", "QMS", "title", title, "body", body)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static HttpResponse<String> save(String user, long pageId, int baseVersion, String body) throws Exception {
        return client.put(PAGES_API + "/" + pageId, user, passwords.get(user),
                json(Map.of("title", "Editor page", "body", body, "baseVersion", baseVersion)));
    }

    private static String json(Map<String, Object> fields) throws Exception {
        ObjectNode node = JSON.valueToTree(fields);
        return JSON.writeValueAsString(node);
    }

    private static ConfluenceSandboxApp confluence() {
        return sandbox.apps().stream().filter(ConfluenceSandboxApp.class::isInstance)
                .map(ConfluenceSandboxApp.class::cast).findFirst().orElseThrow();
    }
}
