package org.eqms.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of {@link SpaceSettings}: what the space-tools page sends and receives, what is stored, and what the
 * audit trail records as old and new value (documented in docs/formats.md). Reading is strict: a missing or
 * wrongly-typed field, or a field this form does not have, is refused with {@link InvalidConfigurationException}.
 */
public final class SpaceSettingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("spaceKey", "revision", "scope", "reviewEditPolicy", "controllerGroup",
            "types", "approvalRules");
    private static final Set<String> SCOPE = Set.of("mode", "rootPageIds");
    private static final Set<String> TYPE = Set.of("key", "name", "numberFormat", "revisionScheme",
            "reviewIntervalMonths", "trainingRequired", "approvalRule", "trainingReaders", "trainingGroups");
    private static final Set<String> RULE = Set.of("key", "groups", "sequential", "authorMayApprove");
    private static final Set<String> GROUP = Set.of("group", "quorum");

    private SpaceSettingsJson() {
    }

    public static ObjectNode toJson(SpaceSettings settings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("spaceKey", settings.spaceKey());
        root.put("revision", settings.revision());
        ObjectNode scope = root.putObject("scope");
        scope.put("mode", settings.scope().mode().name());
        ArrayNode roots = scope.putArray("rootPageIds");
        settings.scope().rootPageIds().forEach(roots::add);
        root.put("reviewEditPolicy", settings.reviewEditPolicy().name());
        root.put("controllerGroup", settings.controllerGroup());
        ArrayNode types = root.putArray("types");
        for (DocumentType type : settings.types()) {
            ObjectNode t = types.addObject();
            t.put("key", type.key());
            t.put("name", type.name());
            t.put("numberFormat", type.numberFormat().pattern());
            t.put("revisionScheme", type.revisionScheme().name());
            if (type.reviewInterval() == null) {
                t.putNull("reviewIntervalMonths");
            } else {
                t.put("reviewIntervalMonths", type.reviewInterval().toTotalMonths());
            }
            t.put("trainingRequired", type.trainingRequired());
            t.put("approvalRule", type.approvalRuleKey());
            TrainingAudience audience = settings.trainingAudience(type.key());
            ArrayNode readers = t.putArray("trainingReaders");
            new java.util.TreeSet<>(audience.readers()).forEach(readers::add);
            ArrayNode groups = t.putArray("trainingGroups");
            new java.util.TreeSet<>(audience.groups()).forEach(groups::add);
        }
        ArrayNode rules = root.putArray("approvalRules");
        settings.approvalRules().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            ObjectNode r = rules.addObject();
            r.put("key", entry.getKey());
            ArrayNode groups = r.putArray("groups");
            entry.getValue().groups().forEach(g -> groups.addObject().put("group", g.group()).put("quorum", g.quorum()));
            r.put("sequential", entry.getValue().sequential());
            r.put("authorMayApprove", entry.getValue().authorMayApprove());
        });
        return root;
    }

    public static String toText(SpaceSettings settings) {
        return toJson(settings).toString();
    }

    /** Parses stored or submitted settings; the space key must be {@code spaceKey} (the URL's, not the body's word). */
    public static SpaceSettings fromText(String spaceKey, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text == null ? "" : text);
        } catch (JsonProcessingException e) {
            throw invalid("The configuration is not valid JSON: " + e.getOriginalMessage(), "Send a JSON object.");
        }
        return fromJson(spaceKey, root);
    }

    public static SpaceSettings fromJson(String spaceKey, JsonNode root) {
        object(root, "the configuration", TOP);
        if (root.has("spaceKey") && !root.get("spaceKey").isNull() && !spaceKey.equals(root.get("spaceKey").asText())) {
            throw invalid("The configuration names space " + root.get("spaceKey").asText() + " but is sent for space "
                    + spaceKey + ".", "Save each space's configuration from that space's tools.");
        }
        int revision = root.has("revision") ? integer(root, "revision", "the configuration") : 0;
        JsonNode scopeNode = object(required(root, "scope", "the configuration"), "scope", SCOPE);
        ControlledScope scope = switch (enumText(scopeNode, "mode", "scope", "WHOLE_SPACE or PAGE_TREES")) {
            case "WHOLE_SPACE" -> ControlledScope.wholeSpace(spaceKey);
            case "PAGE_TREES" -> ControlledScope.pageTrees(spaceKey, rootPageIds(scopeNode));
            default -> throw invalid("The scope mode is not WHOLE_SPACE or PAGE_TREES.", "Choose WHOLE_SPACE or PAGE_TREES.");
        };
        ReviewEditPolicy policy = parseEnum(ReviewEditPolicy.class, enumText(root, "reviewEditPolicy", "the configuration",
                "RETURN_TO_DRAFT or RESTART_REVIEW"), "reviewEditPolicy");
        String controllers = text(root, "controllerGroup", "the configuration");
        Map<String, ApprovalRule> rules = new LinkedHashMap<>();
        for (JsonNode r : array(root, "approvalRules", "the configuration")) {
            object(r, "an approval rule", RULE);
            String key = text(r, "key", "an approval rule");
            List<ApprovalRule.RequiredGroup> groups = new ArrayList<>();
            for (JsonNode g : array(r, "groups", "approval rule " + key)) {
                object(g, "a group of approval rule " + key, GROUP);
                groups.add(ApprovalRule.group(text(g, "group", "approval rule " + key),
                        integer(g, "quorum", "approval rule " + key)));
            }
            ApprovalRule rule = new ApprovalRule(groups, bool(r, "sequential", "approval rule " + key),
                    bool(r, "authorMayApprove", "approval rule " + key));
            if (rules.put(key, rule) != null) {
                throw invalid("The approval rule " + key + " is defined twice.", "Give each approval rule its own key.");
            }
        }
        List<DocumentType> types = new ArrayList<>();
        Map<String, TrainingAudience> audiences = new LinkedHashMap<>();
        for (JsonNode t : array(root, "types", "the configuration")) {
            object(t, "a document type", TYPE);
            String key = text(t, "key", "a document type");
            String where = "document type " + key;
            JsonNode months = t.get("reviewIntervalMonths");
            Period interval = months == null || months.isNull() ? null : Period.ofMonths(integer(t, "reviewIntervalMonths", where));
            types.add(new DocumentType(key, text(t, "name", where), DocumentNumberFormat.of(text(t, "numberFormat", where)),
                    parseEnum(RevisionScheme.class, enumText(t, "revisionScheme", where, "LETTERS or MAJOR_MINOR_NUMERIC"),
                            "revisionScheme"),
                    interval, bool(t, "trainingRequired", where), text(t, "approvalRule", where)));
            Set<String> readers = optionalTexts(t, "trainingReaders", where);
            Set<String> groups = optionalTexts(t, "trainingGroups", where);
            if (!readers.isEmpty() || !groups.isEmpty()) {
                audiences.put(key, new TrainingAudience(readers, groups));
            }
        }
        return new SpaceSettings(spaceKey, revision, scope, policy, controllers, types, rules, audiences);
    }

    private static Set<Long> rootPageIds(JsonNode scope) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode id : array(scope, "rootPageIds", "scope")) {
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                throw invalid("\"" + id + "\" in scope.rootPageIds is not a page id.", "List page ids as numbers.");
            }
            ids.add(id.asLong());
        }
        return ids;
    }

    private static Set<String> optionalTexts(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        Set<String> texts = new java.util.TreeSet<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        for (JsonNode item : array(node, field, where)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw invalid("An entry of \"" + field + "\" of " + where + " is empty or not a string.",
                        "List user keys or group names as strings.");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static JsonNode object(JsonNode node, String what, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw invalid(capitalised(what) + " is not a JSON object.", "Send " + what + " as a JSON object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid(capitalised(what) + " has an unknown field \"" + name + "\".",
                        "Use only the fields " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
            }
        }
        return node;
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw invalid(capitalised(where) + " has no \"" + field + "\".", "Add \"" + field + "\".");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isTextual()) {
            throw invalid("\"" + field + "\" of " + where + " is not a string.", "Send \"" + field + "\" as a string.");
        }
        return value.asText();
    }

    private static String enumText(JsonNode node, String field, String where, String choices) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid("\"" + field + "\" of " + where + " is missing or not a string.", "Choose " + choices + ".");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid("\"" + field + "\" of " + where + " is not a whole number.", "Send \"" + field + "\" as a whole number.");
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isBoolean()) {
            throw invalid("\"" + field + "\" of " + where + " is not true or false.", "Send \"" + field + "\" as true or false.");
        }
        return value.asBoolean();
    }

    private static ArrayNode array(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isArray()) {
            throw invalid("\"" + field + "\" of " + where + " is not a list.", "Send \"" + field + "\" as a JSON array.");
        }
        return (ArrayNode) value;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw invalid("\"" + value + "\" is not a valid " + field + ".", "Choose one of " + String.join(", ", names) + ".");
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static InvalidConfigurationException invalid(String message, String hint) {
        return new InvalidConfigurationException(message, hint);
    }
}
