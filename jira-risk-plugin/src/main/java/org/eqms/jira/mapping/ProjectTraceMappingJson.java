package org.eqms.jira.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eqms.trace.ItemRole;
import org.eqms.trace.VerificationStatus;

/**
 * The JSON form of a {@link ProjectTraceMapping}: what the project admin page sends and receives, and what is stored
 * (docs/formats.md):
 *
 * <pre>
 * {"projectKey":"INF","revision":1,
 *  "issueTypes":{"10001":"HAZARD","10002":"HAZARDOUS_SITUATION"},
 *  "linkTypes":{"10100":"MITIGATED_BY","10101":{"type":"VERIFIED_BY","direction":"INWARD"}},
 *  "verificationStatuses":{"Done":"PASSED","Failed":"FAILED","Passed":"PASSED"}}
 * </pre>
 *
 * A link type maps to a link type name (source issue upstream) or to an object naming the type and the
 * {@link LinkDirection}. {@code verificationStatuses} may be left out: the {@link VerificationStatusRule#DEFAULT
 * default rule} applies; an empty object makes every status OPEN. Writing puts members in this order and the map
 * entries sorted by key; an OUTWARD link mapping is written as its type name.
 *
 * <p>Reading is strict: text that is not one JSON object, a member this form does not have, a missing member (other
 * than {@code verificationStatuses}), a member of the wrong type, a name repeated in one object (e.g. an issue type
 * mapped twice) and unknown role, link type, direction or status names are refused with
 * {@link MappingRefusedException}. Names are case-sensitive, as written.
 */
