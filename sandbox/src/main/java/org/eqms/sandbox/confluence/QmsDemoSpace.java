package org.eqms.sandbox.confluence;

import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledScope;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentType;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SpaceSettings;

import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The demo's controlled space QMS: the whole space under document control, an edit during review returns the
 * revision to Draft, the document controllers are group {@value #CONTROLLERS}. Types SOP ({@code SOP-0001}, two
 * approvers), WI ({@code WI-0001}, one approver), PLAN ({@code PLAN-001}, two approvers, revisions 1.0, 2.0, …).
 */
public final class QmsDemoSpace {
    public static final String SPACE = "QMS";
    public static final String AUTHORS = "qms-authors";
    public static final String APPROVERS = "qms-approvers";
    public static final String CONTROLLERS = "qms-doc-controllers";
    public static final String READERS = "qms-readers";
    static final String TWO_APPROVERS = "two-approvers";
    static final String ONE_APPROVER = "one-approver";

    private QmsDemoSpace() {
    }

    public static SpaceSettings settings() {
        DocumentType sop = new DocumentType("SOP", "Standard operating procedure", DocumentNumberFormat.of("SOP-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), false, TWO_APPROVERS);
        DocumentType wi = new DocumentType("WI", "Work instruction", DocumentNumberFormat.of("WI-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), false, ONE_APPROVER);
        DocumentType plan = new DocumentType("PLAN", "Plan", DocumentNumberFormat.of("PLAN-{000}"),
                RevisionScheme.MAJOR_MINOR_NUMERIC, Period.ofMonths(12), false, TWO_APPROVERS);
        return new SpaceSettings(SPACE, 0, ControlledScope.wholeSpace(SPACE), ReviewEditPolicy.RETURN_TO_DRAFT,
                CONTROLLERS, List.of(sop, wi, plan),
                Map.of(TWO_APPROVERS, ApprovalRule.of(ApprovalRule.group(APPROVERS, 2)),
                        ONE_APPROVER, ApprovalRule.of(ApprovalRule.group(APPROVERS, 1))));
    }
}
