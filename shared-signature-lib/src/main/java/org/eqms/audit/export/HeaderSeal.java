package org.eqms.audit.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.audit.AuditJson;
import org.eqms.audit.LedgerVerifier;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.keys.Ed25519;

import java.time.Instant;

/**
 * Checks the export header's seal: {@code sig} by key {@code kid} (one of the header's keys, valid at
 * {@code exportedAt}) over the JCS bytes of the header without {@code sig}; then the verifier expects the
 * announced {@code entries} and {@code signatures}.
 */
final class HeaderSeal {
    private HeaderSeal() {
    }

    private static boolean safeInteger(JsonNode node, long min) {
        return node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= min
                && node.longValue() <= org.eqms.audit.IntegersOnly.MAX_SAFE;
    }

    /** Null when the header is sealed correctly (or unsigned and that is allowed); otherwise the problem. */
    static String check(JsonNode header, LedgerVerifier verifier, boolean allowUnsigned) {
        if (!header.has("sig")) {
            return allowUnsigned ? null : "the header is not signed (use --allow-unsigned-header for exports by other tools)";
        }
        String kid = header.path("kid").asText(null);
        JsonNode entries = header.path("entries");
        JsonNode signatures = header.path("signatures");
        if (kid == null || !safeInteger(entries, 0) || !safeInteger(signatures, 0)) {
            return "a signed header needs kid, entries and signatures";
        }
        JsonNode key = null;
        for (JsonNode candidate : header.path("keys")) {
            if (kid.equals(candidate.path("kid").asText(null))) {
                key = candidate;
            }
        }
        if (key == null) {
            return "the header is signed with key " + kid + ", which it does not list";
        }
        try {
            Instant exportedAt = Rfc3339.parse(header.get("exportedAt").textValue());
            Instant notBefore = Rfc3339.parse(key.path("notBefore").asText(""));
            JsonNode notAfter = key.path("notAfter");
            if (exportedAt.isBefore(notBefore) || notAfter.isTextual() && exportedAt.isAfter(Rfc3339.parse(notAfter.textValue()))) {
                return "key " + kid + " was not valid at exportedAt";
            }
            byte[] publicKey = Base64Url.decode(key.path("publicKey").asText(""));
            if (!Ed25519.verify(publicKey, AuditJson.bytesToSeal(header), Base64Url.decode(header.path("sig").asText("")))) {
                return "the header's signature does not verify";
            }
        } catch (IllegalArgumentException e) {
            return "the header's signature does not verify: " + e.getMessage();
        }
        JsonNode checkpoints = header.path("checkpoints");
        JsonNode interval = header.path("checkpointInterval");
        if (!safeInteger(checkpoints, 0) || !safeInteger(interval, 1)) {
            return "a signed header needs checkpoints (>= 0) and checkpointInterval (>= 1) as whole numbers";
        }
        verifier.expectCounts(entries.longValue(), signatures.longValue(), checkpoints.longValue());
        verifier.requireCheckpointEvery(interval.longValue());
        return null;
    }
}
