package org.eqms.document;

import org.eqms.signature.SigningChallenge;

import java.util.List;

/**
 * What the signing dialog shows before the signer types credentials (DESIGN §5): the server's single-use challenge
 * and exactly what it binds — document number, revision, title, page version and content hash — with the meanings
 * to choose from, whether the user id must be typed too, which secret the signer types ({@code password}, or
 * {@code totp} where SSO leaves no password), and the group the approval will count for.
 */
public record DocumentSigningChallenge(SigningChallenge challenge, SigningPurpose purpose, ControlledDocument document,
                                       String revisionLabel, String title, int pageVersion, String group,
                                       List<String> meanings, boolean needsUserId, String secretComponent) {
}
