package org.eqms.sandbox;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the products' page decorator (Sitemesh) does for the apps' servlets: an HTML page that asks for a decorator
 * ({@code <meta name="decorator" content="…">}) is shown inside the product's frame — here the sandbox's AUI frame
 * and header ({@link SandboxPage#decorate}) — with the app's head elements and body unchanged. Anything else (JSON,
 * files, a page without the meta element) passes through untouched.
 */
public final class PageDecorator implements Filter {
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final UserManager users;

    public PageDecorator(UserManager users) {
        this.users = users;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        Capture capture = new Capture(response);
        chain.doFilter(req, capture);
        byte[] written = capture.bytes();
        String type = capture.getContentType();
        String html = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")
                ? new String(written, StandardCharsets.UTF_8) : null;
        if (html == null || !DECORATOR.matcher(html).find() || !HEAD.matcher(html).find()) {
            if (!response.isCommitted()) {
                response.setContentLength(written.length);
            }
            response.getOutputStream().write(written);
            return;
        }
        UserProfile user = users.getRemoteUser((HttpServletRequest) req);
        String page = SandboxPage.decorate(unescapedTitle(html), group(HEAD, html).replaceFirst(
                "(?is)<title>.*?</title>", ""), group(BODY, html), user == null ? null : user.getFullName());
        byte[] decorated = page.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(decorated.length);
        response.getOutputStream().write(decorated);
    }

    @Override
    public void destroy() {
        // nothing held
    }

    /** The app's title as text (it escaped it for HTML; the frame escapes it again). */
    private static String unescapedTitle(String html) {
        return group(TITLE, html).trim().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String group(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Keeps what the servlet writes (through its writer or its stream) until the filter has looked at it. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the sandbox's servlets write blocking");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int length) {
            // the filter sets the length of what it finally writes
        }

        @Override
        public void setContentLengthLong(long length) {
            // likewise
        }

        @Override
        public void flushBuffer() {
            // nothing reaches the client before the filter has decided
        }
    }
}
