package org.eqms.trace;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One item of the trace graph: its id (a string, e.g. the Jira issue id), role, human key (e.g. {@code SRS-12}),
 * title, the trace-relevant text fields (e.g. {@code description}, {@code acceptanceCriteria},
 * {@link #DETAILED_DESIGN}), and the attributes only some roles have:
 *
 * <ul>
 *   <li>{@link ItemRole#HAZARDOUS_SITUATION}: {@code acceptability} (required);</li>
 *   <li>{@link ItemRole#VERIFICATION}: {@code status} (required);</li>
 *   <li>{@link ItemRole#SOFTWARE_ITEM}: {@code level} (required) and {@code safetyClass} (a class code of the
 *       project's {@link ClassificationScheme}; {@code null} while unclassified).</li>
 * </ul>
 *
 * An attribute on any other role is refused ({@link TraceRefusal#ATTRIBUTE_NOT_FOR_ROLE}). Everything an item holds
 * is covered by its content hash ({@link TraceItemHash}); fields that do not matter to traceability (assignee,
 * comments) are not part of a trace item.
 */
public record TraceItem(String id, ItemRole role, String key, String title, Map<String, String> fields,
                        RiskAcceptability acceptability, VerificationStatus status, SoftwareLevel level,
                        String safetyClass) {

    /** The fields, sorted by name (the record holds an unmodifiable sorted map). */
    @Override
    public Map<String, String> fields() {
        return fields;
    }

    /** The field of a software unit naming its detailed design (IEC 62304 §5.4.2). */
    public static final String DETAILED_DESIGN = "detailedDesign";
    /** The field of a software item documenting why its class is lower than that of its container (§4.3(d)). */
    public static final String CLASS_RATIONALE = "classRationale";

    public TraceItem {
        Require.text(id, "item id");
        Require.value(role, "item role");
        Require.text(key, "item key");
        title = title == null ? "" : title;
        SortedMap<String, String> copy = new TreeMap<>();
        if (fields != null) {
            fields.forEach((name, value) -> copy.put(Require.text(name, "field name of item " + id),
                    Objects.requireNonNullElse(value, "")));
        }
        fields = Collections.unmodifiableSortedMap(copy);
        safetyClass = Require.orNull(safetyClass);
        only(acceptability, ItemRole.HAZARDOUS_SITUATION, "acceptability", id, role);
        only(status, ItemRole.VERIFICATION, "verification status", id, role);
        only(level, ItemRole.SOFTWARE_ITEM, "software level", id, role);
        only(safetyClass, ItemRole.SOFTWARE_ITEM, "safety class", id, role);
        if (role == ItemRole.HAZARDOUS_SITUATION) {
            Require.value(acceptability, "acceptability of hazardous situation " + key);
        } else if (role == ItemRole.VERIFICATION) {
            Require.value(status, "status of verification " + key);
        } else if (role == ItemRole.SOFTWARE_ITEM) {
            Require.value(level, "software level of " + key);
        }
    }

    /**
     * An item with no fields and the default attributes of its role: hazardous situations {@code NOT_EVALUATED},
     * verifications {@code OPEN}, software items at level {@code ITEM} and unclassified.
     */
    public static TraceItem of(String id, ItemRole role, String key, String title) {
        return new TraceItem(id, role, key, title, Map.of(),
                role == ItemRole.HAZARDOUS_SITUATION ? RiskAcceptability.NOT_EVALUATED : null,
                role == ItemRole.VERIFICATION ? VerificationStatus.OPEN : null,
                role == ItemRole.SOFTWARE_ITEM ? SoftwareLevel.ITEM : null, null);
    }

    public static TraceItem hazardousSituation(String id, String key, String title, RiskAcceptability acceptability) {
        return of(id, ItemRole.HAZARDOUS_SITUATION, key, title).withAcceptability(acceptability);
    }

    public static TraceItem verification(String id, String key, String title, VerificationStatus status) {
        return of(id, ItemRole.VERIFICATION, key, title).withStatus(status);
    }

    public static TraceItem softwareItem(String id, String key, String title, SoftwareLevel level,
                                         String safetyClass) {
        return new TraceItem(id, ItemRole.SOFTWARE_ITEM, key, title, Map.of(), null, null, level, safetyClass);
    }

    public TraceItem withKey(String newKey) {
        return new TraceItem(id, role, newKey, title, fields, acceptability, status, level, safetyClass);
    }

    public TraceItem withTitle(String newTitle) {
        return new TraceItem(id, role, key, newTitle, fields, acceptability, status, level, safetyClass);
    }

    public TraceItem withFields(Map<String, String> newFields) {
        return new TraceItem(id, role, key, title, new TreeMap<>(newFields), acceptability, status, level,
                safetyClass);
    }

    /** The same item with one field set ({@code null} removes it). */
    public TraceItem withField(String name, String value) {
        SortedMap<String, String> next = new TreeMap<>(fields);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return new TraceItem(id, role, key, title, next, acceptability, status, level, safetyClass);
    }

    public TraceItem withAcceptability(RiskAcceptability value) {
        return new TraceItem(id, role, key, title, fields, value, status, level, safetyClass);
    }

    public TraceItem withStatus(VerificationStatus value) {
        return new TraceItem(id, role, key, title, fields, acceptability, value, level, safetyClass);
    }

    public TraceItem withLevel(SoftwareLevel value) {
        return new TraceItem(id, role, key, title, fields, acceptability, status, value, safetyClass);
    }

    public TraceItem withSafetyClass(String value) {
        return new TraceItem(id, role, key, title, fields, acceptability, status, level, value);
    }

    /** The field's value, or {@code null} when the item does not have it or it is blank. */
    public String field(String name) {
        return Require.orNull(fields.get(name));
    }

    private static void only(Object value, ItemRole owner, String what, String id, ItemRole role) {
        if (value != null && role != owner) {
            throw new TraceRefusedException(TraceRefusal.ATTRIBUTE_NOT_FOR_ROLE, "Item " + id + " is a " + role
                    + " and cannot have a " + what + "; only a " + owner + " has one.",
                    "Leave the " + what + " empty, or record the item with role " + owner + ".");
        }
    }
}
