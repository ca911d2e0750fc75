package org.eqms.signature;

/**
 * What the signer typed: the identification code (user id), and the secret component: a password, or a TOTP
 * code where SSO leaves no password. Never logged, never stored.
 */
public record Credentials(String userId, String password, String totpCode) {

    public static Credentials password(String userId, String password) {
        return new Credentials(userId, password, null);
    }

    public static Credentials passwordOnly(String password) {
        return new Credentials(null, password, null);
    }

    public static Credentials totp(String userId, String code) {
        return new Credentials(userId, null, code);
    }

    boolean hasUserId() {
        return userId != null && !userId.isBlank();
    }

    @Override
    public String toString() {
        return "Credentials[userId=" + userId + ", password=" + (password == null ? "none" : "***")
                + ", totp=" + (totpCode == null ? "none" : "***") + "]";
    }
}
