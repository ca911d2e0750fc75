package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Hex;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.keys.Ed25519;
import org.eqms.audit.keys.LedgerPublicKey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Streaming check of a ledger against DESIGN §6, fed entry, checkpoint and signature lines in export order.
 * Memory stays O(log n) plus the signing entries. Stops at the first fault and names it; the same checks serve
 * the database verifier and the export-file verifier.
 */
public final class LedgerVerifier {
    public static final String SIGNING_ACTION = "esign.signed";

    private final Map<String, LedgerPublicKey> keys;
    private final boolean exportMode;

    private long expectedSeq;
    private String prevHash = AuditEntry.GENESIS_PREV;
    private MerkleFrontier frontier = MerkleFrontier.empty();
    private long lastCheckpointSize;
    private long checkpoints;
    private long signatures;
    private long lastSignatureEntrySeq = -1;
    private final Map<Long, SigningEntry> signingEntries = new HashMap<>();
    private VerificationResult failure;
    private VerificationResult tentativeMissing;
    private Long expectedEntries;
    private Long expectedSignatures;
    private Long expectedCheckpoints;
    private long checkpointInterval;

    /**
     * @param exportMode true for an export file, whose last checkpoint must cover every entry; false for a live
     *                   ledger, whose newest entries may not be checkpointed yet
     */
    public LedgerVerifier(Iterable<LedgerPublicKey> publicKeys, boolean exportMode) {
        this.keys = new HashMap<>();
        publicKeys.forEach(k -> keys.put(k.kid(), k));
        this.exportMode = exportMode;
    }

    /** The counts a signed export header promises; {@link #finish()} reports truncation when fewer lines came. */
    public void expectCounts(long entries, long signatures, Long checkpoints) {
        this.expectedEntries = entries;
        this.expectedSignatures = signatures;
        this.expectedCheckpoints = checkpoints;
    }

