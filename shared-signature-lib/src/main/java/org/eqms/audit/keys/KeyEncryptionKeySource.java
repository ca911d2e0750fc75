package org.eqms.audit.keys;

/**
 * Port: the 32-byte key-encryption key under which ledger private keys are stored, supplied by the host
 * (a secret in the product's home directory, or a file / environment variable in the sandbox).
 */
public interface KeyEncryptionKeySource {
    byte[] keyEncryptionKey();
}
