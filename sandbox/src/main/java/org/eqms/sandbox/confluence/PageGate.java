package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the Confluence stand-in pages check before showing anything: a signed-in user (anonymous visitors go to the
 * login page, as in Confluence), then a page id that is well-formed (400), exists (404) and that the user may view
 * (403) or edit (403). Each refusal is a framed page saying what was wrong and what to do; {@code empty} means the
 * answer has been sent.
 */
final class PageGate {
    private final UserManager users;
    private final SandboxPages pages;
    private final SandboxSpacePermissions permissions;

    PageGate(UserManager users, SandboxPages pages, SandboxSpacePermissions permissions) {
        this.users = Objects.requireNonNull(users, "users");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    /** The signed-in user, or null after redirecting an anonymous visitor to the login page. */
    UserProfile signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect("/login");
        }
        return user;
    }

    OptionalLong viewablePage(HttpServletRequest request, HttpServletResponse response, UserProfile user)
            throws IOException {
        OptionalLong pageId = PageIdParameter.of(request);
        if (pageId.isEmpty()) {
            SandboxPage.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad page address",
                    "The page id is missing or is not a number.", "Open the page from its space, e.g. /display/QMS.",
                    user.getFullName());
            return OptionalLong.empty();
        }
        long id = pageId.getAsLong();
        if (pages.current(id).isEmpty()) {
            SandboxPage.refuse(response, HttpServletResponse.SC_NOT_FOUND, "Page not found",
                    "Page " + id + " does not exist.", "Check the page id, or open the page from its space.",
                    user.getFullName());
            return OptionalLong.empty();
        }
        if (!permissions.canView(key(user), id)) {
            SandboxPage.refuse(response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not view page " + id + ".", "Ask a space administrator for view permission.",
                    user.getFullName());
            return OptionalLong.empty();
        }
        return pageId;
    }

    OptionalLong editablePage(HttpServletRequest request, HttpServletResponse response, UserProfile user)
            throws IOException {
        OptionalLong pageId = viewablePage(request, response, user);
        if (pageId.isPresent() && !permissions.canEdit(key(user), pageId.getAsLong())) {
            SandboxPage.refuse(response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not edit page " + pageId.getAsLong() + ".",
                    "Ask a space administrator for edit permission.", user.getFullName());
            return OptionalLong.empty();
        }
        return pageId;
    }

    /** Whether the space exists and the user may view it; refused (404, 403) otherwise. */
    boolean viewableSpace(String spaceKey, HttpServletResponse response, UserProfile user) throws IOException {
        if (spaceKey == null || !pages.spaceExists(spaceKey)) {
            SandboxPage.refuse(response, HttpServletResponse.SC_NOT_FOUND, "Space not found",
                    "There is no space " + (spaceKey == null ? "" : spaceKey) + ".", "Check the space key, e.g. QMS.",
                    user.getFullName());
            return false;
        }
        if (!permissions.canViewSpace(key(user), spaceKey)) {
            SandboxPage.refuse(response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not view space " + spaceKey + ".", "Ask a space administrator for view permission.",
                    user.getFullName());
            return false;
        }
        return true;
    }

    static String key(UserProfile user) {
        return user.getUserKey().getStringValue();
    }
}
