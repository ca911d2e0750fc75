package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Rest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One simulated user's browser-like session against a sandbox origin: logged in once through the {@code /login} form
 * (a session cookie; Basic would hash PBKDF2 on every request), then timed requests, each recorded in {@link LoadStats}
 * under an operation kind with the statuses its API documents as a normal answer. A 5xx, a transport error or an
 * undocumented status is a failure.
 */
final class SessionClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String origin;
    private final Supplier<LoadStats> stats;
    private final HttpClient client;

    SessionClient(String origin, LoadStats stats) {
        this(origin, () -> stats);
    }

    SessionClient(String origin, Supplier<LoadStats> stats) {
        this.origin = origin;
        this.stats = stats;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Posts the login form; a session is a 302 to the start page. */
    Answer login(String user, String password) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send("login", HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), Set.of(302));
    }

    Answer get(String kind, String path, Set<Integer> expected) {
        return send(kind, HttpRequest.newBuilder(uri(path)).GET(), expected);
    }

    Answer post(String kind, String path, JsonNode body, Set<Integer> expected) {
        return send(kind, json(path, body).POST(HttpRequest.BodyPublishers.ofString(body.toString(),
                StandardCharsets.UTF_8)), expected);
    }

    Answer put(String kind, String path, JsonNode body, Set<Integer> expected) {
        return send(kind, json(path, body).PUT(HttpRequest.BodyPublishers.ofString(body.toString(),
                StandardCharsets.UTF_8)), expected);
    }

    private HttpRequest.Builder json(String path, JsonNode body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return URI.create(origin + path);
    }

    private Answer send(String kind, HttpRequest.Builder request, Set<Integer> expected) {
        HttpRequest built = request.timeout(TIMEOUT).build();
        String what = built.method() + " " + built.uri().getRawPath();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            Answer answer = new Answer(what, response.statusCode(), response.body(), null);
            stats.get().record(kind, nanos, answer, expected.contains(response.statusCode()));
            return answer;
        } catch (IOException e) {
            Answer answer = new Answer(what, 0, new byte[0], e.toString());
            stats.get().record(kind, System.nanoTime() - start, answer, false);
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(what, 0, new byte[0], "interrupted");
        }
    }

    /** A response (status 0 with the transport error when there was none). */
    record Answer(String request, int status, byte[] bytes, String transportError) {
        boolean is(int expected) {
            return status == expected;
        }

        Answer expectStatus(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " from " + this);
            }
            return this;
        }

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Rest.JSON.readTree(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            String text = transportError != null ? transportError : body();
            return request + " -> " + status + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
        }
    }
}
