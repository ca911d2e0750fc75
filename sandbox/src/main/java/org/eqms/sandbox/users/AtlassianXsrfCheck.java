package org.eqms.sandbox.users;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The XSRF rule of Atlassian REST, in front of the apps' resources as in the products: a POST, PUT, PATCH or DELETE
 * with a content type an HTML form can send cross-site (form, multipart, text/plain) needs the header
 * {@code X-Atlassian-Token: no-check}; otherwise 403 {@code xsrf_check_failed}. The apps' own checks still apply.
 */
public final class AtlassianXsrfCheck implements Filter {
    static final String HEADER = "X-Atlassian-Token";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (MUTATING.contains(request.getMethod()) && formType(request.getContentType()) && !noCheck(request)) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"xsrf_check_failed\",\"message\":\"A " + request.getMethod()
                    + " with a form content type needs the " + HEADER + " header.\",\"hint\":\"Send JSON, or the header \\\""
                    + HEADER + ": no-check\\\".\"}");
            return;
        }
        chain.doFilter(req, res);
    }

    @Override
    public void destroy() {
        // nothing held
    }

    private static boolean formType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    private static boolean noCheck(HttpServletRequest request) {
        String token = request.getHeader(HEADER);
        return "no-check".equalsIgnoreCase(token) || "nocheck".equalsIgnoreCase(token);
    }
}
