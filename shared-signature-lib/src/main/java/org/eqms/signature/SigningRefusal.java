package org.eqms.signature;

/** Why a signing was refused, with the HTTP status an adapter maps it to and what the user can do. */
public enum SigningRefusal {
    UNKNOWN_SIGNER(403, "Sign in as a user known to the system."),
    UNKNOWN_OBJECT(404, "Check the object type and id; it may have been deleted."),
    UNKNOWN_CHALLENGE(400, "Request a new signing challenge and sign again."),
    FOREIGN_CHALLENGE(403, "A challenge can only be used by the user it was issued to; request your own."),
    CHALLENGE_USED(409, "Each challenge signs once; request a new challenge to sign again."),
    CHALLENGE_EXPIRED(410, "The challenge expired; request a new one and sign again."),
    STALE_VERSION(409, "The content changed after the challenge was issued; review the current version and sign it."),
    UNKNOWN_MEANING(400, "Choose one of the configured signature meanings."),
    REASON_TOO_LONG(400, "Shorten the reason."),
    MISSING_COMPONENT(400, "Enter your user id and your password (or authenticator code)."),
    WRONG_CREDENTIALS(401, "Check your user id and password (or authenticator code) and try again."),
    TOTP_NOT_ENROLLED(409, "Enrol an authenticator app for signing first."),
    LOCKED(423, "Signing is locked for this user; two administrators must unlock it."),
    NOT_ADMIN(403, "Only administrators can do this."),
    SECOND_ADMIN_REQUIRED(409, "A different administrator must approve this."),
    REASON_REQUIRED(400, "Give a reason; it is kept in the audit trail."),
    NOT_LOCKED(409, "This user's signing is not locked."),
    INVALID_POLICY(400, "Correct the signing policy values and save again.");

    private final int httpStatus;
    private final String hint;

    SigningRefusal(int httpStatus, String hint) {
        this.httpStatus = httpStatus;
        this.hint = hint;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String hint() {
        return hint;
    }
}
