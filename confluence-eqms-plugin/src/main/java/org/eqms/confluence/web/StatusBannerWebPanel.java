package org.eqms.confluence.web;

import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.confluence.view.StatusBanner;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/** The status banner as a Confluence web panel; thin: the work is {@link StatusBanner}'s. */
public class StatusBannerWebPanel implements WebPanel {
    private final StatusBanner banner;
    private final UserManager users;
    private final WebPanelPage page;

    public StatusBannerWebPanel(StatusBanner banner, UserManager users, WebPanelPage page) {
        this.banner = Objects.requireNonNull(banner, "banner");
        this.users = Objects.requireNonNull(users, "users");
        this.page = Objects.requireNonNull(page, "page");
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Long pageId = page.pageId(context);
        if (pageId == null) {
            return "";
        }
        UserKey viewer = users.getRemoteUserKey();
        return banner.html(pageId, viewer == null ? null : viewer.getStringValue(), null);
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}
