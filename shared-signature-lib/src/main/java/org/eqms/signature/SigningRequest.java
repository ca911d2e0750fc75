package org.eqms.signature;

/**
 * A signer's answer to a challenge: the meaning and reason chosen, the credentials typed, the host session it
 * happened in (for the continuous-session rule) and the client's IP for the audit trail.
 */
public record SigningRequest(String challengeId, String meaning, String reason, Credentials credentials,
                             String sessionId, String clientIp) {
}
