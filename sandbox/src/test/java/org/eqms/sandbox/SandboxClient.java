package org.eqms.sandbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP against a running sandbox: Basic auth per request, or a browser-like session (cookies kept, no redirects). */
public final class SandboxClient {
    private final String origin;
    private final HttpClient client;

    public SandboxClient(Sandbox sandbox) {
        origin = "http://127.0.0.1:" + sandbox.port();
        client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(basic(HttpRequest.newBuilder(URI.create(origin + path)).GET(), user, password).build());
    }

    public HttpResponse<String> put(String path, String user, String password, String json) {
        return send(basic(HttpRequest.newBuilder(URI.create(origin + path)), user, password)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> post(String path, String user, String password, String json) {
        return send(basic(HttpRequest.newBuilder(URI.create(origin + path)), user, password)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        return send(basic(HttpRequest.newBuilder(URI.create(origin + path)).DELETE(), user, password).build());
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** With this client's session cookie, if any. */
    public HttpResponse<String> get(String path) {
        return get(path, null, null);
    }

    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
