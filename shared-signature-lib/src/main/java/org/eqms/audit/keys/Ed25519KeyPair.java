package org.eqms.audit.keys;

import java.util.Arrays;
import java.util.Objects;

/** A raw Ed25519 key pair: the 32-byte private seed (RFC 8032 §5.1.5) and 32-byte public key. */
public record Ed25519KeyPair(byte[] privateKey, byte[] publicKey) {

    public Ed25519KeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (privateKey.length != Ed25519.KEY_LENGTH || publicKey.length != Ed25519.KEY_LENGTH) {
            throw new IllegalArgumentException("Ed25519 keys are 32 bytes each");
        }
        privateKey = privateKey.clone();
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519KeyPair other
                && Arrays.equals(privateKey, other.privateKey)
                && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "Ed25519KeyPair[publicKey=" + org.eqms.audit.canonical.Hex.encode(publicKey)
                + ", privateKey=<redacted>]";
    }
}
