package org.eqms.e2e.support;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * What a user does in the sandbox's Confluence pages with the app's own scripts: write a page in the editor, press a
 * button of the document actions bar ({@code #eqms-document-actions button[data-action=…]}), sign in the app's
 * signing dialog, read the status banner.
 */
public final class ConfluenceUi {
    private final Browser browser;

    public ConfluenceUi(Browser browser) {
        this.browser = browser;
    }

    /** From space QMS's home, "Create", then the title and storage-format body, "Publish"; answers the page id. */
    public long createPage(String title, String storageBody) {
        browser.open("/display/QMS").click("#sbx-create-page");
        browser.type("#content-title", title).type("#sbx-storage-body", storageBody).click("#rte-button-publish");
        browser.waitForText("#title-text", title);
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
    }

    /** Edits the live version of the page in the editor and publishes it. */
    public void editPage(long pageId, String storageBody) {
        openPage(pageId).click("#editPageLink");
        browser.type("#sbx-storage-body", storageBody).click("#rte-button-publish");
        browser.waitFor("#main-content");
    }

    public Browser openPage(long pageId) {
        browser.open("/pages/viewpage.action?pageId=" + pageId);
        browser.waitFor("#title-text");
        return browser;
    }

    /** Presses a button of the actions bar; where it prompts (a reason, a date) types {@code prompted} or accepts. */
    public void action(String action, String prompted) {
        browser.click("#eqms-document-actions button[data-action='" + action + "']");
        if (prompted != null) {
            Alert prompt = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
            if (!prompted.isEmpty()) {
                prompt.sendKeys(prompted);
            }
            prompt.accept();
        }
    }

    /** Waits until the actions bar offers {@code action} (its script loads the document's actions after the page). */
    public void waitForAction(String action) {
        browser.waitFor("#eqms-document-actions button[data-action='" + action + "']");
    }

    /** Opens the signing dialog from the "sign" action and fills it; the caller presses {@link #submitSignature()}. */
    public void fillSigningDialog(String meaning, String reason, String user, String password) {
        browser.waitFor(".eqms-signing-dialog #eqms-sign-meaning");
        browser.select("#eqms-sign-meaning", meaning);
        browser.type("#eqms-sign-reason", reason);
        if (!browser.all("#eqms-sign-user").isEmpty()) {
            browser.type("#eqms-sign-user", user);
        }
        browser.type("#eqms-sign-password", password);
    }

    /** Presses "Sign" in the dialog (a refusal keeps the dialog open with its error). */
    public void submitSignature() {
        browser.click(".eqms-signing-dialog .aui-button-primary");
    }

    /** Presses "Sign" and waits for the page to reload, which the actions bar does only after a signature. */
    public void signAndAwaitReload() {
        awaitReload(this::submitSignature);
    }

    /** Presses a button of the actions bar (see {@link #action}) and waits for the reload after its success. */
    public void actionAndAwaitReload(String action, String prompted) {
        awaitReload(() -> action(action, prompted));
    }

    private void awaitReload(Runnable step) {
        WebElement before = browser.driver().findElement(By.id("title-text"));
        step.run();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        browser.waitFor("#title-text");
    }

    /** Waits until the banner's state lozenge reads {@code state} (its text as written, whatever the CSS case). */
    public void waitForState(String state) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> {
            var lozenges = driver.findElements(By.cssSelector(".eqms-status-banner .eqms-state"));
            return !lozenges.isEmpty() && state.equalsIgnoreCase(lozenges.get(0).getDomProperty("textContent").trim());
        });
    }
}
