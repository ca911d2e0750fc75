package org.eqms.e2e.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.e2e.support.Rest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bad bodies a write endpoint gets, by what it consumes: for JSON, malformed text, JSON that is not an object, an
 * unknown field, the endpoint's own fields each of a wrong type (an object, an integer beyond any long, an array of
 * objects), an oversized body, XML; for XML (ReqIF), malformed XML, JSON, an empty and an oversized body. For both,
 * the form content types a cross-site page can send, without the XSRF token (the only bad body of an endpoint that
 * reads none).
 */
final class BadBodies {
    static final String JSON = "application/json";
    static final String XML = "application/xml";
    /** Larger than any field the apps take: 2 MiB. */
    static final int OVERSIZED = 2 * 1024 * 1024;
    static final String UNKNOWN_FIELD = "eqmsSweepUnknownField";

    /** A body of the sweep: its kind for the report, content type, text and expectation. */
    record Body(String kind, String contentType, String text, Expect expect) {
    }

    private BadBodies() {
    }

    /** {@code fields}: the endpoint's own JSON fields when its refusal of an unknown one named them, else empty. */
    static List<Body> of(Endpoint endpoint, List<String> fields) {
        List<Body> bodies = new ArrayList<>();
        // an endpoint that reads no body (a DELETE) would act whatever it is sent: only the XSRF refusal is bad input
        if (endpoint.consumes() != null) {
            bodies.addAll(endpoint.consumesXml() ? xml() : json(fields));
        }
        bodies.add(new Body("form without XSRF token", "application/x-www-form-urlencoded", "a=b", Expect.XSRF_REFUSED));
        bodies.add(new Body("text/plain without XSRF token", "text/plain", "{}", Expect.XSRF_REFUSED));
        return bodies;
    }

    private static List<Body> xml() {
        return List.of(
                new Body("malformed XML", XML, "<REQ-IF xmlns=\"http://www.omg.org/spec/ReqIF/20110401/reqif.xsd\"><THE-HEADER>", Expect.REFUSED),
                new Body("not XML at all", XML, "{\"not\":\"xml\"}", Expect.REFUSED),
                new Body("empty XML body", XML, "", Expect.REFUSED),
                new Body("JSON to an XML endpoint", JSON, "{}", Expect.REFUSED),
                new Body("oversized XML", XML, "<REQ-IF>" + "x".repeat(OVERSIZED) + "</REQ-IF>", Expect.REFUSED));
    }

    private static List<Body> json(List<String> fields) {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("malformed JSON", JSON, "{\"" + (fields.isEmpty() ? "a" : fields.get(0)) + "\": ", Expect.REFUSED));
        bodies.add(new Body("JSON array", JSON, "[{}]", Expect.REFUSED));
        bodies.add(new Body("JSON string", JSON, "\"text\"", Expect.REFUSED));
        bodies.add(new Body("JSON number", JSON, "42", Expect.REFUSED));
        bodies.add(new Body("JSON null", JSON, "null", Expect.REFUSED));
        bodies.add(new Body("unknown field", JSON, Rest.object(UNKNOWN_FIELD, true).toString(), Expect.REFUSED));
        if (!fields.isEmpty()) {
            bodies.add(new Body("every field an object", JSON, everyField(fields, () -> Rest.object("nested", true)), Expect.REFUSED));
            bodies.add(new Body("every field an integer beyond long", JSON, everyField(fields,
                    () -> Rest.JSON.getNodeFactory().numberNode(new BigInteger("123456789012345678901234567890"))), Expect.REFUSED));
            bodies.add(new Body("every field an array of objects", JSON, everyField(fields,
                    () -> Rest.JSON.createArrayNode().add(Rest.object("nested", true))), Expect.REFUSED));
        }
        // 2 MiB in all, shared by the fields: each far beyond any text a user types
        String big = "x".repeat(OVERSIZED / Math.max(1, fields.size()) + 1);
        bodies.add(new Body("oversized", JSON, fields.isEmpty() ? Rest.JSON.getNodeFactory().textNode(big).toString()
                : everyField(fields, () -> Rest.JSON.getNodeFactory().textNode(big)), Expect.REFUSED));
        bodies.add(new Body("XML to a JSON endpoint", XML, "<a/>", Expect.REFUSED));
        return bodies;
    }

    /** A body that is well formed but empty: what an unknown id, nobody signed in or another user's id is sent. */
    static Body empty(Endpoint endpoint) {
        return endpoint.consumesXml() ? new Body("empty ReqIF", XML, "<REQ-IF/>", Expect.REFUSED)
                : new Body("empty object", JSON, "{}", Expect.REFUSED);
    }

    private static String everyField(List<String> fields, Supplier<JsonNode> value) {
        ObjectNode body = Rest.JSON.createObjectNode();
        fields.forEach(field -> body.set(field, value.get()));
        return body.toString();
    }
}
