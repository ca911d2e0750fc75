package org.eqms.sandbox;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.notice.Notice;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sandbox's inbox ({@value SandboxHeader#INBOX_PATH}): the signed-in user's notifications from every hosted app,
 * newest first, each {@code li.sbx-notice}; system administrators also see the alerts raised to all administrators
 * (signing lockouts, integrity alerts), as the apps' {@code /me/notifications} give them. Unread ones can be marked
 * read ({@code sandbox-inbox.js}, through that resource). Anonymous visitors go to the login page.
 */
public final class InboxServlet extends HttpServlet {
    static final int LIMIT = 100;
    private static final long serialVersionUID = 1L;

    private final transient UserManager users;
    private final transient List<SandboxApp> apps;

    public InboxServlet(UserManager users, List<SandboxApp> apps) {
        this.users = users;
        this.apps = List.copyOf(apps);
    }

    private record Item(SandboxApp app, Notice notice) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect("/login");
            return;
        }
        boolean administrator = users.isSystemAdmin(user.getUserKey());
        List<Item> items = new ArrayList<>();
        for (SandboxApp app : apps) {
            app.notices().ifPresent(notices -> notices.forUser(user.getUserKey().getStringValue(), administrator, LIMIT)
                    .forEach(notice -> items.add(new Item(app, notice))));
        }
        items.sort(Comparator.comparing((Item item) -> item.notice().createdAt()).reversed());
        StringBuilder body = new StringBuilder();
        if (items.isEmpty()) {
            body.append("<p id=\"sbx-inbox-empty\">No notifications.</p>");
        }
        body.append("<div class=\"sbx-inbox-messages\" aria-live=\"polite\"></div><ul id=\"sbx-inbox\">");
        items.forEach(item -> notice(body, item));
        body.append("</ul>");
        SandboxPage.send(response, HttpServletResponse.SC_OK, "Inbox", body.toString(), user.getFullName(), List.of(),
                List.of(SandboxPage.STATIC + "sandbox-common.js", SandboxPage.STATIC + "sandbox-inbox.js"));
    }

    private static void notice(StringBuilder body, Item item) {
        Notice notice = item.notice();
        boolean unread = notice.readAt() == null;
        body.append("<li class=\"sbx-notice").append(unread ? " sbx-unread" : "").append("\" data-notice-id=\"")
                .append(notice.id()).append("\" data-kind=\"").append(SandboxPage.escape(notice.kind()))
                .append("\"><p class=\"sbx-notice-message\">").append(SandboxPage.escape(notice.message()))
                .append("</p><p class=\"sbx-notice-meta\">").append(SandboxPage.escape(item.app().name())).append(" · ")
                .append(notice.createdAt()).append(" UTC");
        if (Notice.ADMINISTRATORS.equals(notice.recipient())) {
            body.append(" · <span class=\"aui-lozenge aui-lozenge-moved sbx-notice-admins\">To administrators</span>");
        }
        if (unread) {
            body.append(" <button type=\"button\" class=\"aui-button aui-button-link sbx-notice-mark-read\" data-read-url=\"")
                    .append(SandboxPage.escape(item.app().restBase() + "/me/notifications/" + notice.id() + "/read"))
                    .append("\">Mark read</button>");
        }
        body.append("</p></li>");
    }
}
