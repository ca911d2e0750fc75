package org.eqms.audit.canonical;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 JSON Canonicalization Scheme: the one byte form every hash and seal in the audit trail is
 * computed over. Members sorted by UTF-16 code units, no whitespace, ECMAScript number and string
 * serialization, UTF-8 output.
 *
 * <p>The canonicalizer used (erdtman) accepts only a top-level object; any other top-level value is
 * canonicalized as the sole member of a wrapper object, whose fixed prefix and suffix are then
 * removed.
 */
public final class Jcs {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String WRAP_NAME = "v";
    private static final String WRAP_PREFIX = "{\"" + WRAP_NAME + "\":";

    private Jcs() {
    }

    /** The RFC 8785 UTF-8 bytes of a Jackson tree. */
    public static byte[] canonicalize(JsonNode node) {
        return canonicalString(node).getBytes(StandardCharsets.UTF_8);
    }

    /** The RFC 8785 UTF-8 bytes of a JSON text. */
    public static byte[] canonicalize(String json) {
        Objects.requireNonNull(json, "json");
        String canonical = startsWithObject(json) ? canonicalObject(json) : canonicalString(parse(json));
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    /** The RFC 8785 form of a Jackson tree as a Java string. */
    public static String canonicalString(JsonNode node) {
        Objects.requireNonNull(node, "node");
        if (node.isObject()) {
            return canonicalObject(toJson(node));
        }
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.set(WRAP_NAME, node);
        String wrapped = canonicalObject(toJson(wrapper));
        return wrapped.substring(WRAP_PREFIX.length(), wrapped.length() - 1);
    }

    private static String canonicalObject(String json) {
        try {
            return requireWellFormedUnicode(new JsonCanonicalizer(json).getEncodedString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "Not canonicalizable as RFC 8785 JSON: " + e.getMessage(), e);
        }
    }

    /** RFC 8785 §3.1: strings must be valid Unicode; a lone surrogate has no UTF-8 form. */
    private static String requireWellFormedUnicode(String canonical) {
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < canonical.length()
                    && Character.isLowSurrogate(canonical.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        "Not canonicalizable as RFC 8785 JSON: lone surrogate U+"
                                + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return canonical;
    }

    private static boolean startsWithObject(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == '{';
            }
        }
        return false;
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = STRICT.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("Not canonicalizable as RFC 8785 JSON: empty input");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not canonicalizable as RFC 8785 JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String toJson(JsonNode node) {
        try {
            return PLAIN.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize JSON tree: " + e.getMessage(), e);
        }
    }
}
