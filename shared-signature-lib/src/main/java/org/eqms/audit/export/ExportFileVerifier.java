package org.eqms.audit.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.audit.LedgerVerifier;
import org.eqms.audit.VerificationFailure;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.keys.LedgerPublicKey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies an {@code eqms-audit-export/1} file with nothing but the file: the keys come from its header,
 * every line must be the JCS form of its object, and the chain, checkpoints and seals are checked as
 * {@link LedgerVerifier} does. Reads line by line, so files of any length verify in constant memory.
 */
public final class ExportFileVerifier {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private ExportFileVerifier() {
    }

    public static VerificationResult verify(InputStream in) throws IOException {
        return verify(in, ExportProgress.SILENT, false);
    }

    /**
     * @param allowUnsignedHeader accept a header without {@code sig} (an export by another implementation of the
     *                            format); our exports always sign it, and then the announced counts are checked
     */
    public static VerificationResult verify(InputStream in, ExportProgress progress, boolean allowUnsignedHeader)
            throws IOException {
        StrictLineReader reader = new StrictLineReader(in instanceof java.io.BufferedInputStream ? in
                : new java.io.BufferedInputStream(in, 1 << 16));
        LedgerVerifier verifier = null;
        boolean inSignatures = false;
        long lineNo = 0;
        String line;
        try {
            while ((line = reader.readLine()) != null) {
                lineNo++;
                JsonNode node = parse(line);
                String problem = reader.lastLineUnterminated() ? "line " + lineNo + " does not end with LF: the file was cut short"
                        : node == null ? "line " + lineNo + " is not a JSON object"
                        : !line.equals(Jcs.canonicalString(node)) ? "line " + lineNo + " is not in JCS (RFC 8785) form"
                        : null;
                String kind = node == null ? null : node.path("kind").asText(null);
                if (verifier == null) {
                    if (problem == null && "header".equals(kind)) {
                        List<LedgerPublicKey> keys = new ArrayList<>();
                        problem = readHeader(node, keys);
                        verifier = new LedgerVerifier(keys, true);
                    } else {
                        problem = problem != null ? problem : "the first line must be the header";
                    }
                    if (problem != null) {
                        return VerificationResult.invalid(0, 0, 0, null, VerificationFailure.MALFORMED, problem);
                    }
                    String headerProblem = HeaderSeal.check(node, verifier, allowUnsignedHeader);
                    if (headerProblem != null) {
                        return VerificationResult.invalid(0, 0, 0, null, VerificationFailure.BAD_HEADER_SIGNATURE,
                                headerProblem);
                    }
                    continue;
                }
                if (problem != null) {
                    verifier.malformed(problem);
                } else if ("entry".equals(kind) && !inSignatures) {
                    verifier.entry(node);
                    if (verifier.entriesSeen() % 10_000 == 0) {
                        progress.entries(verifier.entriesSeen(), -1);
                    }
                } else if ("checkpoint".equals(kind) && !inSignatures) {
                    verifier.checkpoint(node);
                } else if ("signature".equals(kind)) {
                    inSignatures = true;
                    verifier.signature(node);
                } else {
                    verifier.malformed("line " + lineNo + ": unexpected kind " + kind
                            + (inSignatures ? " after the signature lines" : ""));
                }
                if (verifier.failed()) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            return VerificationResult.invalid(0, 0, 0, null, VerificationFailure.MALFORMED,
                    "line " + (lineNo + 1) + " is not valid UTF-8");
        }
        if (verifier == null) {
            return VerificationResult.invalid(0, 0, 0, null, VerificationFailure.MALFORMED, "the file is empty");
        }
        return verifier.finish();
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String readHeader(JsonNode header, List<LedgerPublicKey> keys) {
        if (!ExportFormat.FORMAT.equals(header.path("format").asText(null))) {
            return "header format is not " + ExportFormat.FORMAT;
        }
        if (!header.path("ledger").isTextual() || !header.path("exportedAt").isTextual()
                || !header.path("keys").isArray()) {
            return "header needs ledger, exportedAt and keys";
        }
        try {
            Rfc3339.parse(header.get("exportedAt").textValue());
            for (JsonNode key : header.get("keys")) {
                if (!"Ed25519".equals(key.path("alg").asText(null)) || !key.path("kid").isTextual()) {
                    return "every header key needs a kid and alg Ed25519";
                }
                byte[] publicKey = Base64Url.decode(key.path("publicKey").asText(""));
                if (publicKey.length != 32) {
                    return "public key " + key.get("kid").textValue() + " is not 32 bytes";
                }
                JsonNode notAfter = key.path("notAfter");
                if (keys.stream().anyMatch(k -> k.kid().equals(key.get("kid").textValue()))) {
                    return "the header lists key " + key.get("kid").textValue() + " twice";
                }
                keys.add(new LedgerPublicKey(key.get("kid").textValue(), publicKey,
                        Rfc3339.parse(key.path("notBefore").asText("")),
                        notAfter.isNull() || notAfter.isMissingNode() ? null : Rfc3339.parse(notAfter.asText(""))));
            }
        } catch (IllegalArgumentException e) {
            return "header keys are malformed: " + e.getMessage();
        }
        return null;
    }
}
