package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.signature.SignableVersion;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SignatureStore;
import org.eqms.signature.SigningChallenge;
import org.eqms.store.ao.entity.ChallengeRow;
import org.eqms.store.ao.entity.SignatureRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link SignatureStore} on Active Objects. */
public final class AoSignatureStore implements SignatureStore {
    private static final String SIGNATURE_COLUMNS = String.join(",", SignatureRow.SIGNATURE_ID, SignatureRow.OBJECT_TYPE,
            SignatureRow.OBJECT_ID, SignatureRow.OBJECT_VERSION, SignatureRow.CONTENT_HASH, SignatureRow.SIGNER_KEY,
            SignatureRow.SIGNER_NAME, SignatureRow.MEANING, SignatureRow.REASON, SignatureRow.SIGNED_AT,
            SignatureRow.AUTH_METHOD, SignatureRow.CHALLENGE_ID, SignatureRow.ENTRY_SEQ, SignatureRow.KID, SignatureRow.SEAL);

    private final ActiveObjects ao;

    public AoSignatureStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void addChallenge(SigningChallenge challenge) {
        AuditedObject object = challenge.version().object();
        Map<String, Object> row = new HashMap<>();
        row.put(ChallengeRow.CHALLENGE_ID, challenge.id());
        row.put(ChallengeRow.USER_KEY, challenge.userKey());
        row.put(ChallengeRow.OBJECT_TYPE, object.type());
        row.put(ChallengeRow.OBJECT_ID, object.id());
        row.put(ChallengeRow.OBJECT_VERSION, object.version());
        row.put(ChallengeRow.CONTENT_HASH, challenge.version().contentHash());
        row.put(ChallengeRow.ISSUED_AT, Rfc3339.format(challenge.issuedAt()));
        row.put(ChallengeRow.EXPIRES_AT, Rfc3339.format(challenge.expiresAt()));
        ao.create(ChallengeRow.class, row);
    }

    @Override
    public Optional<SigningChallenge> challenge(String id) {
        ChallengeRow row = ao.get(ChallengeRow.class, id);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new SigningChallenge(row.getChallengeId(), row.getUserKey(),
                new SignableVersion(new AuditedObject(row.getObjectType(), row.getObjectId(), row.getObjectVersion()),
                        row.getContentHash()),
                Rfc3339.parse(row.getIssuedAt()), Rfc3339.parse(row.getExpiresAt())));
    }

    @Override
    public boolean challengeUsed(String challengeId) {
        return ao.count(SignatureRow.class, SignatureRow.CHALLENGE_ID + " = ?", challengeId) > 0;
    }

    @Override
    public void add(SignatureRecord record) {
        Map<String, Object> row = new HashMap<>();
        row.put(SignatureRow.SIGNATURE_ID, record.id());
        row.put(SignatureRow.OBJECT_TYPE, record.object().type());
        row.put(SignatureRow.OBJECT_ID, record.object().id());
        row.put(SignatureRow.OBJECT_VERSION, record.object().version());
        row.put(SignatureRow.CONTENT_HASH, record.contentHash());
        row.put(SignatureRow.SIGNER_KEY, record.signerKey());
        row.put(SignatureRow.SIGNER_NAME, record.signerName());
        row.put(SignatureRow.MEANING, record.meaning());
        row.put(SignatureRow.REASON, record.reason());
        row.put(SignatureRow.SIGNED_AT, Rfc3339.format(record.time()));
        row.put(SignatureRow.AUTH_METHOD, record.authMethod());
        row.put(SignatureRow.CHALLENGE_ID, record.challengeId());
        try {
            ao.create(SignatureRow.class, row);
        } catch (RuntimeException e) {
            // HSQLDB (MVCC) rolls back the second of two concurrent inserts of the same challenge with a
            // serialization failure (SQLState 40001) rather than a unique violation
            if (SqlStates.uniqueViolation(e) || SqlStates.transactionRollback(e)) {
                throw new ChallengeAlreadyUsedException(record.challengeId(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<SignatureRecord> find(String id) {
        SignatureRow row = ao.get(SignatureRow.class, id);
        return row == null ? Optional.empty() : Optional.of(record(row));
    }

    @Override
    public void seal(String id, long entrySeq, String kid, String sig) {
        SignatureRow row = ao.get(SignatureRow.class, id);
        if (row == null || row.getSeal() != null) {
            throw new IllegalStateException("signature " + id + " is missing or already sealed");
        }
        row.setEntrySeq(entrySeq);
        row.setKid(kid);
        row.setSeal(sig);
        row.save();
    }

    @Override
    public void forEachSealed(long entrySeqBelow, Consumer<SignatureRecord> consumer) {
        ao.stream(SignatureRow.class, Query.select(SIGNATURE_COLUMNS)
                        .where(SignatureRow.ENTRY_SEQ + " IS NOT NULL AND " + SignatureRow.ENTRY_SEQ + " < ?", entrySeqBelow)
                        .order(SignatureRow.ENTRY_SEQ + " ASC"),
                row -> consumer.accept(record(row)));
    }

    @Override
    public long countSealed(long entrySeqBelow) {
        return ao.count(SignatureRow.class, SignatureRow.ENTRY_SEQ + " IS NOT NULL AND " + SignatureRow.ENTRY_SEQ + " < ?",
                entrySeqBelow);
    }

    @Override
    public List<SignatureRecord> forObject(String type, String id) {
        List<SignatureRecord> records = new ArrayList<>();
        for (SignatureRow row : ao.find(SignatureRow.class, Query.select()
                .where(SignatureRow.OBJECT_TYPE + " = ? AND " + SignatureRow.OBJECT_ID + " = ?", type, id)
                .order(SignatureRow.SIGNED_AT + " ASC"))) {
            records.add(record(row));
        }
        return records;
    }

    private static SignatureRecord record(SignatureRow row) {
        return new SignatureRecord(row.getSignatureId(),
                new AuditedObject(row.getObjectType(), row.getObjectId(), row.getObjectVersion()), row.getContentHash(),
                row.getSignerKey(), row.getSignerName(), row.getMeaning(), row.getReason(),
                Rfc3339.parse(row.getSignedAt()), row.getAuthMethod(), row.getChallengeId(), row.getEntrySeq(),
                row.getKid(), row.getSeal());
    }
}
