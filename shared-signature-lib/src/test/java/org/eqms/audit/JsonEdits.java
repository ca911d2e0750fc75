package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Random edits of a JSON tree, at any depth: change a string or an integer, set null, remove, rename or add a
 * member, change a value's type, edit an array. Used by the tampering properties; the caller re-serializes.
 */
final class JsonEdits {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] REPLACEMENTS = {"", "x", "0", "null", "Mallory", "é", "\u0000", "\u2028", "😀",
            "2026-11-23T06:00:00.000Z", "0000000000000000000000000000000000000000000000000000000000000000"};

    private JsonEdits() {
    }

    /** The top-level member a path starts with ({@code data.changes.title.old} → {@code data}). */
    static String topMember(String path) {
        int end = path.length();
        for (char stop : new char[] {'.', '[', ' '}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    /** Applies one random edit to {@code root} in place; returns the path of what was edited and how. */
    static String mutate(ObjectNode root, Random random) {
        List<Location> locations = new ArrayList<>();
        collect(root, "", locations);
        Location at = locations.get(random.nextInt(locations.size()));
        return at.path + " (" + at.apply(random) + ")";
    }

    private static void collect(JsonNode node, String path, List<Location> out) {
        if (node.isObject()) {
            out.add(new Location((ObjectNode) node, null, null, -1, path.isEmpty() ? "+" : path + ".+"));
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String child = path.isEmpty() ? name : path + "." + name;
                out.add(new Location((ObjectNode) node, name, null, -1, child));
                collect(node.get(name), child, out);
            }
        } else if (node.isArray()) {
            out.add(new Location(null, null, (ArrayNode) node, -1, path + "[+]"));
            for (int i = 0; i < node.size(); i++) {
                out.add(new Location(null, null, (ArrayNode) node, i, path + "[" + i + "]"));
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private record Location(ObjectNode object, String member, ArrayNode array, int index, String path) {
        String apply(Random random) {
            if (object != null && member == null) {
                String name = random.nextBoolean() ? "extra" : "x" + random.nextInt(1000);
                while (object.has(name)) {
                    name = name + "_";
                }
                object.set(name, randomValue(random));
                return "add member " + name;
            }
            if (array != null && index < 0) {
                array.add(random.nextBoolean() && !array.isEmpty() ? array.get(random.nextInt(array.size())).deepCopy()
                        : randomValue(random));
                return "add array element";
            }
            JsonNode value = object != null ? object.get(member) : array.get(index);
            int choice = random.nextInt(10);
            if (choice == 0) {
                if (object != null) {
                    object.remove(member);
                } else {
                    array.remove(index);
                }
                return "remove";
            }
            if (choice == 1 && object != null) {
                object.remove(member);
                String[] renames = {member + "_", member.toUpperCase(), " " + member};
                object.set(renames[random.nextInt(renames.length)], value);
                return "rename";
            }
            JsonNode replacement;
            String how;
            if (choice == 2) {
                replacement = JSON.nullNode();
                how = "set null";
            } else if (choice == 3) {
                replacement = randomValue(random);
                how = "replace with " + replacement;
            } else if (value.isTextual()) {
                replacement = JSON.textNode(editString(value.textValue(), random));
                how = "string " + replacement;
            } else if (value.isIntegralNumber()) {
                long v = value.longValue();
                long[] options = {v + 1, v - 1, -v, v * 2 + 1, 0, IntegersOnly.MAX_SAFE + 1, Integer.MAX_VALUE + 1L};
                long n = options[random.nextInt(options.length)];
                replacement = random.nextInt(8) == 0 ? JSON.textNode(String.valueOf(v))
                        : random.nextInt(8) == 0 ? JSON.numberNode(v + 0.5) : JSON.numberNode(n);
                how = "number " + replacement;
            } else if (value.isBoolean()) {
                replacement = JSON.booleanNode(!value.booleanValue());
                how = "flip";
            } else if (value.isNull()) {
                replacement = random.nextBoolean() ? JSON.textNode("") : JSON.numberNode(0);
                how = "null to " + replacement;
            } else if (value.isObject()) {
                replacement = random.nextBoolean() ? JSON.objectNode() : JSON.arrayNode().add(value.deepCopy());
                how = "object to " + replacement;
            } else {
                replacement = random.nextBoolean() ? JSON.arrayNode() : JSON.objectNode();
                how = "array to " + replacement;
            }
            if (object != null) {
                object.set(member, replacement);
            } else {
                array.set(index, replacement);
            }
            return how;
        }
    }

    static String editString(String value, Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return value + (char) ('a' + random.nextInt(26));
            case 1:
                return value.isEmpty() ? "x" : value.substring(0, value.length() - 1);
            case 2:
                if (!value.isEmpty()) {
                    int at = random.nextInt(value.length());
                    char c = value.charAt(at);
                    char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10)
                            : Character.isLetter(c) && c < 128 ? (char) (c ^ 0x20) : 'Z';
                    return value.substring(0, at) + other + value.substring(at + 1);
                }
                return "y";
            case 3:
                return value.toUpperCase().equals(value) ? value.toLowerCase() + "!" : value.toUpperCase();
            case 4:
                return " " + value;
            default:
                return REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        }
    }

    static JsonNode randomValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> JSON.textNode(REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
            case 1 -> JSON.numberNode(random.nextInt(2000) - 1000);
            case 2 -> JSON.nullNode();
            case 3 -> JSON.booleanNode(random.nextBoolean());
            case 4 -> JSON.objectNode().put("injected", "yes");
            default -> JSON.arrayNode().add(1).add("two");
        };
    }
}
