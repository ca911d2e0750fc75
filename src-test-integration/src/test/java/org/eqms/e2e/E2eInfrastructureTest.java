package org.eqms.e2e;

import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's own footing: the sandbox starts in-process with its demo users, REST signs in by Basic and by the
 * login form (and a wrong password is refused), and Chromium logs in through /login and saves viewport screenshots.
 */
class E2eInfrastructureTest {
    static E2eSandbox sandbox;

    @RegisterExtension
    static final Browser browser = new Browser("00-infrastructure", () -> sandbox);

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void restSignsInByBasicAndByTheLoginFormAndRefusesAWrongPassword() {
        String pgUrl = System.getenv("EQMS_TEST_PG_URL");
        assertThat(sandbox.onPostgresql()).as(sandbox.databaseDescription()).isEqualTo(pgUrl != null && !pgUrl.isBlank());
        assertThat(sandbox.passwords()).containsKeys("alice", "bob", "carol", "dave", "erin", "admin", "frank");

        assertThat(Rest.as(sandbox, "erin").get("/rest/eqms-risk/1.0/projects/INF/risks/plan").status()).isEqualTo(200);
        assertThat(Rest.session(sandbox, "erin").get("/").expect(200).body()).contains("Erin");
        assertThat(Rest.as(sandbox, "erin", "not-her-password").get("/").status()).isEqualTo(401);
        assertThat(Rest.anonymous(sandbox).get("/").status()).isEqualTo(302);
    }

    @Test
    void chromiumLogsInThroughTheLoginPageAndSavesAViewportScreenshot() throws Exception {
        browser.open("/login");
        Path loginPage = browser.step("login page");
        browser.loginAs("alice");

        assertThat(browser.waitFor("body").getText()).contains("Alice");
        Path startPage = browser.step("start page as alice");

        assertThat(loginPage.getFileName().toString()).matches("\\d\\d-login-page\\.png");
        assertThat(startPage.getFileName().toString()).matches("\\d\\d-start-page-as-alice\\.png");
        BufferedImage image = ImageIO.read(Files.newInputStream(startPage));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isBetween(800, 1000); // the viewport: the 1000 px window less its frame
    }
}
