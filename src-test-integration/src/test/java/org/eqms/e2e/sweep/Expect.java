package org.eqms.e2e.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Rest;

import java.util.Optional;

/**
 * What a bad request must get back. Every refusal is a 4xx in the apps' error format (DESIGN §7): Content-Type JSON
 * and an object with a non-blank {@code message}. Never a 5xx.
 */
enum Expect {
    /** No credentials: 401. */
    UNAUTHENTICATED(401),
    /** A form content type without {@code X-Atlassian-Token: no-check}: 403. */
    XSRF_REFUSED(403),
    /** Bad input, an unknown id, another user's object: any 4xx. */
    REFUSED(0),
    /** A read with odd query values may answer or refuse, but a refusal is a JSON 4xx and nothing is a 5xx. */
    ANSWERED_OR_REFUSED(0);

    private final int status;

    Expect(int status) {
        this.status = status;
    }

    /** Why {@code reply} falls short, or empty when it is what was expected. */
    Optional<String> gapIn(Rest.Reply reply) {
        int got = reply.status();
        if (got >= 500) {
            return Optional.of("a server error");
        }
        if (this == ANSWERED_OR_REFUSED && got < 400) {
            return Optional.empty();
        }
        if (got < 400) {
            return Optional.of("accepted (expected a 4xx refusal)");
        }
        if (got >= 500 || (status != 0 && got != status)) {
            return Optional.of("expected " + status);
        }
        return jsonErrorGap(reply);
    }

    private static Optional<String> jsonErrorGap(Rest.Reply reply) {
        if (!reply.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return Optional.of("an error that is not JSON");
        }
        JsonNode body;
        try {
            body = Rest.JSON.readTree(reply.bytes());
        } catch (java.io.IOException e) {
            return Optional.of("an error body that does not parse as JSON");
        }
        JsonNode message = body == null ? null : body.get("message");
        if (message == null || !message.isTextual() || message.asText().isBlank()) {
            return Optional.of("a JSON error without a message");
        }
        return Optional.empty();
    }
}
