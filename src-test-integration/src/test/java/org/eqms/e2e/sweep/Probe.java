package org.eqms.e2e.sweep;

import org.eqms.e2e.support.Rest;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * One bad request of the sweep: who sends it (null: nobody signed in), to which endpoint and path, what kind of bad
 * input it carries (for the report), its body and content type (none for a GET), and what it must get back.
 */
record Probe(Endpoint endpoint, String user, String path, String kind, String contentType, byte[] body, Expect expect) {

    static Probe read(Endpoint endpoint, String user, String path, String kind, Expect expect) {
        return new Probe(endpoint, user, path, kind, null, null, expect);
    }

    static Probe write(Endpoint endpoint, String user, String path, String kind, String contentType, String body,
                       Expect expect) {
        return new Probe(endpoint, user, path, kind, contentType, body.getBytes(StandardCharsets.UTF_8), expect);
    }

    HttpRequest.Builder request(Rest rest) {
        HttpRequest.Builder request = rest.request(path);
        if (body == null) {
            return request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", contentType)
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
    }

    String describe() {
        return endpoint.method() + " " + path + " [" + kind + (contentType == null ? "" : ", " + contentType)
                + (body == null ? "" : ", " + body.length + " bytes") + "] as " + (user == null ? "nobody" : user);
    }
}
