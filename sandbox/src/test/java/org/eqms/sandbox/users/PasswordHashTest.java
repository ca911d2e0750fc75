package org.eqms.sandbox.users;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void theStoredHashMatchesItsPasswordOnlyAndHoldsNoPlainText() {
        String stored = PasswordHash.of("correct horse", random);
        assertThat(stored).startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$").doesNotContain("correct horse");
        assertThat(PasswordHash.matches("correct horse", stored)).isTrue();
        assertThat(PasswordHash.matches("correct hors", stored)).isFalse();
        assertThat(PasswordHash.matches("Correct horse", stored)).isFalse();
        assertThat(PasswordHash.matches(null, stored)).isFalse();
    }

    @Test
    void everyUserGetsItsOwnSaltSoTheSamePasswordHashesDifferently() {
        assertThat(PasswordHash.of("same", random)).isNotEqualTo(PasswordHash.of("same", random));
    }

    @Test
    void aMalformedStoredValueMatchesNothing() {
        assertThat(PasswordHash.matches("x", "plain")).isFalse();
        assertThat(PasswordHash.matches("x", "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
        assertThat(PasswordHash.matches("x", "md5$1$AAAA$AAAA")).isFalse();
        assertThat(PasswordHash.matches("x", null)).isFalse();
    }
}
