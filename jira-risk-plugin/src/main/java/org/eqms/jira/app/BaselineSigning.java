package org.eqms.jira.app;

import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;
import org.eqms.trace.TraceBaseline;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * E-signatures on trace baselines (21 CFR 11.70): the challenge binds the baseline's content hash; a baseline whose
 * stored content no longer matches its hash is refused; a challenge issued for another baseline cannot be used.
 */
public final class BaselineSigning {
    private final ProjectTrace trace;
    private final ElectronicSignatures signatures;

    public BaselineSigning(ProjectTrace trace, ElectronicSignatures signatures) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    /** The challenge and whether the user id must be typed too, and which secret (password or TOTP). */
    public record Challenge(SigningChallenge challenge, TraceBaseline baseline, List<String> meanings, boolean needsUserId,
                            String secretComponent) {
    }

    public Challenge challenge(String userKey, String sessionId, String projectKey, String baselineId) {
        TraceBaseline baseline = intact(projectKey, baselineId);
        SigningChallenge challenge = signatures.challenge(userKey, TraceBaseline.OBJECT_TYPE, baselineId, null);
        return new Challenge(challenge, baseline, signatures.meanings(), signatures.needsUserId(userKey, sessionId),
                signatures.secretComponent(userKey));
    }

    public SignatureRecord sign(String userKey, String projectKey, String baselineId, SigningRequest request) {
        intact(projectKey, baselineId);
        Optional<SigningChallenge> pending = signatures.pendingChallenge(request.challengeId());
        if (pending.isPresent() && !(pending.get().version().object().type().equals(TraceBaseline.OBJECT_TYPE)
                && pending.get().version().object().id().equals(baselineId))) {
            throw new TraceRefusedException(TraceRefusal.UNKNOWN_ITEM, "Challenge " + request.challengeId()
                    + " was not issued for baseline " + baselineId + ".",
                    "Request a signing challenge for this baseline and sign again.");
        }
        return signatures.sign(userKey, request);
    }

    public List<SignatureRecord> signaturesOf(String baselineId) {
        return signatures.forObject(TraceBaseline.OBJECT_TYPE, baselineId);
    }

    private TraceBaseline intact(String projectKey, String baselineId) {
        TraceBaseline baseline = trace.baseline(projectKey, baselineId);
        if (!baseline.isIntact()) {
            throw new TraceRefusedException(TraceRefusal.UNKNOWN_ITEM, "The stored baseline " + baselineId
                    + " no longer matches its content hash.", "Report this integrity problem to an administrator.");
        }
        return baseline;
    }
}
