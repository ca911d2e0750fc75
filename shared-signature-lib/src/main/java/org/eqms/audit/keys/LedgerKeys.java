package org.eqms.audit.keys;

import org.eqms.audit.Transactions;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's Ed25519 keys: generated on first use, private halves stored only wrapped under the host's
 * key-encryption key (AES-256-GCM, the key id as associated data so a wrapped key cannot be moved to another
 * row), public halves kept forever with their validity, rotated on demand.
 */
public final class LedgerKeys {
    private final LedgerKeyStore store;
    private final KeyEncryptionKeySource kek;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public LedgerKeys(LedgerKeyStore store, KeyEncryptionKeySource kek, Transactions transactions, Clock clock,
                      SecureRandom random) {
        this.store = store;
        this.kek = kek;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    /** The key that seals now; made on first use. Callers hold the ledger lock, so two keys are never made at once. */
    public LedgerSigningKey activeKey() {
        return transactions.inTransaction(() -> {
            StoredLedgerKey active = store.active().orElseGet(() -> createKey(now()));
            return unwrap(active);
        });
    }

    /** Retires the active key (it keeps verifying) and makes a new one; returns the new key id. */
    public String rotate() {
        return transactions.inTransaction(() -> {
            Instant now = now();
            store.active().ifPresent(old -> store.retire(old.kid(), now));
            return createKey(now).kid();
        });
    }

    public List<LedgerPublicKey> publicKeys() {
        return store.all().stream()
                .map(StoredLedgerKey::publicKeyRecord)
                .sorted(Comparator.comparing(LedgerPublicKey::notBefore).thenComparing(LedgerPublicKey::kid))
                .toList();
    }

    public Optional<LedgerPublicKey> find(String kid) {
        return publicKeys().stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    private StoredLedgerKey createKey(Instant notBefore) {
        Ed25519KeyPair pair = Ed25519.generate(random);
        String kid = KeyId.of(pair.publicKey());
        byte[] wrapped = AesGcmKeyWrap.wrap(kek.keyEncryptionKey(), pair.privateKey(), aad(kid), random);
        StoredLedgerKey key = new StoredLedgerKey(kid, pair.publicKey(), wrapped, notBefore, null);
        store.add(key);
        return key;
    }

    private LedgerSigningKey unwrap(StoredLedgerKey key) {
        byte[] privateKey = AesGcmKeyWrap.unwrap(kek.keyEncryptionKey(), key.wrappedPrivateKey(), aad(key.kid()));
        return new LedgerSigningKey(key.kid(), privateKey, key.publicKey());
    }

    private static byte[] aad(String kid) {
        return ("eqms-ledger-key:" + kid).getBytes(StandardCharsets.UTF_8);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
