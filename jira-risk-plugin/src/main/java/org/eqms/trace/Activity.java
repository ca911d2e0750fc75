package org.eqms.trace;

/**
 * The IEC 62304 activities whose evidence the trace graph holds, so that {@link GapAnalysis} can check them; a
 * {@link ClassificationScheme} says which of them each safety class (or rigor level) requires.
 *
 * <p>For reference, the class applicability of IEC 62304:2006+A1:2015 (Ed. 1.1), by clause (check it against your
 * copy of the standard; {@link ClassificationScheme#IEC62304_ED1} encodes the rows marked ✓, which the trace can
 * evidence):
 *
 * <pre>
 * Clause        Activity                                                   A  B  C   checked as
 * 4.3           software safety classification                              x  x  x   MISSING_SAFETY_CLASS, 4.3(d) inheritance
 * 5.1.1–5.1.3   development plan, keeping it updated, reference to system   x  x  x
 * 5.1.4         standards, methods and tools planning                             x
 * 5.1.5         integration and integration testing planning                   x  x
 * 5.1.6–5.1.9   verification, risk mgmt, documentation, config mgmt planning x  x  x
 * 5.1.10–5.1.12 supporting items, CI control before verification, defects      x  x
 * 5.2.1–5.2.2   software requirements, incl. risk-related content           x  x  x   ✓ SOFTWARE_REQUIREMENTS
 * 5.2.3         risk control measures in software requirements                 x  x   (CONTROL_WITHOUT_IMPLEMENTATION, all classes)
 * 5.2.4–5.2.6   re-evaluate, update, verify software requirements           x  x  x   (5.2.6 traceability: UNTRACED_ITEM)
 * 5.3.1–5.3.2   architecture: items and their interfaces                       x  x   ✓ ARCHITECTURE
 * 5.3.3         functional and performance requirements of SOUP                x  x   ✓ SOUP_REQUIREMENTS
 * 5.3.4         system hardware and software required by SOUP                  x  x   ✓ SOUP_PREREQUISITES
 * 5.3.5–5.3.6   segregation (C), verify architecture (B, C)                    (x) x
 * 5.4.1         refine the architecture into software units                    x  x   ✓ UNIT_DECOMPOSITION
 * 5.4.2–5.4.4   detailed design of units and interfaces, verify it                x   ✓ DETAILED_DESIGN
 * 5.5.1         implement each software unit                                x  x  x   ✓ UNIT_IMPLEMENTATION
 * 5.5.2–5.5.3   unit verification process, acceptance criteria                 x  x
 * 5.5.4         additional unit acceptance criteria                               x
 * 5.5.5         software unit verification                                     x  x   ✓ UNIT_VERIFICATION
 * 5.6.1–5.6.8   integration and integration testing                            x  x   ✓ INTEGRATION_TESTING
 * 5.7.1–5.7.5   software system testing                                     x  x  x   (REQUIREMENT_WITHOUT_TEST, all classes)
 * 5.8           release (5.8.5, 5.8.6 for B, C only)                        x  x  x   (OPEN_VERIFICATION, FAILING_VERIFICATION)
 * 6             maintenance                                                 x  x  x
 * 7.1.1–7.1.2   software contributing to hazardous situations, SOUP causes     x  x
 * 7.1.3         evaluate published SOUP anomaly lists                          x  x   ✓ SOUP_ANOMALY_REVIEW
 * 7.2–7.3       risk control measures and their verification                   x  x   (CONTROL_WITHOUT_… gaps, all classes)
 * 7.4.1         analyse changes for safety                                  x  x  x   (suspect links)
 * 8, 9          configuration management, problem resolution                x  x  x   (SOUP register, AFFECTS links)
 * </pre>
 */
public enum Activity {
    /** A software system has software requirements allocated to it or to the items it contains. */
    SOFTWARE_REQUIREMENTS("5.2.1", "Software requirements defined for the software system"),
    /** A software system is decomposed into software items. */
    ARCHITECTURE("5.3.1", "Software system decomposed into software items"),
    /** A SOUP item's functional and performance requirements are recorded. */
    SOUP_REQUIREMENTS("5.3.3", "Functional and performance requirements of SOUP"),
    /** The system hardware and software a SOUP item needs are recorded. */
    SOUP_PREREQUISITES("5.3.4", "System hardware and software required by SOUP"),
    /** Every software item ends in software units. */
    UNIT_DECOMPOSITION("5.4.1", "Software items refined into software units"),
    /** Every software unit has a detailed design. */
    DETAILED_DESIGN("5.4.2", "Detailed design of each software unit"),
    /** Every software unit (or, where decomposition stops above units, every leaf item) has an implementation. */
    UNIT_IMPLEMENTATION("5.5.1", "Implementation of each software unit"),
    /** Every software unit is verified. */
    UNIT_VERIFICATION("5.5.5", "Verification of each software unit"),
    /** Every software item made of other items is verified by integration tests. */
    INTEGRATION_TESTING("5.6", "Integration testing of software items"),
    /** The published anomaly list of every SOUP item's version is evaluated. */
    SOUP_ANOMALY_REVIEW("7.1.3", "Evaluation of published SOUP anomaly lists");

    private final String clause;
    private final String title;

    Activity(String clause, String title) {
        this.clause = clause;
        this.title = title;
    }

    /** The IEC 62304 clause, e.g. {@code 5.4.2}. */
    public String clause() {
        return clause;
    }

    /** The clause tag, e.g. {@code IEC62304-5.4.2}. */
    public String clauseTag() {
        return "IEC62304-" + clause;
    }

    public String title() {
        return title;
    }
}
