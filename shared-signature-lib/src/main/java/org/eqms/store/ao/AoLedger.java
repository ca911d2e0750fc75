package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.CheckpointPolicy;
import org.eqms.audit.InclusionProofs;
import org.eqms.audit.LedgerLock;
import org.eqms.audit.LedgerSequencer;
import org.eqms.audit.StoredLedgerVerifier;
import org.eqms.audit.Transactions;
import org.eqms.audit.export.AuditExporter;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.audit.keys.LedgerKeys;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.LedgerKeyRotation;
import org.eqms.signature.Notifier;
import org.eqms.signature.ReAuthenticator;
import org.eqms.signature.SecretComponentCheck;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignatureSealer;
import org.eqms.signature.SignerDirectory;
import org.eqms.signature.SigningLockouts;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.TotpEnrolments;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Wires the shared library on one {@link ActiveObjects}: the audit ledger (outbox, sequencer, keys, checkpoints,
 * export, verification) and, given the host's ports, the e-signature engine. The entities must have been
 * migrated (by the product's {@code <ao>} module, or by the standalone host).
 */
public final class AoLedger {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final LedgerKeys keys;
    private final AoLedgerStore store;
    private final AoSignatureStore signatureStore;
    private final SignatureSealer sealer;
    private final LedgerSequencer sequencer;
    private final AuditTrail auditTrail;
    private final KeyEncryptionKeySource kek;
    private final LedgerLock lock;
    private final Clock clock;
    private final SecureRandom random;
    private final CheckpointPolicy checkpointPolicy;

    public AoLedger(ActiveObjects ao, KeyEncryptionKeySource kek, LedgerLock lock, Clock clock, SecureRandom random,
                    CheckpointPolicy checkpointPolicy) {
        this.ao = ao;
        this.kek = kek;
        this.lock = lock;
        this.clock = clock;
        this.random = random;
        this.checkpointPolicy = checkpointPolicy;
        this.transactions = new AoTransactions(ao);
        this.store = new AoLedgerStore(ao);
        this.keys = new LedgerKeys(new AoLedgerKeyStore(ao), kek, transactions, clock, random);
        this.signatureStore = new AoSignatureStore(ao);
        this.sealer = new SignatureSealer(signatureStore, keys);
        this.sequencer = new LedgerSequencer(store, transactions, lock, keys, clock, checkpointPolicy, sealer);
        this.auditTrail = new AuditTrail(store, transactions, sequencer, clock);
    }

    public AoLedger(ActiveObjects ao, KeyEncryptionKeySource kek, LedgerLock lock, Clock clock) {
        this(ao, kek, lock, clock, new SecureRandom(), CheckpointPolicy.DEFAULT);
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public LedgerSequencer sequencer() {
        return sequencer;
    }

    public LedgerKeys keys() {
        return keys;
    }

    public Transactions transactions() {
        return transactions;
    }

    public AoLedgerStore store() {
        return store;
    }

    public String ledgerId() {
        return AoLedgerIdentity.ledgerId(ao, lock, clock);
    }

    public AuditExporter exporter() {
        return new AuditExporter(store, sequencer, keys, ledgerId(), sealer, clock, checkpointPolicy.everyEntries());
    }

    public InclusionProofs inclusionProofs() {
        return new InclusionProofs(store);
    }

    public StoredLedgerVerifier verifier() {
        return new StoredLedgerVerifier(store, keys, sealer, checkpointPolicy.everyEntries());
    }

    /**
     * Rotates the ledger key under the ledger lock, so no checkpoint or seal is made with a half-rotated ring.
     * For hosts' own tooling (the audit CLI); administrators rotate through {@link LedgerKeyRotation} (two-person rule).
     */
    public String rotateKey() {
        return lock.withLock(keys::rotate);
    }

    /** The e-signature engine over the host's ports. */
    public Signing signing(SignerDirectory directory, ReAuthenticator reAuthenticator, SignableContent content,
                           Notifier notifier, Supplier<SigningPolicy> policy, String totpIssuer) {
        AoTotpStore totpStore = new AoTotpStore(ao);
        SigningLockouts lockouts = new SigningLockouts(new AoSigningAttemptStore(ao), directory, notifier, auditTrail,
                transactions, clock);
        ElectronicSignatures signatures = new ElectronicSignatures(signatureStore, directory, content,
                new AoSigningSessionStore(ao), new SecretComponentCheck(reAuthenticator, totpStore, kek), lockouts,
                auditTrail, transactions, policy, clock, random);
        TotpEnrolments totp = new TotpEnrolments(totpStore, directory, kek, auditTrail, transactions, clock, random,
                totpIssuer);
        LedgerKeyRotation rotation = new LedgerKeyRotation(new AoKeyRotationStore(ao), keys, directory, auditTrail,
                transactions, lock, clock);
        return new Signing(signatures, lockouts, totp, rotation);
    }

    public record Signing(ElectronicSignatures signatures, SigningLockouts lockouts, TotpEnrolments totp,
                          LedgerKeyRotation keyRotation) {
    }
}