    /**
     * The ledger writes a checkpoint at every multiple of {@code interval} entries (in the sequencing transaction),
     * so a missing one means checkpoints were deleted, e.g. to rewrite the chain behind them.
     */
    public void requireCheckpointEvery(long interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be >= 1");
        }
        this.checkpointInterval = interval;
    }

    public boolean failed() {
        return failure != null;
    }

    public long entriesSeen() {
        return expectedSeq;
    }

    public void entry(JsonNode line) {
        if (failure != null) {
            return;
        }
        Long seq = integer(line, "seq");
        if (seq == null || seq < 0 || !"entry".equals(text(line, "kind"))) {
            fail(seq, VerificationFailure.MALFORMED, "entry line needs kind \"entry\" and an integer seq >= 0");
            return;
        }
        if (tentativeMissing != null) {
            VerificationResult missing = tentativeMissing;
            tentativeMissing = null;
            failure = seq == expectedSeq
                    ? invalid(seq, VerificationFailure.REORDERED, "seq " + seq + " comes after a later entry")
                    : missing;
            return;
        }
        if (seq > expectedSeq) {
            tentativeMissing = invalid(expectedSeq, VerificationFailure.MISSING,
                    "expected seq " + expectedSeq + " but found " + seq);
            return;
        }
        if (seq == expectedSeq - 1) {
            fail(seq, VerificationFailure.INSERTED, "a second entry with seq " + seq);
            return;
        }
        if (seq < expectedSeq) {
            fail(seq, VerificationFailure.REORDERED, "seq " + seq + " found after seq " + (expectedSeq - 1));
            return;
        }
        String malformed = entryShapeProblem(line);
        if (malformed != null) {
            fail(seq, VerificationFailure.MALFORMED, malformed);
            return;
        }
        // Checked first: the checkpoint due after entry seq-1 must come before entry seq, whatever seq holds.
        if (checkpointInterval > 0 && seq > 0 && seq % checkpointInterval == 0 && lastCheckpointSize != seq) {
            fail(seq - 1, VerificationFailure.CHECKPOINT_MISMATCH, "no checkpoint at tree size " + seq
                    + ", though the ledger writes one every " + checkpointInterval + " entries");
            return;
        }
        String hash = text(line, "hash");
        if (!AuditJson.hashOf(line).equals(hash)) {
            fail(seq, VerificationFailure.ALTERED, "content does not match its hash");
            return;
        }
        if (!prevHash.equals(text(line, "prev"))) {
            fail(seq, VerificationFailure.BROKEN_LINK, seq == 0
                    ? "the first entry's prev is not 64 zeros"
                    : "prev is not the hash of seq " + (seq - 1) + ": an entry was rewritten or inserted");
            return;
        }
        if (SIGNING_ACTION.equals(text(line, "action"))) {
            signingEntries.put(seq, new SigningEntry(line.get("object"), text(line.get("data"), "signatureId")));
        }
        frontier = frontier.append(Hex.decode(hash));
        prevHash = hash;
        expectedSeq++;
    }

    public void checkpoint(JsonNode line) {
        if (failure != null || settleMissing()) {
            return;
        }
        Long treeSize = integer(line, "treeSize");
        String root = text(line, "root");
        Instant time = time(line);
        String kid = text(line, "kid");
        String sig = text(line, "sig");
        if (treeSize == null || !isHex(root) || time == null || kid == null || sig == null
                || !"checkpoint".equals(text(line, "kind"))) {
            fail(null, VerificationFailure.MALFORMED, "checkpoint line lacks treeSize, root, time, kid or sig");
            return;
        }
        LedgerPublicKey key = keys.get(kid);
        if (key == null) {
            fail(lastSeqCoveredBy(treeSize), VerificationFailure.UNKNOWN_KEY, "checkpoint at tree size " + treeSize
                    + " is signed with key " + kid + ", which the ledger does not publish");
            return;
        }
        if (!verifies(key, AuditJson.bytesToSeal(line), sig)) {
            fail(lastSeqCoveredBy(treeSize), VerificationFailure.BAD_CHECKPOINT_SIGNATURE,
                    "signature of checkpoint at tree size " + treeSize + " does not verify with key " + kid);
            return;
        }
        if (!key.validAt(time)) {
            fail(lastSeqCoveredBy(treeSize), VerificationFailure.BAD_CHECKPOINT_SIGNATURE,
                    "key " + kid + " was not valid at the checkpoint's time " + Rfc3339.format(time));
            return;
        }
        if (treeSize > expectedSeq) {
            fail(expectedSeq, VerificationFailure.TRUNCATED, "checkpoint covers " + treeSize
                    + " entries but only " + expectedSeq + " are present");
            return;
        }
        if (treeSize < expectedSeq || treeSize <= lastCheckpointSize && checkpoints > 0) {
            fail(lastSeqCoveredBy(treeSize), VerificationFailure.CHECKPOINT_MISMATCH, "checkpoint for tree size " + treeSize
                    + " is out of place after " + expectedSeq + " entries");
            return;
        }
        if (!Hex.encode(frontier.root()).equals(root)) {
            fail(lastSeqCoveredBy(treeSize), VerificationFailure.CHECKPOINT_MISMATCH,
                    "Merkle root of the first " + treeSize + " entries differs from the signed checkpoint");
            return;
        }
        lastCheckpointSize = treeSize;
        checkpoints++;
    }

    public void signature(JsonNode line) {
        if (failure != null || settleMissing()) {
            return;
        }
        String id = text(line, "id");
        Long entrySeq = integer(line, "entrySeq");
        String kid = text(line, "kid");
        String sig = text(line, "sig");
        String malformed = signatureShapeProblem(line);
        if (id == null || entrySeq == null || kid == null || sig == null || malformed != null) {
            fail(entrySeq, VerificationFailure.MALFORMED, malformed != null ? malformed
                    : "signature line lacks id, entrySeq, kid or sig");
            return;
        }
        if (entrySeq <= lastSignatureEntrySeq) {
            fail(entrySeq, VerificationFailure.MALFORMED, "signature lines must be in increasing entrySeq order");
            return;
        }
        lastSignatureEntrySeq = entrySeq;
        LedgerPublicKey key = keys.get(kid);
        if (key == null) {
            fail(entrySeq, VerificationFailure.UNKNOWN_KEY, "signature " + id + " is sealed with unpublished key " + kid);
            return;
        }
        if (!verifies(key, AuditJson.bytesToSeal(line), sig)) {
            fail(entrySeq, VerificationFailure.BAD_SIGNATURE_SEAL, "seal of signature " + id + " does not verify");
            return;
        }
        SigningEntry recorded = signingEntries.get(entrySeq);
        if (recorded == null || !recorded.object().equals(line.get("object")) || !id.equals(recorded.signatureId())) {
            fail(entrySeq, VerificationFailure.SIGNATURE_NOT_RECORDED,
                    "signature " + id + " is not the one recorded by entry " + entrySeq);
            return;
        }
        signingEntries.remove(entrySeq);
        signatures++;
    }

    public VerificationResult finish() {
        settleMissing();
        if (failure != null) {
            return failure;
        }
        if (expectedEntries != null && expectedEntries != expectedSeq) {
            return invalid(expectedSeq, VerificationFailure.TRUNCATED, "the signed header announces " + expectedEntries
                    + " entries but " + expectedSeq + " are present");
        }
        if (expectedCheckpoints != null && expectedCheckpoints != checkpoints) {
            return invalid(null, VerificationFailure.TRUNCATED, "the signed header announces " + expectedCheckpoints
                    + " checkpoints but " + checkpoints + " are present");
        }
        if (checkpointInterval > 0 && expectedSeq > 0 && expectedSeq % checkpointInterval == 0
                && lastCheckpointSize != expectedSeq) {
            return invalid(expectedSeq - 1, VerificationFailure.CHECKPOINT_MISMATCH, "no checkpoint at tree size "
                    + expectedSeq + ", though the ledger writes one every " + checkpointInterval + " entries");
        }
        if (expectedSignatures != null && expectedSignatures != signatures) {
            return invalid(null, VerificationFailure.TRUNCATED, "the signed header announces " + expectedSignatures
                    + " signatures but " + signatures + " are present");
        }
        Long unsigned = signingEntries.entrySet().stream().filter(e -> e.getValue().signatureId() != null)
                .map(Map.Entry::getKey).min(Long::compare).orElse(null);
        if (unsigned != null) {
            return invalid(unsigned, VerificationFailure.MISSING, "entry " + unsigned + " records signature "
                    + signingEntries.get(unsigned).signatureId() + ", but its signature record is missing");
        }
        if (exportMode && lastCheckpointSize != expectedSeq) {
            return invalid(lastCheckpointSize, VerificationFailure.UNCOVERED, "no checkpoint covers entries "
                    + lastCheckpointSize + ".." + (expectedSeq - 1) + ": the export was cut short or entries appended");
        }
        return VerificationResult.ok(expectedSeq, checkpoints, signatures);
    }

    /** Fails outright with a syntax fault found by the caller (e.g. an unparsable line). */
    public void malformed(String message) {
        if (failure == null) {
            settleMissing();
            fail(null, VerificationFailure.MALFORMED, message);
        }
    }

    private boolean settleMissing() {
        if (tentativeMissing != null) {
            failure = tentativeMissing;
            tentativeMissing = null;
        }
        return failure != null;
    }

    private Long lastSeqCoveredBy(long treeSize) {
        return treeSize > 0 ? treeSize - 1 : null;
    }

    private static boolean verifies(LedgerPublicKey key, byte[] message, String sig) {
        try {
            return Ed25519.verify(key.publicKey(), message, Base64Url.decode(sig));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String entryShapeProblem(JsonNode line) {
        if (time(line) == null) {
            return "time is not an RFC 3339 UTC millisecond time";
        }
        JsonNode actor = line.get("actor");
        if (actor == null || text(actor, "userKey") == null || text(actor, "name") == null) {
            return "actor needs userKey and name";
        }
        if (text(line, "action") == null) {
            return "action is missing";
        }
        JsonNode object = line.get("object");
        if (object == null || text(object, "type") == null || text(object, "id") == null
                || !(object.path("version").isNull() || object.path("version").isIntegralNumber())) {
            return "object needs type, id and version (integer or null)";
        }
        if (!line.path("data").isObject()) {
            return "data must be an object";
        }
        if (!IntegersOnly.holdsIn(line)) {
            return "numbers must be integers within +-(2^53-1)";
        }
        if (!isHex(text(line, "prev")) || !isHex(text(line, "hash"))) {
            return "prev and hash must be 64 lowercase hex digits";
        }
        return null;
    }

    private static String signatureShapeProblem(JsonNode line) {
        if (!"signature".equals(text(line, "kind"))) {
            return "signature line needs kind \"signature\"";
        }
        JsonNode object = line.get("object");
        JsonNode signer = line.get("signer");
        if (object == null || text(object, "type") == null || text(object, "id") == null
                || !(object.path("version").isNull() || object.path("version").isIntegralNumber())) {
            return "signature object needs type, id and version (integer or null)";
        }
        if (signer == null || text(signer, "userKey") == null || text(signer, "name") == null) {
            return "signature signer needs userKey and name";
        }
        if (!isHex(text(line, "contentHash")) || text(line, "meaning") == null || text(line, "authMethod") == null
                || text(line, "challenge") == null || time(line) == null
                || !(line.path("reason").isNull() || line.path("reason").isTextual())) {
            return "signature needs contentHash (hex), meaning, reason (string or null), time, authMethod and challenge";
        }
        if (!IntegersOnly.holdsIn(line)) {
            return "numbers must be integers within +-(2^53-1)";
        }
        return null;
    }

    private static boolean isHex(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }

    private static Instant time(JsonNode line) {
        String time = text(line, "time");
        if (time == null) {
            return null;
        }
        try {
            return Rfc3339.parse(time);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static Long integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    private void fail(Long seq, VerificationFailure reason, String message) {
        failure = invalid(seq, reason, message);
    }

    private VerificationResult invalid(Long seq, VerificationFailure reason, String message) {
        return VerificationResult.invalid(expectedSeq, checkpoints, signatures, seq, reason, message);
    }

    private record SigningEntry(JsonNode object, String signatureId) {
        SigningEntry {
            Objects.requireNonNull(object);
        }
    }
}
