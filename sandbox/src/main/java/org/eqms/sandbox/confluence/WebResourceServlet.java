package org.eqms.sandbox.confluence;

import org.eqms.confluence.web.WebResources;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the app's static files ({@code eqms/web/*.js}, {@code *.css}) from its jar at the URL Confluence's plugin
 * framework gives them ({@link WebResources#CONFLUENCE}), so the app's pages load their scripts unchanged. Only plain
 * file names of those two kinds are served; anything else is 404.
 */
public final class WebResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The Jetty path spec this servlet is mounted at. */
    public static final String PATH = "/download/resources/" + WebResources.MODULE + "/*";
    private static final String FOLDER = "eqms/web/";
    private static final Pattern FILE = Pattern.compile("/([a-z0-9][a-z0-9-]*)\\.(js|css)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher file = path == null ? null : FILE.matcher(path);
        if (file == null || !file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = WebResourceServlet.class.getClassLoader()
                .getResourceAsStream(FOLDER + file.group(1) + "." + file.group(2))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(TYPES.get(file.group(2)));
            in.transferTo(response.getOutputStream());
        }
    }
}
