package org.eqms.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * REST against the sandbox as one user, the way a script or the apps' own pages call it: HTTP Basic on every request
 * ({@link #as}), or a login session through the {@code /login} form ({@link #session}); JSON bodies as Jackson
 * trees or strings. Redirects are not followed, so a refusal is seen as what it is.
 */
public final class Rest {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;
    private final String authorization;
    private final HttpClient client;

    private Rest(String origin, String authorization) {
        this.origin = origin;
        this.authorization = authorization;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Requests signed in with HTTP Basic as {@code user} with {@code password}. */
    public static Rest as(E2eSandbox sandbox, String user, String password) {
        return new Rest(sandbox.origin(), "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Requests signed in with HTTP Basic as the demo user {@code user}. */
    public static Rest as(E2eSandbox sandbox, String user) {
        return as(sandbox, user, sandbox.password(user));
    }

    /** Requests without credentials. */
    public static Rest anonymous(E2eSandbox sandbox) {
        return new Rest(sandbox.origin(), null);
    }

    /** A session made by posting the login form as a browser does; fails unless the login is accepted. */
    public static Rest session(E2eSandbox sandbox, String user) {
        Rest rest = anonymous(sandbox);
        Reply login = rest.send(HttpRequest.newBuilder(URI.create(sandbox.origin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + form(user) + "&password="
                        + form(sandbox.password(user)))));
        if (login.status() != 302) {
            throw new IllegalStateException("login as " + user + " was refused: " + login);
        }
        return rest;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, JsonNode json) {
        return put(path, json.toString());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any request, built by the caller on this client's credentials (e.g. a form post with the XSRF header). */
    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.request().method() + " " + response.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} on the sandbox with this client's credentials. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** A JSON object from alternating names and values (strings, numbers, booleans, trees or null). */
    public static com.fasterxml.jackson.databind.node.ObjectNode object(Object... namesAndValues) {
        com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return node;
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response: what was asked, status, content type and body. */
    public record Reply(String request, int status, String contentType, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + this, e);
            }
        }

        /** Fails with the whole reply unless the status is {@code expected}; returns the reply. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " from " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            String text = contentType.startsWith("application/pdf") ? "(" + bytes.length + " bytes of PDF)" : body();
            return request + " -> " + status + " " + contentType + " " + (text.length() > 2000
                    ? text.substring(0, 2000) + "…" : text);
        }
    }
}
