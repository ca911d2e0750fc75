package org.eqms.trace.reqif;

/**
 * The attributes with which a trace item's role-specific values travel in ReqIF, besides the standard
 * {@code ReqIF.ForeignID} (the key), {@code ReqIF.Name} (the title) and {@code ReqIF.Text} (the description): the
 * exporter writes them and the importer reads them back (docs/formats.md, ReqIF mapping).
 */
public final class ReqifTraceAttributes {
    /** The item's id in the project it was exported from (informative; an import matches by key). */
    public static final String ITEM_ID = "eqms.itemId";
    /** A hazardous situation's risk acceptability. */
    public static final String ACCEPTABILITY = "eqms.acceptability";
    /** A verification's status. */
    public static final String VERIFICATION_STATUS = "eqms.verificationStatus";
    /** A software item's level (system, item, unit). */
    public static final String SOFTWARE_LEVEL = "eqms.softwareLevel";
    /** A software item's safety class code. */
    public static final String SAFETY_CLASS = "eqms.safetyClass";

    private ReqifTraceAttributes() {
    }
}
