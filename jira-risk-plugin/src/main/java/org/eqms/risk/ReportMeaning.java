package org.eqms.risk;

/**
 * The meanings with which the risk management report is signed (21 CFR 11.50): Reviewed, then Approved. The labels
 * are the shared library's signature meanings.
 */
public enum ReportMeaning {
    REVIEWED("Reviewed"),
    APPROVED("Approved");

    private final String label;

    ReportMeaning(String label) {
        this.label = label;
    }

    /** The meaning as the signature record names it. */
    public String label() {
        return label;
    }
}
