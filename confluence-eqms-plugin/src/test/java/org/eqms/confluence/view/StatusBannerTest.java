package org.eqms.confluence.view;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.compliance.Clause;
import org.eqms.confluence.web.StatusBannerWebPanel;
import org.eqms.confluence.web.WebPanelPage;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The status banner of controlled pages, rendered with the real Velocity engine from real AO stores. */
class StatusBannerTest {
    private static final long PAGE = 4711;

    private StatusBanner banner(UiFixture fixture) {
        return new StatusBanner(fixture.reader, fixture, fixture.templates, fixture.i18n);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    void aReaderSeesNumberRevisionEffectiveDateAndTheRevisionInProgress(ActiveObjects ao) {
        UiFixture fixture = new UiFixture(ao).viewer("u-erin");
        fixture.effectiveDocument("QMS", PAGE, "SOP-0001", "Cleaning " + UiFixture.XSS, true);

        String html = banner(fixture).html(PAGE, "u-erin", "10.0.0.9");

        assertThat(html).contains("aui-message aui-message-info", "SOP-0001", "Effective",
                "Effective revision A of SOP-0001, in force since 2026-11-24.",
                "You are reading effective revision A; revision B is in progress.");
        assertThat(html).doesNotContain("<script>", "<img").doesNotContain("eqms-integrity-warning");
        assertThat(html).contains("data-title=\"Sign electronically\"");
    }

    @ActiveObjectsTest
    void anAuthorSeesTheWorkingDraftBanner(ActiveObjects ao) {
        UiFixture fixture = new UiFixture(ao).editor("u-alice");
        fixture.effectiveDocument("QMS", PAGE, "SOP-0001", "Cleaning", true);

        String html = banner(fixture).html(PAGE, "u-alice", null);

        assertThat(html).contains("aui-message-warning", "Working draft of revision B: not effective.");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    void aTamperedHistoricalVersionShowsTheIntegrityAlert(ActiveObjects ao) {
        UiFixture fixture = new UiFixture(ao).viewer("u-erin");
        fixture.effectiveDocument("QMS", PAGE, "SOP-0001", "Cleaning", false);
        fixture.tamper(PAGE, 1, "<p>changed behind our back</p>");

        String html = banner(fixture).html(PAGE, "u-erin", null);

        assertThat(html).contains("aui-message-error", "Integrity alert:",
                "has been changed in Confluence since it was signed");
        assertThat(fixture.alerts).hasSize(1);
    }

    @ActiveObjectsTest
    void nothingForUncontrolledPagesMissingPagesOrViewersWithoutPermission(ActiveObjects ao) {
        UiFixture fixture = new UiFixture(ao).viewer("u-erin");
        fixture.effectiveDocument("QMS", PAGE, "SOP-0001", "Cleaning", false);
        fixture.edit("QMS", 99, "Team lunch", "<p>pizza</p>");

        assertThat(banner(fixture).html(99, "u-erin", null)).isEmpty();
        assertThat(banner(fixture).html(12345, "u-erin", null)).isEmpty();
        assertThat(banner(fixture).html(PAGE, "u-mallory", null)).isEmpty();
        assertThat(banner(fixture).html(PAGE, null, null)).isEmpty();
    }

    /** The viewed page as Confluence's web-panel context holds it (an object with getId()). */
    public static final class FakePage {
        public long getId() {
            return PAGE;
        }
    }

    @ActiveObjectsTest
    void theConfluenceWebPanelRendersTheBannerOfThePageInItsContext(ActiveObjects ao) throws Exception {
        UiFixture fixture = new UiFixture(ao).viewer("u-erin");
        fixture.effectiveDocument("QMS", PAGE, "SOP-0001", "Cleaning", false);
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("u-erin"));
        StatusBannerWebPanel panel = new StatusBannerWebPanel(banner(fixture), users, WebPanelPage.CONFLUENCE);

        assertThat(panel.getHtml(Map.of("page", new FakePage()))).contains("SOP-0001");
        assertThat(panel.getHtml(Map.of())).isEmpty();
        java.io.StringWriter out = new java.io.StringWriter();
        panel.writeHtml(out, Map.of("page", new FakePage()));
        assertThat(out.toString()).contains("SOP-0001");
    }
}
