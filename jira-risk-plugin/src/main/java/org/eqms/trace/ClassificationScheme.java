package org.eqms.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A software safety classification scheme: its classes in increasing rigor and the {@link Activity activities} each
 * class requires. {@link #IEC62304_ED1} is IEC 62304:2006+A1:2015 (classes A, B, C); a project using the rigor
 * levels of IEC 62304 Ed. 2 (or its own) configures a scheme with the same constructor.
 *
 * <p>Rules, checked on construction (refusal {@link TraceRefusal#INVALID_CLASSIFICATION_SCHEME}, nothing saved): an
 * id and a name; at least one class; class codes distinct; the activity sets name exactly the scheme's classes; and a
 * more rigorous class requires at least every activity a less rigorous one does (rigor never removes an activity).
 *
 * @param id         stable id, e.g. {@code iec62304-ed1}
 * @param name       display name
 * @param classes    the classes, least rigorous first
 * @param activities the activities each class code requires
 */
public record ClassificationScheme(String id, String name, List<SafetyClass> classes,
                                   Map<String, Set<Activity>> activities) {

    /**
     * IEC 62304:2006+A1:2015: class A (no injury or damage to health is possible), B (non-serious injury is
     * possible), C (death or serious injury is possible). The activities per class are the ✓ rows of the table in
     * {@link Activity}.
     */
    public static final ClassificationScheme IEC62304_ED1 = ed1();

    public ClassificationScheme {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw invalid("A classification scheme needs an id and a name.", "Name the scheme, e.g. 'IEC 62304 Ed. 2'.");
        }
        if (classes == null || classes.isEmpty()) {
            throw invalid("Classification scheme '" + name + "' has no classes.",
                    "List its classes from least to most rigorous.");
        }
        classes = List.copyOf(classes);
        Set<String> codes = new HashSet<>();
        for (SafetyClass c : classes) {
            if (!codes.add(c.code())) {
                throw invalid("Class '" + c.code() + "' is listed twice in scheme '" + name + "'.",
                        "List each class once.");
            }
        }
        Map<String, Set<Activity>> copy = new LinkedHashMap<>();
        Set<Activity> previous = EnumSet.noneOf(Activity.class);
        String previousCode = null;
        for (SafetyClass c : classes) {
            Set<Activity> required = activities == null ? null : activities.get(c.code());
            if (required == null) {
                throw invalid("Scheme '" + name + "' does not say which activities class '" + c.code()
                        + "' requires.", "Give every class its set of required activities (an empty set is allowed).");
            }
            Set<Activity> set = required.isEmpty() ? EnumSet.noneOf(Activity.class) : EnumSet.copyOf(required);
            if (!set.containsAll(previous)) {
                Set<Activity> dropped = EnumSet.copyOf(previous);
                dropped.removeAll(set);
                throw invalid("Class '" + c.code() + "' of scheme '" + name + "' is more rigorous than class '"
                        + previousCode + "' but does not require " + dropped + ".",
                        "A more rigorous class requires every activity of the less rigorous ones; add them, or "
                                + "reorder the classes.");
            }
            copy.put(c.code(), Collections.unmodifiableSet(set));
            previous = set;
            previousCode = c.code();
        }
        Set<String> extra = new HashSet<>(activities.keySet());
        extra.removeAll(codes);
        if (!extra.isEmpty()) {
            throw invalid("Scheme '" + name + "' gives activities for unknown class(es) " + extra + ".",
                    "Use only the codes of the scheme's classes.");
        }
        activities = Collections.unmodifiableMap(copy);
    }

    /** Whether the code is one of the scheme's classes. */
    public boolean contains(String code) {
        return code != null && activities.containsKey(code);
    }

    /**
     * The activities the class requires.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_SAFETY_CLASS}
     */
    public Set<Activity> required(String code) {
        Set<Activity> required = code == null ? null : activities.get(code);
        if (required == null) {
            throw new TraceRefusedException(TraceRefusal.UNKNOWN_SAFETY_CLASS, "'" + code + "' is not a class of "
                    + name + ".", "Use one of " + codes() + ".");
        }
        return required;
    }

    public boolean requires(String code, Activity activity) {
        return required(code).contains(activity);
    }

    /** The most rigorous class: what an unclassified item is held to (IEC 62304 §4.3(a)). */
    public SafetyClass highest() {
        return classes.get(classes.size() - 1);
    }

    /** The rigor rank of a class, 0 for the least rigorous, or -1 when unknown. */
    public int rank(String code) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The more rigorous of two classes of this scheme. */
    public String max(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    /** The class codes, least rigorous first. */
    public List<String> codes() {
        return classes.stream().map(SafetyClass::code).collect(Collectors.toList());
    }

    private static TraceRefusedException invalid(String message, String hint) {
        return new TraceRefusedException(TraceRefusal.INVALID_CLASSIFICATION_SCHEME, message, hint);
    }

    private static ClassificationScheme ed1() {
        Set<Activity> a = EnumSet.of(Activity.SOFTWARE_REQUIREMENTS, Activity.UNIT_IMPLEMENTATION);
        Set<Activity> b = EnumSet.copyOf(a);
        b.addAll(List.of(Activity.ARCHITECTURE, Activity.SOUP_REQUIREMENTS, Activity.SOUP_PREREQUISITES,
                Activity.UNIT_DECOMPOSITION, Activity.UNIT_VERIFICATION, Activity.INTEGRATION_TESTING,
                Activity.SOUP_ANOMALY_REVIEW));
        Set<Activity> c = EnumSet.copyOf(b);
        c.add(Activity.DETAILED_DESIGN);
        Map<String, Set<Activity>> activities = new LinkedHashMap<>();
        activities.put("A", a);
        activities.put("B", b);
        activities.put("C", c);
        List<SafetyClass> classes = new ArrayList<>(List.of(
                new SafetyClass("A", "No injury or damage to health is possible"),
                new SafetyClass("B", "Non-serious injury is possible"),
                new SafetyClass("C", "Death or serious injury is possible")));
        return new ClassificationScheme("iec62304-ed1", "IEC 62304:2006+A1:2015 software safety classes", classes,
                activities);
    }
}
