package org.eqms.signature;

/** A person who signs: immutable user key, login name (the identification component) and printed full name. */
public record Signer(String userKey, String username, String fullName) {
}