public final class ProjectTraceMappingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP = Set.of("projectKey", "revision", "issueTypes", "linkTypes",
            "verificationStatuses");
    private static final Set<String> LINK = Set.of("type", "direction");

    private ProjectTraceMappingJson() {
    }

    public static ObjectNode toJson(ProjectTraceMapping mapping) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("projectKey", mapping.projectKey());
        root.put("revision", mapping.revision());
        ObjectNode issueTypes = root.putObject("issueTypes");
        mapping.issueTypes().forEach((id, role) -> issueTypes.put(id, role.name()));
        ObjectNode linkTypes = root.putObject("linkTypes");
        mapping.linkTypes().forEach((id, link) -> {
            if (link.direction() == LinkDirection.OUTWARD) {
                linkTypes.put(id, link.type().name());
            } else {
                linkTypes.putObject(id).put("type", link.type().name()).put("direction", link.direction().name());
            }
        });
        ObjectNode statuses = root.putObject("verificationStatuses");
        mapping.verificationStatuses().statuses().forEach((name, status) -> statuses.put(name, status.name()));
        return root;
    }

    public static String toText(ProjectTraceMapping mapping) {
        return toJson(mapping).toString();
    }

    /**
     * Reads a mapping.
     *
     * @throws MappingRefusedException when the text is not a valid mapping
     */
    public static ProjectTraceMapping fromText(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text == null ? "" : text);
        } catch (JsonProcessingException e) {
            throw invalid("The trace mapping is not valid JSON: " + e.getOriginalMessage(),
                    "Send one JSON object; name each issue type, link type and status once.");
        }
        if (root == null || root.isMissingNode()) {
            throw invalid("The trace mapping is empty.", "Send a JSON object.");
        }
        return fromJson(root);
    }

    /**
     * Reads a mapping sent for a project (the URL's project, not the body's word).
     *
     * @throws MappingRefusedException {@link MappingRefusal#PROJECT_MISMATCH} when it names another project, or
     *                                 when the text is not a valid mapping
     */
    public static ProjectTraceMapping fromText(String projectKey, String text) {
        ProjectTraceMapping mapping = fromText(text);
        if (!mapping.projectKey().equals(projectKey)) {
            throw new MappingRefusedException(MappingRefusal.PROJECT_MISMATCH, "The trace mapping names project "
                    + mapping.projectKey() + " but is sent for project " + projectKey + ".",
                    "Save each project's mapping from that project's settings.");
        }
        return mapping;
    }

    public static ProjectTraceMapping fromJson(JsonNode root) {
        object(root, "the trace mapping", TOP);
        JsonNode key = required(root, "projectKey", "the trace mapping");
        if (!key.isTextual()) {
            throw invalid("\"projectKey\" is not a string.", "Send the project key as a JSON string.");
        }
        JsonNode revision = required(root, "revision", "the trace mapping");
        if (!revision.isIntegralNumber() || !revision.canConvertToInt()) {
            throw invalid("\"revision\" is not a whole number.", "Send the revision you read as a JSON number.");
        }
        Map<String, ItemRole> issueTypes = new LinkedHashMap<>();
        JsonNode types = object(required(root, "issueTypes", "the trace mapping"), "issueTypes", null);
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String where = "issue type " + entry.getKey();
            issueTypes.put(entry.getKey(), ProjectTraceMapping.role(text(entry.getValue(), where), where));
        }
        Map<String, LinkTypeMapping> linkTypes = new LinkedHashMap<>();
        JsonNode links = object(required(root, "linkTypes", "the trace mapping"), "linkTypes", null);
        for (Iterator<Map.Entry<String, JsonNode>> it = links.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            linkTypes.put(entry.getKey(), link(entry.getValue(), "issue link type " + entry.getKey()));
        }
        VerificationStatusRule rule = VerificationStatusRule.DEFAULT;
        JsonNode statuses = root.get("verificationStatuses");
        if (statuses != null) {
            object(statuses, "verificationStatuses", null);
            Map<String, VerificationStatus> byName = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = statuses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String where = "Jira status \"" + entry.getKey() + "\"";
                byName.put(entry.getKey(), ProjectTraceMapping.verificationStatus(text(entry.getValue(), where), where));
            }
            rule = new VerificationStatusRule(byName);
        }
        return new ProjectTraceMapping(key.asText(), revision.asInt(), issueTypes, linkTypes, rule);
    }

    private static LinkTypeMapping link(JsonNode node, String where) {
        if (node.isTextual()) {
            return LinkTypeMapping.outward(ProjectTraceMapping.linkType(node.asText(), where));
        }
        if (!node.isObject()) {
            throw invalid("The mapping of " + where + " is neither a link type name nor an object.",
                    "Send a link type name, e.g. \"MITIGATED_BY\", or {\"type\":\"MITIGATED_BY\",\"direction\":\"INWARD\"}.");
        }
        object(node, "the mapping of " + where, LINK);
        String direction = text(required(node, "direction", "the mapping of " + where), "the direction of " + where);
        LinkDirection parsed = null;
        for (LinkDirection d : LinkDirection.values()) {
            if (d.name().equals(direction)) {
                parsed = d;
            }
        }
        if (parsed == null) {
            throw invalid("\"" + direction + "\" (the direction of " + where + ") is not OUTWARD or INWARD.",
                    "Use OUTWARD (the source issue is upstream) or INWARD (the destination issue is upstream).");
        }
        return new LinkTypeMapping(ProjectTraceMapping.linkType(
                text(required(node, "type", "the mapping of " + where), where), where), parsed);
    }

    private static JsonNode object(JsonNode node, String what, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw invalid(what + " is not a JSON object.", "Send " + what + " as a JSON object.");
        }
        if (allowed != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw invalid("Unknown member \"" + name + "\" in " + what + ".",
                            what + " has only: " + String.join(", ", new TreeSet<>(allowed)) + ".");
                }
            }
        }
        return node;
    }

    private static JsonNode required(JsonNode node, String name, String what) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid("\"" + name + "\" is missing in " + what + ".", "Send \"" + name + "\".");
        }
        return value;
    }

    private static String text(JsonNode node, String where) {
        if (node == null || !node.isTextual()) {
            throw invalid("The value for " + where + " is not a string.", "Send it as a JSON string.");
        }
        return node.asText();
    }

    private static MappingRefusedException invalid(String message, String hint) {
        return new MappingRefusedException(MappingRefusal.INVALID_MAPPING, message, hint);
    }
}
