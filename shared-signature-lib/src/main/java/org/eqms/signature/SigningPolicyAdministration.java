package org.eqms.signature;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * Administrators change the signing policy (meanings, both-components switch, lockout threshold and window,
 * challenge lifetime, session continuity); each change is validated and audited with old and new values.
 */
public final class SigningPolicyAdministration {
    public static final String CHANGED = "esign.policy.changed";
    static final AuditedObject POLICY = AuditedObject.of("config", "signing-policy");
    static final int MAX_MEANING_LENGTH = 64;

    private final SigningPolicyStore store;
    private final SignerDirectory directory;
    private final AuditTrail audit;
    private final Transactions transactions;

    public SigningPolicyAdministration(SigningPolicyStore store, SignerDirectory directory, AuditTrail audit,
                                       Transactions transactions) {
        this.store = store;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
    }

    public SigningPolicy current() {
        return store.load();
    }

    public void change(String adminKey, SigningPolicy proposed, String reason, String clientIp) {
        Signer admin = directory.byKey(adminKey).filter(a -> directory.isAdmin(a.userKey())).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.NOT_ADMIN, "only administrators can change the signing policy"));
        validate(proposed);
        transactions.run(() -> {
            SigningPolicy old = store.load();
            AuditData data = AuditData.empty().reason(reason).clientIp(clientIp);
            boolean changed = diff(data, old, proposed);
            if (!changed) {
                return;
            }
            store.save(proposed);
            audit.record(SigningLockouts.actor(admin), CHANGED, POLICY, data);
        });
        audit.flush();
    }

    private static boolean diff(AuditData data, SigningPolicy old, SigningPolicy proposed) {
        boolean changed = false;
        if (!old.meanings().equals(proposed.meanings())) {
            data.change("meanings", String.join(" | ", old.meanings()), String.join(" | ", proposed.meanings()));
            changed = true;
        }
        if (old.alwaysBothComponents() != proposed.alwaysBothComponents()) {
            data.change("alwaysBothComponents", String.valueOf(old.alwaysBothComponents()),
                    String.valueOf(proposed.alwaysBothComponents()));
            changed = true;
        }
        changed |= number(data, "lockoutThreshold", old.lockoutThreshold(), proposed.lockoutThreshold());
        changed |= number(data, "lockoutWindowSeconds", old.lockoutWindow().toSeconds(), proposed.lockoutWindow().toSeconds());
        changed |= number(data, "challengeTtlSeconds", old.challengeTtl().toSeconds(), proposed.challengeTtl().toSeconds());
        changed |= number(data, "sessionContinuitySeconds", old.sessionContinuity().toSeconds(),
                proposed.sessionContinuity().toSeconds());
        changed |= number(data, "maxReasonLength", old.maxReasonLength(), proposed.maxReasonLength());
        return changed;
    }

    private static boolean number(AuditData data, String field, long old, long proposed) {
        if (old == proposed) {
            return false;
        }
        data.change(field, old, proposed);
        return true;
    }

    static void validate(SigningPolicy policy) {
        List<String> meanings = policy.meanings();
        if (new HashSet<>(meanings).size() != meanings.size()) {
            throw invalid("signature meanings must be different from each other");
        }
        for (String meaning : meanings) {
            if (meaning == null || meaning.isBlank() || meaning.length() > MAX_MEANING_LENGTH) {
                throw invalid("each signature meaning needs 1 to " + MAX_MEANING_LENGTH + " characters");
            }
        }
        if (policy.lockoutThreshold() > 20) {
            throw invalid("the lockout threshold must be between 1 and 20 failed attempts");
        }
        within(policy.lockoutWindow(), Duration.ofMinutes(1), Duration.ofDays(1), "the lockout window");
        within(policy.challengeTtl(), Duration.ofSeconds(30), Duration.ofHours(1), "a signing challenge's lifetime");
        within(policy.sessionContinuity(), Duration.ofMinutes(1), Duration.ofHours(12), "the session continuity");
        if (policy.maxReasonLength() < 1 || policy.maxReasonLength() > 4000) {
            throw invalid("the longest reason must be between 1 and 4000 characters");
        }
    }

    private static void within(Duration value, Duration min, Duration max, String what) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(what + " must be between " + min.toSeconds() + " and " + max.toSeconds() + " seconds");
        }
    }

    private static SigningRefusedException invalid(String message) {
        return new SigningRefusedException(SigningRefusal.INVALID_POLICY, message);
    }
}
