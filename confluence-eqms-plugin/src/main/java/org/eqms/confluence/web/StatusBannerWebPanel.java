package org.eqms.confluence.web;

import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.confluence.macro.UiServices;
import org.eqms.confluence.view.StatusBanner;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/** The status banner as a Confluence web panel; thin: the work is {@link StatusBanner}'s. */
public class StatusBannerWebPanel implements WebPanel {
    private final java.util.function.Supplier<StatusBanner> banner;
    private final UserManager users;
    private final WebPanelPage page;

    public StatusBannerWebPanel(StatusBanner banner, UserManager users, WebPanelPage page) {
        Objects.requireNonNull(banner, "banner");
        this.banner = () -> banner;
        this.users = Objects.requireNonNull(users, "users");
        this.page = Objects.requireNonNull(page, "page");
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner); the banner is built at first use. */
    @javax.inject.Inject
    public StatusBannerWebPanel(UiServices ui, @ComponentImport UserManager users) {
        Objects.requireNonNull(ui, "ui");
        this.banner = ui::banner;
        this.users = Objects.requireNonNull(users, "users");
        this.page = WebPanelPage.CONFLUENCE;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Long pageId = page.pageId(context);
        if (pageId == null) {
            return "";
        }
        UserKey viewer = users.getRemoteUserKey();
        return banner.get().html(pageId, viewer == null ? null : viewer.getStringValue(), null);
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}
