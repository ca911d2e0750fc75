package org.eqms.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.signature.totp.Base32;
import org.eqms.signature.totp.Totp;
import org.eqms.signature.totp.TotpParameters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's inbox and authenticator pages on the running sandbox: a signing lockout raised by the Confluence app
 * reaches the administrators' inbox (and not a reader's), marked read through the app's resource; the enrolment page
 * offers each app's enrolment over its own resource, whose secret confirms with a real RFC 6238 code.
 */
class SandboxInboxAndTotpPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void aSigningLockoutReachesTheAdministratorsInboxAndIsMarkedReadThroughTheApp() throws Exception {
        assertThat(page("/sandbox/inbox", "admin").select("li.sbx-notice")).isEmpty();
        lockOutBob();

        Document admin = page("/sandbox/inbox", "admin");
        Element alert = admin.select("li.sbx-notice.sbx-unread").stream()
                .filter(item -> item.attr("data-kind").contains("lockout")).findFirst().orElseThrow();
        assertThat(alert.select(".sbx-notice-message").text()).contains("Bob");
        assertThat(alert.select(".sbx-notice-admins")).hasSize(1);
        String readUrl = alert.select(".sbx-notice-mark-read").attr("data-read-url");
        assertThat(readUrl).startsWith("/rest/eqms/1.0/me/notifications/").endsWith("/read");
        assertThat(admin.select("#sbx-nav-inbox").attr("data-sources")).contains("/rest/eqms/1.0/me/notifications",
                "/rest/eqms-risk/1.0/me/notifications");
        assertThat(admin.select("script[src]").eachAttr("src")).contains("/sandbox/static/sandbox-inbox.js");
        assertThat(page("/sandbox/inbox", "frank").select("li.sbx-notice")).isNotEmpty();
        assertThat(page("/sandbox/inbox", "erin").select("li.sbx-notice")).isEmpty();

        HttpResponse<String> foreign = client.post(readUrl, "erin", passwords.get("erin"), "{}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        HttpResponse<String> read = client.post(readUrl, "admin", passwords.get("admin"), "{}");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Element after = page("/sandbox/inbox", "admin").selectFirst("li.sbx-notice[data-notice-id="
                + alert.attr("data-notice-id") + "]");
        assertThat(after.hasClass("sbx-unread")).isFalse();
        assertThat(after.select(".sbx-notice-mark-read")).isEmpty();
        assertThat(client.get("/sandbox/inbox").statusCode()).isEqualTo(302);
    }

    @Test
    void theEnrolmentPageOffersEachAppsAuthenticatorWhoseSecretConfirmsWithARealCode() throws Exception {
        Document page = page("/sandbox/totp", "carol");
        assertThat(page.select("section.sbx-totp").eachAttr("data-rest-base"))
                .containsExactly("/rest/eqms/1.0", "/rest/eqms-risk/1.0");
        assertThat(page.select("#sbx-totp-eqms .sbx-totp-begin, #sbx-totp-eqms .sbx-totp-code,"
                + " #sbx-totp-eqms .sbx-totp-confirm")).hasSize(3);
        assertThat(page.select("#sbx-totp-eqms-risk")).hasSize(1);
        assertThat(client.get("/sandbox/static/sandbox-totp.js").statusCode()).isEqualTo(200);

        String carol = passwords.get("carol");
        JsonNode begun = JSON.readTree(client.post("/rest/eqms/1.0/me/totp/enrolment", "carol", carol, "{}").body());
        assertThat(begun.get("otpauthUri").asText()).startsWith("otpauth://totp/");
        HttpResponse<String> wrong = client.post("/rest/eqms/1.0/me/totp/confirmation", "carol", carol,
                "{\"code\":\"000000x\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        String code = Totp.code(Base32.decode(begun.get("secret").asText()), Instant.now(), TotpParameters.DEFAULT);
        HttpResponse<String> confirmed = client.post("/rest/eqms/1.0/me/totp/confirmation", "carol", carol,
                "{\"code\":\"" + code + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(JSON.readTree(client.get("/rest/eqms/1.0/me/totp", "carol", carol).body()).get("enrolled")
                .asBoolean()).isTrue();
        assertThat(JSON.readTree(client.get("/rest/eqms-risk/1.0/me/totp", "carol", carol).body()).get("enrolled")
                .asBoolean()).isFalse();
        assertThat(client.get("/sandbox/totp").statusCode()).isEqualTo(302);
    }

    /** Bob signs the WI in review with a wrong password until the app locks his signing. */
    private static void lockOutBob() throws Exception {
        String bob = passwords.get("bob");
        JsonNode pages = JSON.readTree(client.get("/rest/sandbox/1.0/spaces/QMS/pages", "bob", bob).body()).get("pages");
        long pageId = 0;
        for (JsonNode p : pages) {
            if (p.get("title").asText().equals("Calibrating the flow sensor")) {
                pageId = p.get("id").asLong();
            }
        }
        String documentId = JSON.readTree(client.get("/rest/eqms/1.0/documents/page/" + pageId, "bob", bob).body())
                .get("documentId").asText();
        String documents = "/rest/eqms/1.0/documents/" + documentId;
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> challenge = client.post(documents + "/challenge", "bob", bob, "{\"purpose\":\"APPROVAL\"}");
            assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(200);
            String challengeId = JSON.readTree(challenge.body()).get("challengeId").asText();
            HttpResponse<String> refused = client.post(documents + "/sign", "bob", bob, "{\"purpose\":\"APPROVAL\","
                    + "\"challengeId\":\"" + challengeId + "\",\"meaning\":\"Approved\",\"userId\":\"bob\","
                    + "\"password\":\"wrong-" + attempt + "\"}");
            assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 423);
        }
    }

    private static Document page(String path, String user) {
        HttpResponse<String> response = client.get(path, user, passwords.get(user));
        assertThat(response.statusCode()).as(path + " for " + user + ": " + response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
