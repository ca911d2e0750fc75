package org.eqms.sandbox.users;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs the user of each request in, as the products do before an app sees it: the user of the HTTP session (from
 * the login page), or of HTTP Basic credentials (scripts, tests; a wrong one is refused with 401 and no session).
 * The user's key goes into {@link SandboxUserManager#REQUEST_USER}; requests without either stay anonymous and the
 * apps decide (their REST resources refuse anonymous callers with 401).
 */
public final class SandboxAuthentication implements Filter {
    /** Session attribute holding the signed-in user's key. */
    public static final String SESSION_USER = "org.eqms.sandbox.session-user";

    private final SandboxUsers users;
    private final SandboxUserManager userManager;

    public SandboxAuthentication(SandboxUsers users, SandboxUserManager userManager) {
        this.users = users;
        this.userManager = userManager;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<SandboxUser> user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                refuse(response);
                return;
            }
            request.setAttribute(SandboxUserManager.REQUEST_USER, user.get().key());
        } else {
            HttpSession session = request.getSession(false);
            Object key = session == null ? null : session.getAttribute(SESSION_USER);
            if (key instanceof String userKey && users.byKey(userKey).isPresent()) {
                request.setAttribute(SandboxUserManager.REQUEST_USER, userKey);
            }
        }
        try {
            userManager.serving(request, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        }
    }

    @Override
    public void destroy() {
        // nothing held
    }

    private Optional<SandboxUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"eQMS sandbox\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"authentication-failed\",\"message\":\"The user name or password is"
                + " wrong.\",\"hint\":\"Check the credentials (the demo users' passwords are in the sandbox home's "
                + DemoUsers.PASSWORDS_FILE + ") and try again.\"}");
    }

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
