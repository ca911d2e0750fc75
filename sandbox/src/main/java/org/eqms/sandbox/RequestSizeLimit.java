package org.eqms.sandbox;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A ceiling on REST request bodies, as a product's proxy or servlet container would set one: a body declared larger
 * than {@link #MAX_BYTES} is refused with 413 before anything reads it, and a body of unknown length (chunked) is
 * refused with 411, so no endpoint ever buffers an unbounded body. The ceiling is far above any real import (a
 * CycloneDX SBOM or ReqIF file of a large project is a few megabytes).
 */
public final class RequestSizeLimit implements Filter {
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > MAX_BYTES) {
            refuse((HttpServletResponse) res, 413, "request_too_large", "The request body is " + length
                    + " bytes; the most this server takes is " + MAX_BYTES + " bytes.",
                    "Send a smaller body (split a large import into parts).");
            return;
        }
        if (chunked) {
            refuse((HttpServletResponse) res, 411, "length_required", "The request body has no declared length.",
                    "Send the body with a Content-Length header.");
            return;
        }
        chain.doFilter(req, res);
    }

    @Override
    public void destroy() {
        // nothing held
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message, String hint)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\",\"hint\":\"" + hint
                + "\"}");
    }
}
