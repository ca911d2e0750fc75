package org.eqms.audit.keys;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps a secret encrypted at rest: AES-256-GCM under a 32-byte key-encryption key, with a fresh
 * 12-byte random nonce and caller-chosen associated data (e.g. the key id). Layout: nonce ‖
 * ciphertext ‖ 16-byte tag.
 */
public final class AesGcmKeyWrap {

    public static final int KEK_LENGTH = 32;
    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private AesGcmKeyWrap() {
    }

    public static byte[] wrap(byte[] kek, byte[] plaintext, byte[] associatedData,
            SecureRandom random) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(random, "random");
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, kek, nonce, associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_LENGTH + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_LENGTH, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable", e);
        }
    }

    /**
     * @throws KeyUnwrapException when the tag does not verify (wrong KEK, wrong associated data,
     *     altered bytes) or the input is too short to be a wrapped secret
     */
    public static byte[] unwrap(byte[] kek, byte[] wrapped, byte[] associatedData) {
        Objects.requireNonNull(wrapped, "wrapped");
        if (wrapped.length < NONCE_LENGTH + TAG_LENGTH) {
            throw new KeyUnwrapException("Wrapped secret is too short: " + wrapped.length + " bytes");
        }
        byte[] nonce = Arrays.copyOfRange(wrapped, 0, NONCE_LENGTH);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, kek, nonce, associatedData);
            return cipher.doFinal(wrapped, NONCE_LENGTH, wrapped.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw new KeyUnwrapException(
                    "Wrapped secret failed authentication: wrong key, wrong context or altered", e);
        } catch (GeneralSecurityException e) {
            throw new KeyUnwrapException("Wrapped secret could not be opened", e);
        }
    }

    private static Cipher cipher(int mode, byte[] kek, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Objects.requireNonNull(kek, "kek");
        if (kek.length != KEK_LENGTH) {
            throw new IllegalArgumentException(
                    "Key-encryption key must be 32 bytes (AES-256), was " + kek.length);
        }
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        if (associatedData != null && associatedData.length > 0) {
            cipher.updateAAD(associatedData);
        }
        return cipher;
    }
}
