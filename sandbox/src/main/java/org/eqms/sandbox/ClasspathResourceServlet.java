package org.eqms.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * An app's static web resources (scripts, styles) from its jar, as the products' plugin framework serves a
 * web-resource module: the file named by the path after the servlet's mapping, under {@code folder} on the class
 * path. Only plain file names of known types are served, directly in the folder or in one lower-case subfolder
 * (AUI's {@code fonts/} and {@code images/}, which its style sheet loads relative to itself); anything else is 404.
 */
public final class ClasspathResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(".js", "application/javascript;charset=UTF-8",
            ".css", "text/css;charset=UTF-8", ".svg", "image/svg+xml", ".png", "image/png", ".woff", "font/woff",
            ".ttf", "font/ttf", ".eot", "application/vnd.ms-fontobject");

    private final String folder;

    /** @param folder the class-path folder, e.g. {@code eqms-risk/web/} */
    public ClasspathResourceServlet(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String type = type(name);
        if (type == null || !name.matches("([a-z]+/)?[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot));
    }
}
