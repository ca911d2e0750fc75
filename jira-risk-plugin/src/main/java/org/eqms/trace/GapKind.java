package org.eqms.trace;

/** The kinds of gap {@link GapAnalysis} finds, each with the clause it is a gap against. */
public enum GapKind {
    /** A hazardous situation with an unacceptable risk and no risk control (ISO 14971 §7.1; IEC 62304 §7.2.1). */
    UNACCEPTABLE_RISK_WITHOUT_CONTROL("ISO14971-7.1"),
    /** A hazardous situation whose risk has not been evaluated (ISO 14971 §6). */
    RISK_NOT_EVALUATED("ISO14971-6"),
    /** A risk control that nothing implements (IEC 62304 §7.2.2). */
    CONTROL_WITHOUT_IMPLEMENTATION("IEC62304-7.2.2"),
    /** A risk control with no verification of its effectiveness (IEC 62304 §7.3.1; ISO 14971 §7.2). */
    CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION("IEC62304-7.3.1"),
    /** A verification whose latest result is a failure (IEC 62304 §5.7.2: into problem resolution). */
    FAILING_VERIFICATION("IEC62304-5.7.2"),
    /** A verification not run yet (IEC 62304 §5.8.1: verification complete before release). */
    OPEN_VERIFICATION("IEC62304-5.8.1"),
    /** A requirement no verification verifies (IEC 62304 §5.7.1; system requirements ISO 13485 §7.3.6). */
    REQUIREMENT_WITHOUT_TEST("IEC62304-5.7.1"),
    /** An item without the link that places it in the trace (its clause depends on the role, see {@link Gap#clause()}). */
    UNTRACED_ITEM("IEC62304-5.1.1"),
    /** An activity the item's safety class requires has no evidence (IEC 62304 §4.3, clause of the activity). */
    MISSING_ACTIVITY("IEC62304-4.3"),
    /** The anomaly list of a SOUP item's current version was not evaluated (IEC 62304 §7.1.3). */
    SOUP_WITHOUT_ANOMALY_REVIEW("IEC62304-7.1.3"),
    /** A SOUP item missing from the SOUP register (IEC 62304 §8.1.2). */
    SOUP_NOT_IN_REGISTER("IEC62304-8.1.2"),
    /** A software system with no (known) safety class (IEC 62304 §4.3(a)). */
    MISSING_SAFETY_CLASS("IEC62304-4.3(a)"),
    /** A software item classified below its container without a documented rationale (IEC 62304 §4.3(d)). */
    CLASS_BELOW_CONTAINER_WITHOUT_RATIONALE("IEC62304-4.3(d)"),
    /** A link made suspect by an upstream change and not re-reviewed (IEC 62304 §8.2.3, §7.4.1). */
    SUSPECT_LINK("IEC62304-8.2.3");

    private final String clause;

    GapKind(String clause) {
        this.clause = clause;
    }

    /** The clause tag a gap of this kind is against by default. */
    public String clause() {
        return clause;
    }
}
