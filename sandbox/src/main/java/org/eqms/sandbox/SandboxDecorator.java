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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Sitemesh is to the products: the apps' page servlets write a whole HTML page naming a decorator
 * ({@code <meta name="decorator">}) and the host frames it. Here every such page under {@value #PATH} gets the
 * sandbox's frame ({@link SandboxPage#decorated}) with the app's own title, head and body, and keeps its status.
 * Anything else (no decorator, not HTML, redirects, errors) passes through unchanged.
 */
public final class SandboxDecorator implements Filter {
    /** The Jetty path spec of the apps' page servlets. */
    public static final String PATH = "/plugins/servlet/*";
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"[^>]*>\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final UserManager users;

    public SandboxDecorator(UserManager users) {
        this.users = users;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] written = buffered.bytes();
        String type = buffered.getContentType();
        Optional<String> framed = type != null && type.startsWith("text/html")
                ? frame(new String(written, charset(buffered)), users.getRemoteUser(request)) : Optional.empty();
        if (framed.isPresent()) {
            byte[] html = framed.get().getBytes(StandardCharsets.UTF_8);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        } else if (written.length > 0) {
            response.setContentLength(written.length);
            response.getOutputStream().write(written);
        }
    }

    @Override
    public void destroy() {
        // nothing held
    }

    /** The page in the frame, or empty when it names no decorator or is not a whole page. */
    static Optional<String> frame(String html, UserProfile user) {
        Matcher head = HEAD.matcher(html);
        Matcher body = BODY.matcher(html);
        if (!DECORATOR.matcher(html).find() || !head.find() || !body.find()) {
            return Optional.empty();
        }
        String headHtml = head.group(1);
        Matcher title = TITLE.matcher(headHtml);
        String titleHtml = title.find() ? title.group(1).trim() : "";
        String rest = DECORATOR.matcher(TITLE.matcher(headHtml).replaceAll("")).replaceAll("");
        return Optional.of(SandboxPage.decorated(titleHtml, rest, body.group(1),
                user == null ? null : user.getFullName()));
    }

    private static Charset charset(HttpServletResponse response) {
        try {
            return Charset.forName(response.getCharacterEncoding());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Holds what the servlet writes; status, headers, redirects and errors go to the real response. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
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
                        throw new UnsupportedOperationException("blocking output only");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset(this)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the length is set for what is finally written
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length is set for what is finally written
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the page is framed
        }
    }
}
