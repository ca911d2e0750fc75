package org.eqms.document;

/**
 * Whether a user may sign an approval now and, if so, for which required group; if not, why ({@link #refusal()}) in
 * words ({@link #message()}).
 */
public record ApprovalEligibility(boolean allowed, String group, ApprovalRefusal refusal, String message) {

    public static ApprovalEligibility allowed(String group) {
        return new ApprovalEligibility(true, group, null, "May approve for group '" + group + "'.");
    }

    public static ApprovalEligibility refused(ApprovalRefusal refusal, String message) {
        return new ApprovalEligibility(false, null, refusal, message);
    }
}
