package org.eqms.risk;

/**
 * The risk control options of ISO 14971 §7.1, in their order of priority: inherently safe design and manufacture
 * first, then protective measures in the device or its manufacture, then information for safety (and training).
 * See {@link ControlOptionOrder} for the rule that governs choosing a lower one.
 */
public enum ControlOption {
    INHERENT_SAFETY_BY_DESIGN("Inherently safe design and manufacture"),
    PROTECTIVE_MEASURE("Protective measures in the device or the manufacturing process"),
    INFORMATION_FOR_SAFETY("Information for safety and, where appropriate, training of users");

    private final String title;

    ControlOption(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether this option comes before {@code other} in the §7.1 order. */
    public boolean higherThan(ControlOption other) {
        return ordinal() < other.ordinal();
    }
}
