package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.util.Objects;

/**
 * {@link MacroHost} in Confluence. The reader is SAL's {@code UserManager.getRemoteUserKey()}. The page is
 * {@code ConversionContext.getEntity()}; when that is a historical version of a page, its
 * {@code AbstractPage.getLatestVersion()} (a historical version has its own id, and the documents are keyed by the
 * page's id).
 */
public final class ConfluenceMacroHost implements MacroHost {
    private final UserManager users;

    public ConfluenceMacroHost(UserManager users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Long currentPageId(ConversionContext context) {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        if (entity instanceof AbstractPage page && page.getLatestVersion() != null) {
            entity = page.getLatestVersion();
        }
        return entity == null || entity.getId() <= 0 ? null : entity.getId();
    }

    @Override
    public String viewerKey() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }
}
