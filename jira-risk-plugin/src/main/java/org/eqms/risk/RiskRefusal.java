package org.eqms.risk;

import java.util.Locale;

/** Why a risk management action was refused, with the HTTP status an adapter maps it to (DESIGN §7). */
public enum RiskRefusal {
    /** A required value (id, text, estimate) is missing or blank. */
    MISSING_VALUE(400),
    /** A level is outside its scale. */
    LEVEL_OUT_OF_SCALE(400),
    /** A quantitative probability is outside 0..1. */
    PROBABILITY_OUT_OF_RANGE(400),
    /** ISO 14971 §7.1: a lower control option was chosen without recording why the higher ones are not practicable. */
    CONTROL_OPTION_ORDER(409),
    /** An id (control, verification, signature) is used twice. */
    DUPLICATE_ID(409),
    /** The item named does not exist. */
    UNKNOWN_ID(404),
    /** Residual risk is estimated only after at least one control measure was recorded (§7.3). */
    NO_CONTROLS_YET(409),
    /** A benefit-risk analysis is recorded only when the residual risk is not acceptable (§7.4). */
    BENEFIT_RISK_NOT_NEEDED(409),
    /** An approved plan version is immutable; a new version supersedes it (§4.4). */
    PLAN_NOT_EDITABLE(409),
    /** The action needs the approved plan version in force. */
    PLAN_NOT_APPROVED(409),
    /** There is already a draft of the next plan version. */
    DRAFT_EXISTS(409),
    /** The plan history is not a valid sequence of versions, or an edit changed a draft's identity. */
    INCONSISTENT_PLAN_HISTORY(409),
    /** There is no draft plan version to change or approve. */
    NO_DRAFT(409),
    /** A signature was made over other content than the content it is recorded for. */
    CONTENT_HASH_MISMATCH(409),
    /** A signature of this meaning needs another signature first (Reviewed before Approved). */
    SIGNATURE_ORDER(409),
    /** The §9 review cannot conclude while §7.6 gaps are open. */
    OPEN_GAPS(409),
    /** The risk is not flagged for re-evaluation. */
    NOT_FLAGGED(409),
    /** A reference to a controlled document is not of the shape of a document number. */
    INVALID_DOCUMENT_NUMBER(400),
    /** There is no concluded risk management review whose report could be signed (§9). */
    NO_REPORT(409),
    /** An approved or superseded report version, or one changed meanwhile, is never changed (§9). */
    REPORT_NOT_EDITABLE(409);

    private final int httpStatus;

    RiskRefusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON error code, e.g. {@code control_option_order}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
