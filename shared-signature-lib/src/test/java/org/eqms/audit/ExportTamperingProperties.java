package org.eqms.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.keys.Ed25519;
import org.eqms.audit.keys.Ed25519KeyPair;
import org.eqms.audit.keys.KeyId;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.TestLedger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export-file verifier (DESIGN §6, file only) against random tampering of one real export: a ledger of 63
 * entries with 5 real e-signatures, a checkpoint every 16 entries and others (by age, for exports) in between,
 * and a key rotation part-way. Every tampering changes the bytes and must be reported invalid, with a reason
 * (and, where the tampered entry is known, the first bad seq) that fits what was done.
 *
 * <p>Deleting checkpoint lines, any of them and any number, is generated: the signed header announces how many
 * checkpoint lines follow ({@code checkpoints}) and that the ledger writes one at every multiple of
 * {@code checkpointInterval} entries, so a deleted one at such a multiple is missing where the entries are
 * (CHECKPOINT_MISMATCH) and any other deleted one (by age, for an earlier export, the export's own last one)
 * leaves fewer lines than announced (TRUNCATED). A deleted checkpoint replaced by a copy of another one, to keep
 * the count, is out of place (CHECKPOINT_MISMATCH). Edits of those header members are generated too (the header's
 * signature covers them).
 *
 * <p>Not generated, because no file-only verifier can detect it (DESIGN §6 gives it no trust anchor beyond the
 * file):
 * <ul>
 *   <li>a header re-signed by a key the attacker adds to (or substitutes in) the header's own key list: the
 *       verifier takes the keys from the header, so whoever rewrites the header decides which keys are trusted,
 *       and can then re-sign every checkpoint and seal. Catching it needs the ledger's keys pinned out of band.
 *       Re-signing the header with an unlisted key, or under a listed kid, or listing a new key without
 *       re-signing, is generated and detected.</li>
 * </ul>
 */
@Clause("21CFR11.10(e)")
@Clause("21CFR11.10(c)")
class ExportTamperingProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong DETECTED = new AtomicLong();

    private static TamperingLedger history;
    private static Export export;

    @BeforeContainer
    static void buildOneRealLedgerAndExportIt() {
        history = TamperingLedger.build(55, 5, true, new CheckpointPolicy(16, Duration.ofSeconds(60)));
        // the build ends with a checkpoint at 60; two entries a minute later get one by age (62), and the export
        // its own (63): checkpoints at no multiple of the interval before the last one, as well as at the multiples
        history.clock.advance(Duration.ofSeconds(61));
        TestLedger.recordActions(history.ledger, 2);
        history.ledger.auditTrail().flush();
        TestLedger.recordActions(history.ledger, 1);
        history.ledger.auditTrail().flush();
        export = new Export(history.export());
    }

    @AfterContainer
    static void close() {
        if (history != null) {
            history.close();
        }
        System.out.println("ExportTamperingProperties: " + DETECTED.get() + " tampered exports, all detected");
    }

    @Example
    void theUntamperedExportVerifies() {
        VerificationResult result = TestLedger.verifyFile(export.bytes);
        assertThat(result.valid()).as(result.message()).isTrue();
        assertThat(result.entries()).isEqualTo(export.entryLines.size()).isGreaterThanOrEqualTo(60);
        assertThat(result.signatures()).isEqualTo(5);
        assertThat(result.checkpoints()).isEqualTo(export.checkpointLines.size()).isGreaterThanOrEqualTo(6);
        assertThat(export.kids()).hasSize(2);
        assertThat(export.interval).isEqualTo(16);
        assertThat(export.nodes.get(0).get("checkpoints").asLong()).isEqualTo(export.checkpointLines.size());
        // a checkpoint at every multiple of the interval, and others (by age, at the rotation, the export's)
        assertThat(export.checkpointLines.stream().filter(l -> export.treeSizeAt(l) % export.interval == 0).count())
                .isEqualTo(export.entryLines.size() / export.interval);
        assertThat(export.checkpointLines.stream().map(export::treeSizeAt).toList()).contains(60L, 62L, 63L);
    }

    @Property(tries = 20)
    void everyUntamperedHistoryVerifies(@ForAll @IntRange(min = 0, max = 40) int actions,
                                        @ForAll @IntRange(min = 0, max = 3) int signatures,
                                        @ForAll boolean rotate, @ForAll @IntRange(min = 1, max = 20) int everyEntries) {
        try (TamperingLedger fresh = TamperingLedger.build(actions, signatures, rotate,
                new CheckpointPolicy(everyEntries, Duration.ofSeconds(60)))) {
            VerificationResult stored = fresh.ledger.verifier().verify();
            assertThat(stored.valid()).as(stored.message()).isTrue();
            VerificationResult file = TestLedger.verifyFile(fresh.export());
            assertThat(file.valid()).as(file.message()).isTrue();
            assertThat(file.entries()).isEqualTo(actions + signatures);
            assertThat(file.signatures()).isEqualTo(signatures);
        }
    }

    @Property(tries = 12_000, maxDiscardRatio = 1)
    void everyTamperingOfTheExportIsDetected(@ForAll("tamperings") Tampering tampering) {
        Tampered tampered = tampering.apply(export);
        Assume.that(!Arrays.equals(tampered.bytes, export.bytes));
        Statistics.label("kind").collect(tampering.op());

        VerificationResult result = TestLedger.verifyFile(tampered.bytes);

        String what = tampering + ": " + tampered.description + " -> " + result.message();
        assertThat(result.valid()).as("undetected: " + what).isFalse();
        assertThat(result.reason()).as("reason for " + what).isIn(tampered.reasons);
        if (tampered.firstBadSeq != null && tampered.seqFor.contains(result.reason())) {
            assertThat(result.firstBadSeq()).as("first bad seq for " + what).isEqualTo(tampered.firstBadSeq);
        }
        DETECTED.incrementAndGet();
    }

    @Provide
    Arbitrary<Tampering> tamperings() {
        Arbitrary<Op> ops = Arbitraries.frequency(
                Tuple.of(14, Op.EDIT_ENTRY), Tuple.of(6, Op.EDIT_CHECKPOINT), Tuple.of(6, Op.EDIT_SIGNATURE),
                Tuple.of(5, Op.EDIT_HEADER), Tuple.of(6, Op.DELETE_LINE), Tuple.of(6, Op.INSERT_COPY),
                Tuple.of(5, Op.INSERT_CRAFTED_ENTRY), Tuple.of(7, Op.SWAP_LINES), Tuple.of(5, Op.TRUNCATE_LINES),
                Tuple.of(3, Op.TRUNCATE_BYTES), Tuple.of(8, Op.REWRITE_CHAIN), Tuple.of(6, Op.REWRITE_AND_RESIGN),
                Tuple.of(4, Op.RESIGN_CHECKPOINT), Tuple.of(4, Op.RESIGN_SIGNATURE), Tuple.of(3, Op.RESIGN_HEADER),
                Tuple.of(3, Op.BREAK_JCS), Tuple.of(2, Op.BAD_UTF8), Tuple.of(6, Op.DELETE_CHECKPOINTS),
                Tuple.of(4, Op.EDIT_HEADER_COUNTS));
        return Combinators.combine(ops, Arbitraries.integers().between(0, 1_000_000),
                        Arbitraries.integers().between(0, 1_000_000), Arbitraries.longs())
                .as(Tampering::new);
    }

    enum Op {
        EDIT_ENTRY, EDIT_CHECKPOINT, EDIT_SIGNATURE, EDIT_HEADER, DELETE_LINE, INSERT_COPY, INSERT_CRAFTED_ENTRY,
        SWAP_LINES, TRUNCATE_LINES, TRUNCATE_BYTES, REWRITE_CHAIN, REWRITE_AND_RESIGN, RESIGN_CHECKPOINT,
        RESIGN_SIGNATURE, RESIGN_HEADER, BREAK_JCS, BAD_UTF8, DELETE_CHECKPOINTS, EDIT_HEADER_COUNTS
    }

    /** How an attacker re-signs with a key the ledger never had. */
    enum Resign {
        /** the original kid, the attacker's signature: the published key does not verify it */
        KEEP_KID,
        /** a new kid the header does not list */
        NEW_KID,
        /** a new kid added to the header's keys, the header's own seal left as it was */
        NEW_KID_LISTED,
        /** a new kid added to the header's keys, the header re-signed by the attacker under the original kid */
        NEW_KID_LISTED_HEADER_RESIGNED_UNDER_OLD_KID,
        /** a new kid added to the header's keys, the header re-signed by another key it does not list */
        NEW_KID_LISTED_HEADER_RESIGNED_UNLISTED
        // Not here: the header re-signed by the attacker's key it lists itself (see the class comment).
    }

    /** One random tampering: the operation and the random choices it makes (shrinkable ints, a seed for details). */
    record Tampering(Op op, int a, int b, long seed) {
        Tampered apply(Export export) {
            return new Tamperer(export, this).apply();
        }
    }

    /** The tampered bytes, what was done, the reasons that fit it and (where known) the first bad seq. */
    record Tampered(byte[] bytes, String description, Set<VerificationFailure> reasons, Long firstBadSeq,
                    Set<VerificationFailure> seqFor) {
    }

    /** The untampered export, split into lines and parsed once. */
    static final class Export {
        final byte[] bytes;
        final List<String> lines;
        final List<ObjectNode> nodes = new ArrayList<>();
        final List<Integer> entryLines = new ArrayList<>();
        final List<Integer> checkpointLines = new ArrayList<>();
        final List<Integer> signatureLines = new ArrayList<>();
        /** The signed header's checkpointInterval: the ledger checkpoints at every multiple of it. */
        final long interval;

        Export(byte[] bytes) {
            this.bytes = bytes;
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\n");
            this.lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                ObjectNode node = parse(lines.get(i));
                nodes.add(node);
                switch (node.get("kind").asText()) {
                    case "entry" -> {
                        assertThat(node.get("seq").asLong()).isEqualTo(entryLines.size());
                        entryLines.add(i);
                    }
                    case "checkpoint" -> checkpointLines.add(i);
                    case "signature" -> signatureLines.add(i);
                    default -> assertThat(i).isZero();
                }
            }
            this.interval = nodes.get(0).get("checkpointInterval").asLong();
        }

        ObjectNode node(int line) {
            return nodes.get(line).deepCopy();
        }

        String kind(int line) {
            return nodes.get(line).get("kind").asText();
        }

        long seqAt(int line) {
            return nodes.get(line).get("seq").asLong();
        }

        long treeSizeAt(int line) {
            return nodes.get(line).get("treeSize").asLong();
        }

        int lastCheckpointLine() {
            return checkpointLines.get(checkpointLines.size() - 1);
        }

        /** The tree size of the first checkpoint that covers entry {@code seq}. */
        long firstCheckpointCovering(long seq) {
            for (int line : checkpointLines) {
                long size = nodes.get(line).get("treeSize").asLong();
                if (size > seq) {
                    return size;
                }
            }
            throw new IllegalStateException("no checkpoint covers " + seq);
        }

        List<String> kids() {
            List<String> kids = new ArrayList<>();
            nodes.get(0).get("keys").forEach(k -> kids.add(k.get("kid").asText()));
            return kids;
        }
    }

    /** Applies one {@link Tampering} to a copy of the export's lines. */
    private static final class Tamperer {
        private static final Set<String> STRUCTURAL = Set.of("seq", "kind", "prev", "hash");
        private static final Set<VerificationFailure> ENTRY_EDIT = EnumSet.of(VerificationFailure.ALTERED,
                VerificationFailure.MALFORMED);
        private static final Set<VerificationFailure> SEQ_EDIT = EnumSet.of(VerificationFailure.MALFORMED,
                VerificationFailure.MISSING, VerificationFailure.INSERTED, VerificationFailure.REORDERED);
        private static final Set<VerificationFailure> CHECKPOINT_EDIT = EnumSet.of(VerificationFailure.MALFORMED,
                VerificationFailure.UNKNOWN_KEY, VerificationFailure.BAD_CHECKPOINT_SIGNATURE);
        private static final Set<VerificationFailure> SIGNATURE_EDIT = EnumSet.of(VerificationFailure.MALFORMED,
                VerificationFailure.UNKNOWN_KEY, VerificationFailure.BAD_SIGNATURE_SEAL);
        private static final Set<VerificationFailure> HEADER_EDIT = EnumSet.of(VerificationFailure.MALFORMED,
                VerificationFailure.BAD_HEADER_SIGNATURE);
        private static final Set<VerificationFailure> ANY_OUT_OF_PLACE = EnumSet.of(VerificationFailure.MALFORMED,
                VerificationFailure.MISSING, VerificationFailure.INSERTED, VerificationFailure.REORDERED,
                VerificationFailure.TRUNCATED, VerificationFailure.UNCOVERED, VerificationFailure.CHECKPOINT_MISMATCH,
                VerificationFailure.SIGNATURE_NOT_RECORDED);

        private final Export export;
        private final Tampering t;
        private final Random random;
        private final List<String> lines;
        private Set<VerificationFailure> reasons;
        private Long firstBadSeq;
        private Set<VerificationFailure> seqFor = EnumSet.noneOf(VerificationFailure.class);
        private byte[] rawBytes;

        Tamperer(Export export, Tampering t) {
            this.export = export;
            this.t = t;
            this.random = new Random(t.seed());
            this.lines = new ArrayList<>(export.lines);
        }

        Tampered apply() {
            String description = switch (t.op()) {
                case EDIT_ENTRY -> editEntry();
                case EDIT_CHECKPOINT -> editCheckpoint();
                case EDIT_SIGNATURE -> editSignature();
                case EDIT_HEADER -> editHeader();
                case DELETE_LINE -> deleteLine();
                case INSERT_COPY -> insertCopy();
                case INSERT_CRAFTED_ENTRY -> insertCraftedEntry();
                case SWAP_LINES -> swapLines();
                case TRUNCATE_LINES -> truncateLines();
                case TRUNCATE_BYTES -> truncateBytes();
                case REWRITE_CHAIN -> rewriteChain(false);
                case REWRITE_AND_RESIGN -> rewriteChain(true);
                case RESIGN_CHECKPOINT -> resignCheckpoint();
                case RESIGN_SIGNATURE -> resignSignature();
                case RESIGN_HEADER -> resignHeader();
                case BREAK_JCS -> breakJcs();
                case BAD_UTF8 -> badUtf8();
                case DELETE_CHECKPOINTS -> deleteCheckpoints();
                case EDIT_HEADER_COUNTS -> editHeaderCounts();
            };
            byte[] bytes = rawBytes != null ? rawBytes : (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"))
                    .getBytes(StandardCharsets.UTF_8);
            return new Tampered(bytes, description, reasons, firstBadSeq, seqFor);
        }

        private int pick(List<Integer> choices, int r) {
            return choices.get(r % choices.size());
        }

        private String editEntry() {
            int line = pick(export.entryLines, t.a());
            long seq = export.seqAt(line);
            ObjectNode node = export.node(line);
            String path = JsonEdits.mutate(node, random);
            lines.set(line, Jcs.canonicalString(node));
            String top = JsonEdits.topMember(path);
            if (top.equals("seq")) {
                reasons = SEQ_EDIT;
            } else if (top.equals("kind")) {
                reasons = EnumSet.of(VerificationFailure.MALFORMED);
            } else {
                reasons = ENTRY_EDIT;
                expectSeq(seq, ENTRY_EDIT);
            }
            return "edit entry " + seq + " at " + path;
        }

        private String editCheckpoint() {
            int line = pick(export.checkpointLines, t.a());
            ObjectNode node = export.node(line);
            long treeSize = node.get("treeSize").asLong();
            String path = JsonEdits.mutate(node, random);
            lines.set(line, Jcs.canonicalString(node));
            reasons = CHECKPOINT_EDIT;
            if (!JsonEdits.topMember(path).equals("treeSize")) {
                expectSeq(treeSize - 1, EnumSet.of(VerificationFailure.UNKNOWN_KEY,
                        VerificationFailure.BAD_CHECKPOINT_SIGNATURE));
            }
            return "edit checkpoint " + treeSize + " at " + path;
        }

        private String editSignature() {
            int line = pick(export.signatureLines, t.a());
            ObjectNode node = export.node(line);
            long entrySeq = node.get("entrySeq").asLong();
            String path = JsonEdits.mutate(node, random);
            lines.set(line, Jcs.canonicalString(node));
            reasons = SIGNATURE_EDIT;
            if (!JsonEdits.topMember(path).equals("entrySeq")) {
                expectSeq(entrySeq, EnumSet.of(VerificationFailure.UNKNOWN_KEY, VerificationFailure.BAD_SIGNATURE_SEAL));
            }
            return "edit signature of entry " + entrySeq + " at " + path;
        }

        private String editHeader() {
            ObjectNode node = export.node(0);
            String path = JsonEdits.mutate(node, random);
            lines.set(0, Jcs.canonicalString(node));
            reasons = HEADER_EDIT;
            return "edit header at " + path;
        }

        private String deleteLine() {
            int line = t.a() % lines.size();
            lines.remove(line);
            switch (export.kind(line)) {
                case "header" -> reasons = EnumSet.of(VerificationFailure.MALFORMED);
                case "entry" -> {
                    reasons = EnumSet.of(VerificationFailure.MISSING, VerificationFailure.TRUNCATED);
                    expectSeq(export.seqAt(line), reasons);
                }
                case "checkpoint" -> expectCheckpointsDeleted(Set.of(line));
                default -> reasons = EnumSet.of(VerificationFailure.TRUNCATED, VerificationFailure.MISSING);
            }
            return "delete line " + line + " (" + export.kind(line)
                    + (export.kind(line).equals("checkpoint") ? " " + export.treeSizeAt(line) : "") + ")";
        }

        /**
         * Deletes checkpoint lines: the one {@code a} picks and each other with probability 1/4. With {@code b % 3
         * == 0} the attacker keeps the announced count by putting a copy of a remaining checkpoint line right after
         * it for each one deleted.
         */
        private String deleteCheckpoints() {
            Set<Integer> gone = new TreeSet<>();
            gone.add(pick(export.checkpointLines, t.a()));
            for (int line : export.checkpointLines) {
                if (random.nextInt(4) == 0) {
                    gone.add(line);
                }
            }
            List<Integer> remaining = new ArrayList<>(export.checkpointLines);
            remaining.removeAll(gone);
            boolean keepCount = t.b() % 3 == 0 && !remaining.isEmpty();
            List<Integer> copied = new ArrayList<>();
            if (keepCount) {
                for (int i = 0; i < gone.size(); i++) {
                    copied.add(remaining.get(random.nextInt(remaining.size())));
                }
            }
            lines.clear();
            for (int line = 0; line < export.lines.size(); line++) {
                if (gone.contains(line)) {
                    continue;
                }
                lines.add(export.lines.get(line));
                for (int source : copied) {
                    if (source == line) {
                        lines.add(export.lines.get(line));
                    }
                }
            }
            List<Long> sizes = gone.stream().map(export::treeSizeAt).toList();
            if (keepCount) {
                // a copy is out of place (its tree size is not above the one before it), or a deleted one at a
                // multiple of the interval is missing first: either way while the checkpoints are read
                reasons = EnumSet.of(VerificationFailure.CHECKPOINT_MISMATCH);
                Statistics.label("checkpoints deleted").collect("count kept");
                return "delete checkpoints " + sizes + " and keep the count with copies of "
                        + copied.stream().map(export::treeSizeAt).toList();
            }
            expectCheckpointsDeleted(gone);
            return "delete checkpoints " + sizes;
        }

        /**
         * Deleting checkpoint lines (and nothing else): one at a multiple of the interval below the number of
         * entries is missing when the entry at that size comes (CHECKPOINT_MISMATCH, the entry before it the first
         * bad one); otherwise fewer checkpoint lines than the signed header announces (TRUNCATED).
         */
        private void expectCheckpointsDeleted(Set<Integer> gone) {
            long entries = export.entryLines.size();
            Long firstMissing = gone.stream().map(export::treeSizeAt)
                    .filter(size -> size % export.interval == 0 && size < entries).min(Long::compare).orElse(null);
            if (firstMissing != null) {
                reasons = EnumSet.of(VerificationFailure.CHECKPOINT_MISMATCH);
                expectSeq(firstMissing - 1, reasons);
                Statistics.label("checkpoints deleted").collect("at a multiple");
            } else {
                reasons = EnumSet.of(VerificationFailure.TRUNCATED, VerificationFailure.UNCOVERED);
                Statistics.label("checkpoints deleted").collect(gone.contains(export.lastCheckpointLine())
                        ? "the last" : "by age only");
            }
        }

        /**
         * Edits the header's {@code checkpoints} or {@code checkpointInterval} (or removes them, as an older header
         * would lack them) without re-signing it; half the time also deletes checkpoint lines to fit the lie.
         */
        private String editHeaderCounts() {
            ObjectNode header = export.node(0);
            String member = t.a() % 2 == 0 ? "checkpoints" : "checkpointInterval";
            long value = header.get(member).asLong();
            Object[][] edits = {{value + 1, "+1"}, {value - 1, "-1"}, {0L, "0"}, {-value, "negated"},
                    {value * 1000 + 7, "huge"}, {String.valueOf(value), "as a string"}, {null, "null"},
                    {value + 0.5, "fraction"}, {"removed", "removed"}, {"both removed", "both removed"}};
            Object[] edit = edits[t.b() % edits.length];
            String how = (String) edit[1];
            if (how.equals("both removed")) {
                header.remove("checkpoints");
                header.remove("checkpointInterval");
            } else if (how.equals("removed")) {
                header.remove(member);
            } else if (edit[0] == null) {
                header.putNull(member);
            } else {
                header.set(member, JSON.valueToTree(edit[0]));
            }
            lines.set(0, Jcs.canonicalString(header));
            String fitted = "";
            if (random.nextBoolean()) {
                // make the lines fit: drop one or two checkpoint lines, at multiples of the interval if any
                List<Integer> multiples = export.checkpointLines.stream()
                        .filter(l -> export.treeSizeAt(l) % export.interval == 0).toList();
                Set<Integer> gone = new TreeSet<>();
                gone.add(pick(multiples.isEmpty() ? export.checkpointLines : multiples, random.nextInt(1000)));
                if (random.nextBoolean()) {
                    gone.add(pick(export.checkpointLines, random.nextInt(1000)));
                }
                List<Integer> descending = new ArrayList<>(gone);
                descending.sort(java.util.Comparator.reverseOrder());
                descending.forEach(l -> lines.remove((int) l));
                fitted = ", deleting checkpoints " + gone.stream().map(export::treeSizeAt).toList();
            }
            reasons = EnumSet.of(VerificationFailure.BAD_HEADER_SIGNATURE);
            return "header " + member + " " + how + " (was " + value + ")" + fitted;
        }

        private String insertCopy() {
            int source = t.a() % lines.size();
            int at = t.b() % (lines.size() + 1);
            lines.add(at, lines.get(source));
            String kind = export.kind(source);
            if (at == 0 || kind.equals("header")) {
                reasons = EnumSet.of(VerificationFailure.MALFORMED);
            } else if (kind.equals("entry")) {
                reasons = EnumSet.of(VerificationFailure.INSERTED, VerificationFailure.REORDERED,
                        VerificationFailure.MISSING, VerificationFailure.MALFORMED);
                long seq = export.seqAt(source);
                if (at == source || at == source + 1) {
                    expectSeq(seq, EnumSet.of(VerificationFailure.INSERTED));
                } else if (seq > 0 && seq % export.interval == 0 && at > export.entryLines.get((int) seq - 1)
                        && at < source) {
                    // the copy comes right after entry seq-1, where the ledger's checkpoint at seq is due, and
                    // before that checkpoint
                    reasons = EnumSet.of(VerificationFailure.CHECKPOINT_MISMATCH);
                    expectSeq(seq - 1, reasons);
                }
            } else if (kind.equals("checkpoint")) {
                reasons = EnumSet.of(VerificationFailure.TRUNCATED, VerificationFailure.CHECKPOINT_MISMATCH,
                        VerificationFailure.MALFORMED);
            } else {
                reasons = EnumSet.of(VerificationFailure.MALFORMED, VerificationFailure.SIGNATURE_NOT_RECORDED,
                        VerificationFailure.TRUNCATED);
            }
            return "insert a copy of line " + source + " (" + kind + ") at line " + at;
        }

        /** A well-formed entry an attacker makes up, linked to the entry before it, at seq {@code seq}. */
        private ObjectNode craftedEntry(long seq, String prev) {
            ObjectNode entry = JSON.createObjectNode();
            entry.put("kind", "entry");
            entry.put("seq", seq);
            entry.put("time", "2026-11-23T06:00:0" + random.nextInt(10) + ".123Z");
            entry.putObject("actor").put("userKey", "user-" + random.nextInt(7)).put("name", "Mallory");
            entry.put("action", "page.deleted");
            entry.putObject("object").put("type", "page").put("id", "SOP-" + random.nextInt(100)).putNull("version");
            entry.putObject("data").put("reason", "cleanup");
            entry.put("prev", prev);
            entry.put("hash", AuditJson.hashOf(entry));
            return entry;
        }

        private String insertCraftedEntry() {
            int n = export.entryLines.size();
            long seq = t.a() % (n + 1);
            String prev = seq == 0 ? AuditEntry.GENESIS_PREV : export.nodes.get(export.entryLines.get((int) seq - 1))
                    .get("hash").asText();
            int variant = t.b() % 3;
            String variantName;
            if (variant == 1) {
                prev = randomHex();
                variantName = "with a wrong prev";
            } else {
                variantName = variant == 0 ? "linked to its predecessor" : "with a wrong hash";
            }
            ObjectNode entry = craftedEntry(seq, prev);
            if (variant == 2) {
                entry.put("hash", randomHex());
            }
            // right after entry seq-1, or after the checkpoint(s) that follow it
            int at = seq == 0 ? 1 : export.entryLines.get((int) seq - 1) + 1;
            boolean afterCheckpoints = random.nextBoolean();
            while (afterCheckpoints && at < export.lines.size() && export.kind(at).equals("checkpoint")) {
                at++;
            }
            lines.add(at, Jcs.canonicalString(entry));
            if (seq > 0 && seq % export.interval == 0 && at < export.lines.size() && export.kind(at).equals("checkpoint")
                    && export.treeSizeAt(at) == seq) {
                // in the line after entry seq-1 the ledger's checkpoint at seq is due, and the crafted entry stands
                // there instead: reported before its link or hash is looked at
                reasons = EnumSet.of(VerificationFailure.CHECKPOINT_MISMATCH);
                expectSeq(seq - 1, reasons);
            } else if (variant == 0) {
                reasons = EnumSet.of(VerificationFailure.INSERTED, VerificationFailure.CHECKPOINT_MISMATCH,
                        VerificationFailure.TRUNCATED, VerificationFailure.UNCOVERED);
                expectSeq(seq, EnumSet.of(VerificationFailure.INSERTED));
            } else {
                reasons = EnumSet.of(variant == 1 ? VerificationFailure.BROKEN_LINK : VerificationFailure.ALTERED);
                expectSeq(seq, reasons);
            }
            return "insert a crafted entry " + seq + " " + variantName + " at line " + at;
        }

        private String swapLines() {
            int i = t.a() % lines.size();
            int j = t.b() % lines.size();
            Assume.that(i != j);
            int first = Math.min(i, j);
            int second = Math.max(i, j);
            lines.set(first, export.lines.get(second));
            lines.set(second, export.lines.get(first));
            String k1 = export.kind(first);
            String k2 = export.kind(second);
            if (k1.equals("header")) {
                reasons = EnumSet.of(VerificationFailure.MALFORMED);
            } else if (k1.equals("entry") && k2.equals("entry")) {
                reasons = EnumSet.of(VerificationFailure.MISSING, VerificationFailure.REORDERED);
                expectSeq(export.seqAt(first), reasons);
            } else if (k1.equals("signature") && k2.equals("signature")) {
                reasons = EnumSet.of(VerificationFailure.MALFORMED);
            } else {
                reasons = ANY_OUT_OF_PLACE;
            }
            return "swap lines " + first + " (" + k1 + ") and " + second + " (" + k2 + ")";
        }

        private String truncateLines() {
            int keep = t.a() % lines.size();
            lines.subList(keep, lines.size()).clear();
            long entriesKept = export.entryLines.stream().filter(l -> l < keep).count();
            if (keep == 0) {
                reasons = EnumSet.of(VerificationFailure.MALFORMED);
            } else {
                reasons = EnumSet.of(VerificationFailure.TRUNCATED);
                if (entriesKept < export.entryLines.size()) {
                    expectSeq(entriesKept, reasons);
                }
            }
            return "keep only the first " + keep + " lines";
        }

        private String truncateBytes() {
            int cut = t.a() % export.bytes.length;
            rawBytes = Arrays.copyOf(export.bytes, cut);
            reasons = EnumSet.of(VerificationFailure.MALFORMED, VerificationFailure.TRUNCATED);
            return "cut the file after " + cut + " of " + export.bytes.length + " bytes";
        }

        /**
         * Recompute-hash rewrite: edit, insert or delete an entry, renumber what follows and recompute every later
         * prev and hash, so the chain is self-consistent; only the signed checkpoints can tell. With
         * {@code resign}, the attacker also re-signs the checkpoints from there with a key the ledger never had.
         */
        private String rewriteChain(boolean resign) {
            int n = export.entryLines.size();
            int k = t.a() % n;
            List<ObjectNode> entries = new ArrayList<>();
            export.entryLines.forEach(l -> entries.add(export.node(l)));
            int variant = t.b() % 6;
            String what;
            if (variant == 4) {
                entries.add(k, craftedEntry(k, "0".repeat(64)));
                what = "insert an entry at " + k;
            } else if (variant == 5) {
                entries.remove(k);
                what = "delete entry " + k;
            } else {
                ObjectNode edited = null;
                String path = null;
                for (int attempt = 0; edited == null || STRUCTURAL.contains(JsonEdits.topMember(path)); attempt++) {
                    Assume.that(attempt < 50);
                    edited = entries.get(k).deepCopy();
                    path = JsonEdits.mutate(edited, random);
                }
                entries.set(k, edited);
                what = "edit entry " + k + " at " + path;
            }
            String prev = k == 0 ? AuditEntry.GENESIS_PREV : entries.get(k - 1).get("hash").asText();
            for (int s = k; s < entries.size(); s++) {
                ObjectNode entry = entries.get(s);
                entry.put("seq", (long) s);
                entry.put("prev", prev);
                entry.put("hash", AuditJson.hashOf(entry));
                prev = entry.get("hash").asText();
            }
            // lay the rewritten entries out where the entry lines were, checkpoints staying in place; an extra
            // entry goes after the last one, a missing one leaves the last entry line out
            List<String> rewritten = new ArrayList<>();
            int next = 0;
            for (int line = 0; line < export.lines.size(); line++) {
                if (!export.kind(line).equals("entry")) {
                    rewritten.add(export.lines.get(line));
                    continue;
                }
                if (next < entries.size()) {
                    rewritten.add(Jcs.canonicalString(entries.get(next++)));
                }
                if (line == export.entryLines.get(n - 1)) {
                    while (next < entries.size()) {
                        rewritten.add(Jcs.canonicalString(entries.get(next++)));
                    }
                }
            }
            lines.clear();
            lines.addAll(rewritten);
            long covering = export.firstCheckpointCovering(k);
            reasons = EnumSet.of(VerificationFailure.CHECKPOINT_MISMATCH, VerificationFailure.TRUNCATED,
                    VerificationFailure.MALFORMED);
            expectSeq(covering - 1, EnumSet.of(VerificationFailure.CHECKPOINT_MISMATCH, VerificationFailure.TRUNCATED));
            if (!resign) {
                return "rewrite the chain: " + what;
            }
            Resign how = Resign.values()[random.nextInt(Resign.values().length)];
            Attacker attacker = new Attacker(how);
            for (int line = 0; line < lines.size(); line++) {
                ObjectNode node = parse(lines.get(line));
                if (node.get("kind").asText().equals("checkpoint") && node.get("treeSize").asLong() > k) {
                    // the attacker also makes the checkpoints fit the rewritten entries
                    long size = node.get("treeSize").asLong();
                    node.put("root", rootOfLines(lines, line, size));
                    lines.set(line, attacker.sign(node));
                }
            }
            attacker.fixHeader(lines);
            setResignReasons(how, covering - 1, VerificationFailure.BAD_CHECKPOINT_SIGNATURE);
            reasons.add(VerificationFailure.MALFORMED); // the edit itself may break the entry's shape
            return "rewrite the chain: " + what + ", re-sign checkpoints from " + covering + " (" + how + ")";
        }

        private String resignCheckpoint() {
            int line = pick(export.checkpointLines, t.a());
            ObjectNode node = export.node(line);
            long size = node.get("treeSize").asLong();
            String edit = maybeEditContent(node, Set.of("kind", "kid", "sig", "treeSize"));
            Resign how = Resign.values()[t.b() % Resign.values().length];
            Attacker attacker = new Attacker(how);
            lines.set(line, attacker.sign(node));
            attacker.fixHeader(lines);
            setResignReasons(how, size - 1, VerificationFailure.BAD_CHECKPOINT_SIGNATURE);
            if (edit != null) {
                reasons.add(VerificationFailure.MALFORMED);
            }
            return "re-sign checkpoint " + size + (edit == null ? "" : " after editing " + edit) + " (" + how + ")";
        }

        private String resignSignature() {
            int line = pick(export.signatureLines, t.a());
            ObjectNode node = export.node(line);
            long entrySeq = node.get("entrySeq").asLong();
            String edit = maybeEditContent(node, Set.of("kind", "kid", "sig", "entrySeq", "id", "object"));
            Resign how = Resign.values()[t.b() % Resign.values().length];
            Attacker attacker = new Attacker(how);
            lines.set(line, attacker.sign(node));
            attacker.fixHeader(lines);
            setResignReasons(how, entrySeq, VerificationFailure.BAD_SIGNATURE_SEAL);
            if (edit != null) {
                reasons.add(VerificationFailure.MALFORMED);
            }
            return "re-seal the signature of entry " + entrySeq + (edit == null ? "" : " after editing " + edit)
                    + " (" + how + ")";
        }

        private String resignHeader() {
            ObjectNode header = export.node(0);
            String edit = maybeEditContent(header, Set.of("kind", "kid", "sig", "keys"));
            boolean keepKid = t.b() % 2 == 0;
            Ed25519KeyPair key = Ed25519.generate(RANDOM);
            if (!keepKid) {
                header.put("kid", KeyId.of(key.publicKey()));
            }
            header.put("sig", Base64Url.encode(Ed25519.sign(key.privateKey(), AuditJson.bytesToSeal(header))));
            lines.set(0, Jcs.canonicalString(header));
            reasons = EnumSet.copyOf(HEADER_EDIT);
            return "re-sign the header with an unknown key " + (keepKid ? "under its kid" : "under an unlisted kid")
                    + (edit == null ? "" : " after editing " + edit);
        }

        /** Half the time, edits one member not in {@code keep}; returns its path, or null. */
        private String maybeEditContent(ObjectNode node, Set<String> keep) {
            if (random.nextBoolean()) {
                return null;
            }
            for (int attempt = 0; attempt < 50; attempt++) {
                ObjectNode copy = node.deepCopy();
                String path = JsonEdits.mutate(copy, random);
                if (!keep.contains(JsonEdits.topMember(path))) {
                    node.removeAll();
                    node.setAll(copy);
                    return path;
                }
            }
            return null;
        }

        private void setResignReasons(Resign how, long seq, VerificationFailure badSignature) {
            switch (how) {
                case KEEP_KID -> {
                    reasons = EnumSet.of(badSignature);
                    expectSeq(seq, reasons);
                }
                case NEW_KID -> {
                    reasons = EnumSet.of(VerificationFailure.UNKNOWN_KEY);
                    expectSeq(seq, reasons);
                }
                default -> reasons = EnumSet.of(VerificationFailure.BAD_HEADER_SIGNATURE);
            }
        }

        private String breakJcs() {
            int line = t.a() % lines.size();
            ObjectNode node = export.node(line);
            String original = lines.get(line);
            String broken;
            switch (t.b() % 6) {
                case 0 -> broken = node.toPrettyString();
                case 1 -> broken = original.replaceFirst("\":", "\": ");
                case 2 -> broken = original + " ";
                case 3 -> broken = original + "\r";
                case 4 -> {
                    // members in reverse order
                    ObjectNode reversed = JSON.createObjectNode();
                    List<String> names = new ArrayList<>();
                    node.fieldNames().forEachRemaining(names::add);
                    for (int i = names.size() - 1; i >= 0; i--) {
                        reversed.set(names.get(i), node.get(names.get(i)));
                    }
                    broken = reversed.toString();
                }
                default -> {
                    // a character written as a \\u escape
                    int quote = original.indexOf("\":\"") + 3;
                    char c = original.charAt(quote);
                    broken = original.substring(0, quote) + String.format("\\u%04x", (int) c) + original.substring(quote + 1);
                }
            }
            lines.set(line, broken);
            reasons = EnumSet.of(VerificationFailure.MALFORMED);
            return "line " + line + " no longer in JCS form (variant " + t.b() % 6 + ")";
        }

        private String badUtf8() {
            int at = t.a() % export.bytes.length;
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
            byte[] insert = bad[t.b() % bad.length];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(export.bytes, 0, at);
            out.writeBytes(insert);
            out.write(export.bytes, at, export.bytes.length - at);
            rawBytes = out.toByteArray();
            reasons = EnumSet.of(VerificationFailure.MALFORMED);
            return "invalid UTF-8 inserted at byte " + at;
        }

        private void expectSeq(long seq, Set<VerificationFailure> forReasons) {
            firstBadSeq = seq;
            seqFor = EnumSet.copyOf(forReasons);
        }

        private String randomHex() {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return org.eqms.audit.canonical.Hex.encode(bytes);
        }

        /** An attacker's fresh Ed25519 key, and what they do with the export header to make it count. */
        private final class Attacker {
            private final Resign how;
            private final Ed25519KeyPair key = Ed25519.generate(RANDOM);
            private final String newKid = KeyId.of(key.publicKey());

            Attacker(Resign how) {
                this.how = how;
            }

            String sign(ObjectNode node) {
                if (how != Resign.KEEP_KID) {
                    node.put("kid", newKid);
                }
                node.remove("sig");
                node.put("sig", Base64Url.encode(Ed25519.sign(key.privateKey(), AuditJson.bytesToSeal(node))));
                return Jcs.canonicalString(node);
            }

            void fixHeader(List<String> lines) {
                if (how == Resign.KEEP_KID || how == Resign.NEW_KID) {
                    return;
                }
                ObjectNode header = parse(lines.get(0));
                ObjectNode listed = ((ArrayNode) header.get("keys")).addObject();
                listed.put("kid", newKid);
                listed.put("alg", "Ed25519");
                listed.put("publicKey", Base64Url.encode(key.publicKey()));
                listed.put("notBefore", header.get("keys").get(0).get("notBefore").asText());
                listed.putNull("notAfter");
                if (how == Resign.NEW_KID_LISTED_HEADER_RESIGNED_UNDER_OLD_KID) {
                    header.put("sig", Base64Url.encode(Ed25519.sign(key.privateKey(), AuditJson.bytesToSeal(header))));
                } else if (how == Resign.NEW_KID_LISTED_HEADER_RESIGNED_UNLISTED) {
                    Ed25519KeyPair other = Ed25519.generate(RANDOM);
                    header.put("kid", KeyId.of(other.publicKey()));
                    header.put("sig", Base64Url.encode(Ed25519.sign(other.privateKey(), AuditJson.bytesToSeal(header))));
                }
                lines.set(0, Jcs.canonicalString(header));
            }
        }

        /** The Merkle root over the hashes of the first {@code size} entry lines before line {@code upTo}. */
        private static String rootOfLines(List<String> lines, int upTo, long size) {
            MerkleFrontier frontier = MerkleFrontier.empty();
            for (int line = 0; line < upTo && frontier.size() < size; line++) {
                ObjectNode node = parse(lines.get(line));
                if (node.get("kind").asText().equals("entry")) {
                    frontier = frontier.append(org.eqms.audit.canonical.Hex.decode(node.get("hash").asText()));
                }
            }
            return org.eqms.audit.canonical.Hex.encode(frontier.root());
        }
    }

    static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

}
