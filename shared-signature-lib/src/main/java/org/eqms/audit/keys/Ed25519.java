package org.eqms.audit.keys;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Pure Ed25519 (RFC 8032 §5.1) over raw 32-byte keys, with BouncyCastle's lightweight API. */
public final class Ed25519 {

    public static final int KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private Ed25519() {
    }

    public static Ed25519KeyPair generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        Ed25519PrivateKeyParameters priv = new Ed25519PrivateKeyParameters(random);
        return new Ed25519KeyPair(priv.getEncoded(), priv.generatePublicKey().getEncoded());
    }

    public static byte[] publicKeyOf(byte[] privateKey32) {
        return privateKey(privateKey32).generatePublicKey().getEncoded();
    }

    /** The 64-byte signature of {@code message}. */
    public static byte[] sign(byte[] privateKey32, byte[] message) {
        Objects.requireNonNull(message, "message");
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey(privateKey32));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /** True only for a valid signature; false (never an exception) for anything malformed. */
    public static boolean verify(byte[] publicKey32, byte[] message, byte[] signature) {
        if (publicKey32 == null || message == null || signature == null
                || publicKey32.length != KEY_LENGTH || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey32, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Ed25519PrivateKeyParameters privateKey(byte[] privateKey32) {
        Objects.requireNonNull(privateKey32, "privateKey32");
        if (privateKey32.length != KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "Ed25519 private key must be 32 bytes, was " + privateKey32.length);
        }
        return new Ed25519PrivateKeyParameters(privateKey32, 0);
    }
}
