package org.eqms.sandbox.users;

import javax.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Back to the page after signing in, as Confluence and Jira do with {@code os_destination}: the login page's address
 * for the requested page, and the destination it may send a user to afterwards, which is only ever a path on this
 * sandbox (never another site: no scheme, no {@code //host}, no backslash or control character).
 */
public final class LoginRedirect {
    public static final String PARAMETER = "os_destination";

    private LoginRedirect() {
    }

    /** The login page, to come back to the requested page. */
    public static String to(HttpServletRequest request) {
        String query = request.getQueryString();
        String page = request.getRequestURI() + (query == null ? "" : "?" + query);
        return "/login?" + PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    /** Where to go after signing in: the given destination if it is a path here, else the start page. */
    public static String destination(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.startsWith("/login") || requested.startsWith("/logout")) {
            return "/";
        }
        for (char c : requested.toCharArray()) {
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return "/";
            }
        }
        return requested;
    }
}
