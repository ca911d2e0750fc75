package org.eqms.e2e.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.Rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real ids of the demo data for the sweep's path parameters, keyed by the collection a parameter follows in a path
 * template ({@code hazards} in {@code /hazards/{id}}), read through the apps' own REST reads: project INF, space QMS,
 * a hazard, hazardous situation, risk and its risk control, the effective work instruction with its revision A and
 * page, bob's signing lockout and the administrators' alert about it. Collections with nothing in the demo data
 * (baselines) get {@link #UNKNOWN_NUMBER}.
 */
final class DemoIds {
    static final String UNKNOWN_NUMBER = "987654321";
    static final String UNKNOWN_TEXT = "no-such-id";
    static final String UNKNOWN_CONTAINER = "NOPE";
    private static final String JIRA = "/rest/eqms-risk/1.0/projects/INF";
    private static final String CONFLUENCE = "/rest/eqms/1.0";

    private final Map<String, String> byCollection;

    private DemoIds(Map<String, String> byCollection) {
        this.byCollection = Map.copyOf(byCollection);
    }

    /**
     * Locks bob out of signing in the Confluence app first (five wrong passwords on the work instruction in review),
     * so that a lockout and an administrators' alert exist: the ids other users must not act on.
     */
    static DemoIds of(E2eSandbox sandbox) {
        Rest admin = Rest.session(sandbox, "admin");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("projects", "INF");
        ids.put("spaces", "QMS");
        JsonNode hazard = admin.get(JIRA + "/analysis/hazards").expect(200).json().path("hazards").path(0);
        ids.put("hazards", hazard.path("id").asText());
        ids.put("situations", hazard.path("situations").path(0).path("id").asText());
        String risk = admin.get(JIRA + "/risks/register").expect(200).json().path("rows").path(0).path("riskId").asText();
        ids.put("risks", risk);
        ids.put("controls", firstId(admin.get(JIRA + "/analysis/risks/" + risk).expect(200).json().findValue("controls")));
        String page = admin.get("/rest/sandbox/1.0/spaces/QMS/pages").expect(200).json().path("pages").path(0).path("id").asText();
        ids.put("page", page);
        ids.put("pages", page);
        ids.put("versions", "1");
        JsonNode document = admin.get(CONFLUENCE + "/documents/page/" + page).expect(200).json();
        ids.put("documents", document.path("documentId").asText());
        ids.put("revisions", document.path("revision").asText());
        ids.put("lockouts", lockOutBob(sandbox));
        ids.put("notifications", admin.get(CONFLUENCE + "/me/notifications").expect(200).json()
                .path("notifications").path(0).path("id").asText());
        ids.values().forEach(value -> {
            if (value.isBlank()) {
                throw new IllegalStateException("a demo id was not found: " + ids);
            }
        });
        return new DemoIds(ids);
    }

    /** The real id for {@code param} of {@code endpoint}, or {@link #UNKNOWN_NUMBER} when the demo has none. */
    String real(Endpoint endpoint, String param) {
        return byCollection.getOrDefault(endpoint.collectionOf(param), UNKNOWN_NUMBER);
    }

    static boolean container(Endpoint endpoint, String param) {
        String collection = endpoint.collectionOf(param);
        return collection.equals("projects") || collection.equals("spaces");
    }

    @Override
    public String toString() {
        return byCollection.toString();
    }

    private static String firstId(JsonNode controls) {
        if (controls == null || !controls.isArray() || controls.isEmpty()) {
            return "";
        }
        JsonNode first = controls.get(0);
        return first.has("id") ? first.get("id").asText() : first.path("controlId").asText();
    }

    private static String lockOutBob(E2eSandbox sandbox) {
        Rest admin = Rest.session(sandbox, "admin");
        Rest bob = Rest.session(sandbox, "bob");
        String inReview = null;
        for (JsonNode page : admin.get("/rest/sandbox/1.0/spaces/QMS/pages").expect(200).json().path("pages")) {
            JsonNode document = admin.get(CONFLUENCE + "/documents/page/" + page.path("id").asText()).json();
            if ("IN_REVIEW".equals(document.path("state").asText())) {
                inReview = document.path("documentId").asText();
                break;
            }
        }
        if (inReview == null) {
            throw new IllegalStateException("the demo data has no document in review");
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String challenge = bob.post(CONFLUENCE + "/documents/" + inReview + "/challenge", "{}").expect(200).json()
                    .path("challengeId").asText();
            Rest.Reply refused = bob.post(CONFLUENCE + "/documents/" + inReview + "/sign", Rest.object("challengeId",
                    challenge, "meaning", "Approved", "userId", "bob", "password", "not-bobs-password"));
            if (refused.status() < 400 || refused.status() >= 500) {
                throw new IllegalStateException("a wrong password was answered " + refused);
            }
        }
        JsonNode lockouts = admin.get(CONFLUENCE + "/admin/lockouts").expect(200).json().path("lockouts");
        if (lockouts.isEmpty()) {
            throw new IllegalStateException("five wrong passwords did not lock bob out: " + lockouts + "; the last refusal: "
                    + bob.post(CONFLUENCE + "/documents/" + inReview + "/challenge", "{}"));
        }
        JsonNode first = lockouts.get(0);
        return first.has("userKey") ? first.get("userKey").asText() : "u-bob";
    }
}
