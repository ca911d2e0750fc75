package org.eqms.signature;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.audit.canonical.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Two-step electronic signing (DESIGN §5). {@link #challenge} binds user, object version and content hash for a
 * short time; {@link #sign} checks the challenge, the content (still that version), the lockout, and the
 * credentials the continuous-session rule asks for, then records the signature and its audit entry in one
 * transaction. Every refusal is audited. The seal follows when the entry is chained.
 */
public final class ElectronicSignatures {
    private final SignatureStore signatures;
    private final SignerDirectory directory;
    private final SignableContent content;
    private final ContinuousSessionRule sessionRule;
    private final SigningSessionStore sessions;
    private final SecretComponentCheck secretCheck;
    private final SigningLockouts lockouts;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Supplier<SigningPolicy> policy;
    private final Clock clock;
    private final SecureRandom random;

    public ElectronicSignatures(SignatureStore signatures, SignerDirectory directory, SignableContent content,
                                SigningSessionStore sessions, SecretComponentCheck secretCheck, SigningLockouts lockouts,
                                AuditTrail audit, Transactions transactions, Supplier<SigningPolicy> policy, Clock clock,
                                SecureRandom random) {
        this.signatures = signatures;
        this.directory = directory;
        this.content = content;
        this.sessionRule = new ContinuousSessionRule(sessions);
        this.sessions = sessions;
        this.secretCheck = secretCheck;
        this.lockouts = lockouts;
        this.audit = audit;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /** Issues a single-use challenge for {@code userKey} to sign the current version of an object. */
    public SigningChallenge challenge(String userKey, String objectType, String objectId, Integer expectedVersion) {
        Signer signer = signer(userKey);
        try {
            return issueChallenge(signer, objectType, objectId, expectedVersion);
        } catch (SigningRefusedException refused) {
            AuditedObject object = isName(objectType) && isName(objectId)
                    ? new AuditedObject(objectType, objectId, expectedVersion)
                    : SigningLockouts.userObject(signer.userKey());
            audit.record(SigningLockouts.actor(signer), SignatureActions.REFUSED, object,
                    AuditData.empty().put("refusal", refused.refusal().name()).put("message", refused.getMessage())
                            .put("step", "challenge"));
            audit.flush();
            throw refused;
        }
    }

    private static boolean isName(String value) {
        return value != null && !value.isBlank() && value.length() <= 255;
    }

    private SigningChallenge issueChallenge(Signer signer, String objectType, String objectId, Integer expectedVersion) {
        refuseIfLocked(signer);
        SignableVersion version = content.current(objectType, objectId).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.UNKNOWN_OBJECT, objectType + " " + objectId + " does not exist"));
        if (expectedVersion != null && !expectedVersion.equals(version.object().version())) {
            throw new SigningRefusedException(SigningRefusal.STALE_VERSION, "version " + expectedVersion
                    + " is not the current version (" + version.object().version() + ")");
        }
        Instant now = now();
        SigningChallenge challenge = new SigningChallenge(newChallengeId(), signer.userKey(), version, now,
                now.plus(policy.get().challengeTtl()));
        transactions.run(() -> signatures.addChallenge(challenge));
        return challenge;
    }

    /** Whether the next signing in this session must include the user id (11.200(a)(1)). */
    public boolean needsUserId(String userKey, String sessionId) {
        return sessionRule.needsAllComponents(policy.get(), sessionHash(sessionId), userKey, now());
    }

    /** The secret component the user signs with: {@code "password"}, or {@code "totp"} where SSO leaves none. */
    public String secretComponent(String userKey) {
        return secretCheck.componentFor(signer(userKey));
    }

    public List<String> meanings() {
        return policy.get().meanings();
    }

    /** Signs; returns the sealed record. Throws {@link SigningRefusedException} with the reason when refused. */
    public SignatureRecord sign(String userKey, SigningRequest request) {
        Objects.requireNonNull(request, "request");
        Signer signer = signer(userKey);
        SigningPolicy rules = policy.get();
        Instant now = now();
        SigningChallenge challenge = null;
        try {
            refuseIfLocked(signer);
            challenge = validChallenge(signer, request.challengeId(), now);
            validateMeaningAndReason(rules, request);
            refuseIfStale(challenge);
            String sessionHash = sessionHash(request.sessionId());
            boolean allComponents = sessionRule.needsAllComponents(rules, sessionHash, signer.userKey(), now);
            Credentials credentials = request.credentials() == null ? new Credentials(null, null, null) : request.credentials();
            if (allComponents && !credentials.hasUserId()) {
                throw new SigningRefusedException(SigningRefusal.MISSING_COMPONENT,
                        "the first signing of a session needs your user id as well as your secret");
            }
            boolean idMatches = !credentials.hasUserId() || credentials.userId().trim().equals(signer.username());
            Optional<SecretComponentCheck.Verified> verified = secretCheck.verify(signer, credentials, now);
            if (verified.isEmpty() || !idMatches) {
                int remaining = lockouts.recordFailure(signer, rules, request.clientIp());
                throw new SigningRefusedException(remaining == 0 ? SigningRefusal.LOCKED : SigningRefusal.WRONG_CREDENTIALS,
                        remaining == 0 ? "wrong credentials; signing is now locked for this user"
                                : "wrong credentials; " + remaining + " attempt(s) left before signing is locked");
            }
            String authMethod = (credentials.hasUserId() ? "id+" : "") + verified.get().method();
            SignatureRecord record = record(signer, challenge, request, authMethod, now);
            insert(signer, record, verified.get(), sessionHash, request.clientIp());
            audit.flush();
            return signatures.find(record.id()).orElseThrow();
        } catch (SigningRefusedException refused) {
            if (refused.refusal() != SigningRefusal.WRONG_CREDENTIALS && refused.refusal() != SigningRefusal.LOCKED
                    || challenge == null) {
                auditRefusal(signer, challenge, request, refused);
            }
            throw refused;
        }
    }

    /** A challenge issued and not yet used, so a host can check what it is for before the credentials are checked. */
    public Optional<SigningChallenge> pendingChallenge(String challengeId) {
        if (challengeId == null || challengeId.isBlank()) {
            return Optional.empty();
        }
        return signatures.challenge(challengeId).filter(challenge -> !signatures.challengeUsed(challengeId));
    }

    public Optional<SignatureRecord> find(String signatureId) {
        return signatures.find(signatureId);
    }

    public List<SignatureRecord> forObject(String type, String id) {
        return signatures.forObject(type, id);
    }

    private void insert(Signer signer, SignatureRecord record, SecretComponentCheck.Verified verified, String sessionHash,
                        String clientIp) {
        try {
            // The signature row goes in last: its UNIQUE challenge id is what a replay racing this signing collides
            // on, and a transaction that has no insert left to make cannot be caught waiting for AO's per-insert
            // monitor on HSQLDB while the replay holds it (the replay then fails at once when this one commits).
            transactions.run(() -> {
                secretCheck.consume(signer, verified);
                if (sessionHash != null) {
                    sessions.touch(sessionHash, signer.userKey(), record.time());
                }
                audit.record(SigningLockouts.actor(signer), SignatureActions.SIGNED, record.object(),
                        AuditData.empty().put("signatureId", record.id()).put("meaning", record.meaning())
                                .reason(record.reason()).put("contentHash", record.contentHash())
                                .put("authMethod", record.authMethod()).put("challenge", record.challengeId())
                                .clientIp(clientIp),
                        record.id());
                signatures.add(record);
            });
        } catch (SignatureStore.ChallengeAlreadyUsedException e) {
            throw new SigningRefusedException(SigningRefusal.CHALLENGE_USED, "this challenge has already been used to sign");
        }
    }

    private SigningChallenge validChallenge(Signer signer, String challengeId, Instant now) {
        SigningChallenge challenge = (challengeId == null ? Optional.<SigningChallenge>empty()
                : signatures.challenge(challengeId)).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.UNKNOWN_CHALLENGE, "no such signing challenge"));
        if (!challenge.userKey().equals(signer.userKey())) {
            throw new SigningRefusedException(SigningRefusal.FOREIGN_CHALLENGE, "the challenge was issued to another user");
        }
        if (signatures.challengeUsed(challenge.id())) {
            throw new SigningRefusedException(SigningRefusal.CHALLENGE_USED, "this challenge has already been used to sign");
        }
        if (challenge.expiredAt(now)) {
            throw new SigningRefusedException(SigningRefusal.CHALLENGE_EXPIRED, "the challenge expired");
        }
        return challenge;
    }

    private void validateMeaningAndReason(SigningPolicy rules, SigningRequest request) {
        if (request.meaning() == null || !rules.meanings().contains(request.meaning())) {
            throw new SigningRefusedException(SigningRefusal.UNKNOWN_MEANING,
                    "meaning must be one of " + rules.meanings());
        }
        if (request.reason() != null && request.reason().length() > rules.maxReasonLength()) {
            throw new SigningRefusedException(SigningRefusal.REASON_TOO_LONG,
                    "the reason is longer than " + rules.maxReasonLength() + " characters");
        }
    }

    private void refuseIfStale(SigningChallenge challenge) {
        AuditedObject signed = challenge.version().object();
        Optional<SignableVersion> current = content.current(signed.type(), signed.id());
        if (current.isEmpty() || !current.get().equals(challenge.version())) {
            throw new SigningRefusedException(SigningRefusal.STALE_VERSION, "the content changed after the challenge was"
                    + " issued (challenge for version " + signed.version() + ", now "
                    + current.map(v -> String.valueOf(v.object().version())).orElse("deleted") + ")");
        }
    }

    private void refuseIfLocked(Signer signer) {
        if (lockouts.activeLockout(signer.userKey()).isPresent()) {
            throw new SigningRefusedException(SigningRefusal.LOCKED, "signing is locked for " + signer.username());
        }
    }

    private Signer signer(String userKey) {
        return (userKey == null ? Optional.<Signer>empty() : directory.byKey(userKey)).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.UNKNOWN_SIGNER, "unknown user"));
    }

    private void auditRefusal(Signer signer, SigningChallenge challenge, SigningRequest request,
                              SigningRefusedException refused) {
        AuditedObject object = challenge != null ? challenge.version().object()
                : SigningLockouts.userObject(signer.userKey());
        audit.record(SigningLockouts.actor(signer), SignatureActions.REFUSED, object,
                AuditData.empty().put("refusal", refused.refusal().name()).put("message", refused.getMessage())
                        .put("challenge", request.challengeId() == null ? "" : request.challengeId())
                        .clientIp(request.clientIp()));
        audit.flush();
    }

    private SignatureRecord record(Signer signer, SigningChallenge challenge, SigningRequest request, String authMethod,
                                   Instant now) {
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        return new SignatureRecord(UUID.randomUUID().toString(), challenge.version().object(),
                challenge.version().contentHash(), signer.userKey(), signer.fullName(), request.meaning(), reason, now,
                authMethod, challenge.id(), null, null, null);
    }

    private String newChallengeId() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sessionHash(String sessionId) {
        return sessionId == null || sessionId.isBlank() ? null : Sha256.hex(sessionId.getBytes(StandardCharsets.UTF_8));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
