package org.eqms.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Sha256;

/**
 * The rule "a trace item's content hash covers exactly its trace content" (docs/formats.md §11.1): the SHA-256, in
 * lowercase hex, of the RFC 8785 (JCS) UTF-8 bytes of
 *
 * <pre>
 * {"id":str,"role":str,"key":str,"title":str,"fields":{name:str,…}}
 * </pre>
 *
 * <p>plus, for a {@code HAZARDOUS_SITUATION}, {@code "acceptability":str}; for a {@code VERIFICATION},
 * {@code "status":str}; for a {@code SOFTWARE_ITEM}, {@code "level":str,"safetyClass":str|null}. No other members;
 * every value is a string (ids too, so that ids above 2<sup>53</sup> keep every digit); enum values are their
 * upper-case names; {@code fields} holds every field, values exactly as stored (an empty object when none).
 */
public final class TraceItemHash {

    private TraceItemHash() {
    }

    /** The content hash of an item (64 lowercase hex digits). */
    public static String of(TraceItem item) {
        return Sha256.hex(Jcs.canonicalize(canonical(item)));
    }

    /** The JCS text that is hashed. */
    public static String canonicalJson(TraceItem item) {
        return new String(Jcs.canonicalize(canonical(item)), StandardCharsets.UTF_8);
    }

    static ObjectNode canonical(TraceItem item) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", item.id());
        node.put("role", item.role().name());
        node.put("key", item.key());
        node.put("title", item.title());
        ObjectNode fields = node.putObject("fields");
        item.fields().forEach(fields::put);
        switch (item.role()) {
            case HAZARDOUS_SITUATION -> node.put("acceptability", item.acceptability().name());
            case VERIFICATION -> node.put("status", item.status().name());
            case SOFTWARE_ITEM -> {
                node.put("level", item.level().name());
                if (item.safetyClass() == null) {
                    node.putNull("safetyClass");
                } else {
                    node.put("safetyClass", item.safetyClass());
                }
            }
            default -> {
            }
        }
        return node;
    }

    /** The canonical form of a link in a baseline: {@code [from, TYPE, to]}. */
    static ArrayNode canonical(TraceLink link) {
        ArrayNode node = JsonNodeFactory.instance.arrayNode(3);
        node.add(link.from());
        node.add(link.type().name());
        node.add(link.to());
        return node;
    }
}
