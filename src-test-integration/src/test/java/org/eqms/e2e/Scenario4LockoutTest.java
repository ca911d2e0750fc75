package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.ConfluenceUi;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.QmsDocuments;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 4 (21 CFR 11.300(d)), in Chromium with REST checks: five wrong passwords in the app's signing dialog lock
 * bob's signing;
 * the administrators are alerted at once (the app's notifications, the sandbox inbox); in the browser, on the Confluence app's global administration page, admin
 * requests the unlock and cannot approve it himself; frank, a second system administrator, approves it and bob
 * signs again.
 */
class Scenario4LockoutTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/eqms/admin";
    static E2eSandbox sandbox;

    @RegisterExtension
    static final Browser browser = new Browser("scenario-4-lockout", () -> sandbox);

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void fiveWrongPasswordsLockBobAndOnlyTwoAdministratorsTogetherUnlockHim() {
        QmsDocuments qms = new QmsDocuments(sandbox);
        long pageId = qms.createPage("alice", "Handling customer complaints",
                "<p>Log every complaint within one working day.</p>").path("id").asLong();
        String id = qms.place("alice", pageId, "SOP").path("documentId").asText();
        qms.action("alice", id, "submit", "{}").expect(200);
        String wrongPassword = sandbox.password("bob") + "-typo";
        ConfluenceUi ui = new ConfluenceUi(browser);

        browser.loginAs("bob");
        ui.openPage(pageId);
        ui.action("sign", null);
        ui.fillSigningDialog("Approved", "Reviewed", "bob", wrongPassword);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.type("#eqms-sign-password", wrongPassword);
            ui.submitSignature();
            browser.waitForText(".eqms-signing-dialog .aui-message-error", (5 - attempt) + " attempt(s) left");
        }
        browser.step("bob's fourth wrong password leaves one attempt");
        browser.type("#eqms-sign-password", wrongPassword);
        ui.submitSignature();
        browser.waitForText(".eqms-signing-dialog .aui-message-error", "signing is now locked");
        browser.step("the fifth locks bob's signing");
        Rest.Reply correctButLocked = signAsBob(qms, id, sandbox.password("bob"));
        assertThat(correctButLocked.status()).as(correctButLocked.toString()).isEqualTo(423);
        assertThat(correctButLocked.json().path("error").asText()).isEqualTo("locked");

        JsonNode alerts = Rest.session(sandbox, "admin").get(QmsDocuments.EQMS + "/me/notifications").expect(200).json();
        assertThat(alerts.path("notifications").findValuesAsText("kind")).contains("esign.lockout");
        assertThat(alerts.path("notifications").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("Bob Approver (bob) was locked out"));
        assertThat(Rest.session(sandbox, "bob").get(QmsDocuments.EQMS + "/me/notifications").expect(200).json()
                .path("notifications").findValuesAsText("kind")).doesNotContain("esign.lockout");

        browser.loginAs("admin").open("/sandbox/inbox");
        browser.waitForText("li.sbx-notice", "Bob Approver (bob) was locked out");
        browser.step("admin finds the lockout alert in the inbox");
        browser.open(ADMIN_PAGE);
        browser.waitForText(".eqms-lockouts tbody", "Bob Approver");
        browser.step("admin sees bob locked out");
        browser.click(".eqms-lockouts button.eqms-unlock[data-user-key='u-bob']");
        Alert prompt = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("Bob mistyped; identity confirmed by phone");
        prompt.accept();
        browser.waitForText(".eqms-lockouts tbody", "Bob mistyped; identity confirmed by phone");
        browser.step("admin requested the unlock");

        browser.click(".eqms-lockouts button.eqms-unlock[data-user-key='u-bob']");
        browser.waitFor(".eqms-messages .aui-message-error");
        assertThat(browser.waitFor(".eqms-messages").getText()).contains("cannot also approve");
        browser.step("admin cannot approve his own unlock request");
        assertThat(signAsBob(qms, id, sandbox.password("bob")).status()).isEqualTo(423);

        browser.loginAs("frank").open(ADMIN_PAGE);
        browser.waitForText(".eqms-lockouts tbody", "Bob Approver");
        browser.click(".eqms-lockouts button.eqms-unlock[data-user-key='u-bob']");
        browser.waitForText(".eqms-lockouts tbody", "No user is locked out.");
        browser.step("frank approved the unlock");

        Rest.Reply signed = signAsBob(qms, id, sandbox.password("bob"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().path("signature").path("signerName").asText()).isEqualTo("Bob Approver");
    }

    /** A challenge and a signing as bob; a locked signer is refused the challenge already (that reply). */
    private static Rest.Reply signAsBob(QmsDocuments qms, String id, String password) {
        Rest.Reply challenge = qms.action("bob", id, "challenge", "{}");
        if (challenge.status() != 200) {
            return challenge;
        }
        return qms.sign("bob", id, challenge.json().path("challengeId").asText(), "Approved", "Reviewed", password);
    }
}
