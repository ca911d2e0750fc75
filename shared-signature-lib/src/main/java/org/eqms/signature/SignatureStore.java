package org.eqms.signature;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: challenges and signature records. Signatures are inserted once and sealed once; never deleted. */
public interface SignatureStore {
    void addChallenge(SigningChallenge challenge);

    Optional<SigningChallenge> challenge(String id);

    boolean challengeUsed(String challengeId);

    /**
     * Inserts an unsealed signature. The store keeps one signature per challenge (UNIQUE), so a concurrent replay
     * fails here with {@link ChallengeAlreadyUsedException}.
     */
    void add(SignatureRecord unsealed);

    Optional<SignatureRecord> find(String id);

    void seal(String id, long entrySeq, String kid, String sig);

    /** Sealed signatures recorded by entries below {@code entrySeqBelow}, by entrySeq. */
    void forEachSealed(long entrySeqBelow, Consumer<SignatureRecord> consumer);

    long countSealed(long entrySeqBelow);

    List<SignatureRecord> forObject(String type, String id);

    /** Thrown by {@link #add} when the challenge already has a signature. */
    final class ChallengeAlreadyUsedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ChallengeAlreadyUsedException(String challengeId, Throwable cause) {
            super("challenge " + challengeId + " was already used", cause);
        }
    }
}
