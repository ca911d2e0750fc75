package org.eqms.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.ws.rs.core.Response;

/**
 * JSON responses written as text, so the same resources run under Atlassian REST v1 (Jersey 1) and the sandbox's
 * Jersey 2 without depending on either's JSON providers. Errors follow DESIGN §7: {@code {"error","message","hint"}}.
 */
public final class JsonResponses {
    static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String JSON = "application/json;charset=UTF-8";

    private JsonResponses() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A time as the APIs write it: RFC 3339 UTC with milliseconds; null stays null. */
    public static String time(java.time.Instant instant) {
        return instant == null ? null : org.eqms.audit.canonical.Rfc3339.format(instant);
    }

    public static Response ok(JsonNode body) {
        return Response.ok(body.toString(), JSON).build();
    }

    public static Response created(JsonNode body) {
        return Response.status(201).entity(body.toString()).type(JSON).build();
    }

    public static Response error(int status, String code, String message, String hint) {
        ObjectNode body = object();
        body.put("error", code);
        body.put("message", message);
        body.put("hint", hint);
        return Response.status(status).entity(body.toString()).type(JSON).header("Cache-Control", "no-store").build();
    }
}
