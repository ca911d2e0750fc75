package org.eqms.rest.signing;

import org.eqms.rest.JsonRequest;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.signature.SigningPolicy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The JSON form of the signing policy on the global administration page (durations in whole minutes). */
final class SigningPolicyJson {
    static final Set<String> FIELDS = Set.of("meanings", "alwaysBothComponents", "lockoutThreshold",
            "lockoutWindowMinutes", "challengeTtlMinutes", "sessionContinuityMinutes", "maxReasonLength", "reason");

    private SigningPolicyJson() {
    }

    static ObjectNode toJson(SigningPolicy policy) {
        ObjectNode json = JsonResponses.object();
        ArrayNode meanings = json.putArray("meanings");
        policy.meanings().forEach(meanings::add);
        json.put("alwaysBothComponents", policy.alwaysBothComponents());
        json.put("lockoutThreshold", policy.lockoutThreshold());
        json.put("lockoutWindowMinutes", policy.lockoutWindow().toMinutes());
        json.put("challengeTtlMinutes", policy.challengeTtl().toMinutes());
        json.put("sessionContinuityMinutes", policy.sessionContinuity().toMinutes());
        json.put("maxReasonLength", policy.maxReasonLength());
        return json;
    }

    /** Reads a complete policy; every field is required so a save never resets a value by omission. */
    static SigningPolicy fromJson(JsonRequest request) {
        JsonNode body = request.node();
        JsonNode meaningsNode = body.get("meanings");
        if (meaningsNode == null || !meaningsNode.isArray()) {
            throw RestRefusal.badRequest("\"meanings\" is missing or not a list.", "Send the signature meanings as a JSON array of strings.");
        }
        List<String> meanings = new ArrayList<>();
        for (JsonNode meaning : meaningsNode) {
            if (!meaning.isTextual() || meaning.asText().isBlank()) {
                throw RestRefusal.badRequest("A signature meaning is empty or not a string.", "Give each meaning as text, e.g. Approved.");
            }
            meanings.add(meaning.asText().trim());
        }
        if (meanings.isEmpty()) {
            throw RestRefusal.badRequest("No signature meaning is given.", "Keep at least one meaning, e.g. Approved.");
        }
        return new SigningPolicy(meanings, request.requiredBoolean("alwaysBothComponents", "Send true or false."), positive(request, "lockoutThreshold"),
                Duration.ofMinutes(positive(request, "lockoutWindowMinutes")),
                Duration.ofMinutes(positive(request, "challengeTtlMinutes")),
                Duration.ofMinutes(positive(request, "sessionContinuityMinutes")), positive(request, "maxReasonLength"));
    }

    private static int positive(JsonRequest request, String field) {
        long value = request.requiredLong(field);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw RestRefusal.badRequest("\"" + field + "\" is " + value + "; it must be a whole number of at least 1.",
                    "Correct \"" + field + "\".");
        }
        return (int) value;
    }
}
