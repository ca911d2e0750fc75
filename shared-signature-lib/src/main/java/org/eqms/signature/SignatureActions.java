package org.eqms.signature;

/** The audit actions the e-signature engine writes. */
public final class SignatureActions {
    public static final String SIGNED = "esign.signed";
    public static final String REFUSED = "esign.refused";
    public static final String REAUTH_FAILED = "esign.reauth.failed";
    public static final String LOCKED = "esign.locked";
    public static final String UNLOCK_REQUESTED = "esign.unlock.requested";
    public static final String UNLOCKED = "esign.unlocked";
    public static final String TOTP_ENROLMENT_STARTED = "esign.totp.enrolment.started";
    public static final String TOTP_ENROLLED = "esign.totp.enrolled";
    public static final String USER_OBJECT_TYPE = "user";

    private SignatureActions() {
    }
}
