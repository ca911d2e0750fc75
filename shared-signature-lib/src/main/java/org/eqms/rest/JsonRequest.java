package org.eqms.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON request body read strictly: an object with only the fields the endpoint knows, each of the right type, and
 * no text longer than a person writes ({@link #MAX_TEXT_LENGTH}; {@link #longText} for a page's whole body).
 */
public final class JsonRequest {
    /** The longest text field: far beyond any name, reason or description, short of a body that floods the store. */
    public static final int MAX_TEXT_LENGTH = 64 * 1024;
    /** The longest whole-document text field (a page's storage-format body). */
    public static final int MAX_LONG_TEXT_LENGTH = 1024 * 1024;

    private final JsonNode body;

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    /** Parses {@code text}; an empty body is an empty object. */
    public static JsonRequest parse(String text, Set<String> allowed) {
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? JsonResponses.object() : JsonResponses.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw RestRefusal.badRequest("The request body is not valid JSON: " + e.getOriginalMessage(),
                    "Send a JSON object with Content-Type application/json.");
        }
        if (body == null || !body.isObject()) {
            throw RestRefusal.badRequest("The request body is not a JSON object.", "Send a JSON object.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw RestRefusal.badRequest("Unknown field \"" + name + "\".",
                        "This endpoint takes only: " + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
        }
        return new JsonRequest(body);
    }

    public JsonNode node() {
        return body;
    }

    /** A string field of at most {@link #MAX_TEXT_LENGTH} characters, or null when absent or JSON null. */
    public String text(String field) {
        return text(field, MAX_TEXT_LENGTH);
    }

    /** A string field of at most {@link #MAX_LONG_TEXT_LENGTH} characters (a whole document), or null. */
    public String longText(String field) {
        return text(field, MAX_LONG_TEXT_LENGTH);
    }

    private String text(String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw RestRefusal.badRequest("\"" + field + "\" is not a string.", "Send \"" + field + "\" as a JSON string.");
        }
        String text = value.asText();
        if (text.length() > maxLength) {
            throw RestRefusal.badRequest("\"" + field + "\" is " + text.length() + " characters long; it takes at most "
                    + maxLength + ".", "Shorten \"" + field + "\".");
        }
        return text;
    }

    public String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw RestRefusal.badRequest("\"" + field + "\" is missing.", "Send \"" + field + "\".");
        }
        return value;
    }

    /** A true/false field; {@code hint} tells the user what the answer means. */
    public boolean requiredBoolean(String field, String hint) {
        JsonNode value = body.get(field);
        if (value == null || !value.isBoolean()) {
            throw RestRefusal.badRequest("\"" + field + "\" is missing or not true/false.", hint);
        }
        return value.asBoolean();
    }

    /** A string field naming a constant of {@code type} (case-insensitive); {@code what} names it in the error. */
    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type, String what) {
        return enumValue(type, requiredText(field), what);
    }

    /** Reads a constant of {@code type} from any request text (a JSON field or a query parameter). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RestRefusal.badRequest("\"" + value + "\" is not a valid " + what + ".",
                    "Use one of " + EnumSet.allOf(type) + ".");
        }
    }

    public long requiredLong(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw RestRefusal.badRequest("\"" + field + "\" is missing or not a whole number.",
                    "Send \"" + field + "\" as a JSON number.");
        }
        return value.asLong();
    }
}
