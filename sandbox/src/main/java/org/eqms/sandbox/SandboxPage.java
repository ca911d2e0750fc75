package org.eqms.sandbox;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The frame of every sandbox page: an AUI page (bundled AUI, {@value #AUI}) with the sandbox's header
 * ({@link SandboxHeader}), the page title as {@code h1#title-text} and the content. Everything user-provided is
 * escaped by the callers with {@link #escape}; the frame escapes what it is given as text (title, user name, URLs).
 */
public final class SandboxPage {
    /** Where the AUI files bundled from npm are served ({@code aui-prototyping.css/.js}, {@code jquery.min.js}). */
    public static final String AUI = "/sandbox/aui/";
    /** Where the sandbox's own scripts and styles are served. */
    public static final String STATIC = "/sandbox/static/";

    private SandboxPage() {
    }

    /** A whole page; {@code user} is the signed-in user's full name (header navigation and Log out) or null. */
    public static String render(String title, String bodyHtml, String user) {
        return render(title, bodyHtml, user, List.of(), List.of());
    }

    /**
     * A whole page that also loads {@code styles} and {@code scripts} (URLs, in order, after AUI's), e.g. an app's web
     * resources as the product would load them.
     */
    public static String render(String title, String bodyHtml, String user, List<String> styles, List<String> scripts) {
        StringBuilder html = new StringBuilder(4096 + bodyHtml.length());
        head(html, title, user);
        styles.forEach(url -> stylesheet(html, url));
        scripts.forEach(url -> script(html, url));
        html.append("</head><body class=\"aui-layout aui-theme-default\"><div id=\"page\">")
                .append(SandboxHeader.html(user))
                .append("<section id=\"content\" role=\"main\"><header class=\"aui-page-header\">")
                .append("<div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">")
                .append("<h1 id=\"title-text\">").append(escape(title)).append("</h1></div></div></header>")
                .append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">").append(bodyHtml)
                .append("</section></div></div></section></div></body></html>");
        return html.toString();
    }

    /**
     * An app's own page (head and body as its servlet wrote them, with {@code <meta name="decorator">}) in the frame,
     * as the product's page decorator shows it: AUI and the header first, then the app's head elements and its body
     * unchanged. The app wrote and escaped both; {@code title} is its title text, shown in the browser's tab.
     */
    public static String decorate(String title, String appHeadHtml, String appBodyHtml, String user) {
        StringBuilder html = new StringBuilder(4096 + appHeadHtml.length() + appBodyHtml.length());
        head(html, title, user);
        html.append(appHeadHtml).append("</head><body class=\"aui-layout aui-theme-default\"><div id=\"page\">")
                .append(SandboxHeader.html(user)).append("<section id=\"content\" role=\"main\">")
                .append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">").append(appBodyHtml)
                .append("</section></div></div></section></div></body></html>");
        return html.toString();
    }

    /** The document start and the head's common part: title, AUI, the sandbox's own style and the header's script. */
    private static void head(StringBuilder html, String title, String user) {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"ajs-context-path\" content=\"\"><title>").append(escape(title))
                .append(" - eQMS sandbox</title>");
        stylesheet(html, AUI + "aui-prototyping.css");
        stylesheet(html, STATIC + "sandbox.css");
        script(html, AUI + "jquery.min.js");
        script(html, AUI + "aui-prototyping.js");
        if (user != null) {
            script(html, STATIC + "sandbox-frame.js");
        }
    }

    /** Writes a framed page with the status (e.g. a 403 or 404 page: {@code bodyHtml} says why). */
    public static void send(HttpServletResponse response, int status, String title, String bodyHtml, String user,
                            List<String> styles, List<String> scripts) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(render(title, bodyHtml, user, styles, scripts));
    }

    /** A framed refusal page: the status, and what was wrong and what to do as an AUI error message. */
    public static void refuse(HttpServletResponse response, int status, String title, String message, String hint,
                              String user) throws IOException {
        send(response, status, title, error(message, hint), user, List.of(), List.of());
    }

    /** An AUI error message with a hint line, escaped. */
    public static String error(String message, String hint) {
        return "<div class=\"aui-message aui-message-error\" role=\"alert\"><p class=\"title\"><strong>"
                + escape(message) + "</strong></p>" + (hint == null ? "" : "<p>" + escape(hint) + "</p>") + "</div>";
    }

    private static void stylesheet(StringBuilder html, String url) {
        html.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"").append(escape(url)).append("\">");
    }

    private static void script(StringBuilder html, String url) {
        html.append("<script src=\"").append(escape(url)).append("\"></script>");
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
