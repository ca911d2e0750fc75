package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.eqms.signature.Credentials;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignableVersion;
import org.eqms.signature.SignatureActions;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestDatabase;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many writers, one ledger (DESIGN §4, §6): appends from 16 threads through the outbox and the sequencer end up as
 * one gap-free, duplicate-free, fork-free chain that both verifiers accept; and two nodes whose cluster lock failed
 * still cannot fork the chain, because the database's UNIQUE constraints refuse the losing batch.
 */
class ConcurrentAppendTest {
    private static final int THREADS = 16;
    private static final int APPENDS = 1_000;
    /** Threads {@code t % 4 == 0} make every 50th append an e-signature (whose audit entry is that append). */
    private static final int SIGN_EVERY = 50;

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    @Clause("EU-GMP-Annex11-9")
    @Clause("21CFR11.70")
    void sixteenThreadsAppendingAThousandEachGiveOneChainWithoutGapForkOrDuplicate(TestDatabase.OpenDatabase db)
            throws Exception {
        useRowLevelMvccOnHsqldb(db);
        AoLedger ledger = TestLedger.on(db.ao(), Clock.systemUTC());
        TestSigningPorts ports = TestSigningPorts.standard();
        ElectronicSignatures signatures = ledger.signing(ports, ports, ports, ports, () -> SigningPolicy.DEFAULT, "eQMS")
                .signatures();
        String[][] signers = {{"u-alice", "alice", "alice-pw"}, {"u-bob", "bob", "bob-pw"}, {"u-carol", "carol", "carol-pw"}};
        Map<String, String> signatureOf = new ConcurrentHashMap<>();

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        List<Future<Void>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await(1, TimeUnit.MINUTES);
                    for (int i = 0; i < APPENDS; i++) {
                        if (thread % 4 == 0 && i % SIGN_EVERY == SIGN_EVERY - 1) {
                            String[] signer = signers[(i / SIGN_EVERY) % signers.length];
                            String doc = "doc-" + thread + "-" + i;
                            SignableVersion version = ports.edit("page", doc, "body of " + doc);
                            SigningChallenge challenge = signatures.challenge(signer[0], "page", doc,
                                    version.object().version());
                            SignatureRecord signed = signatures.sign(signer[0], new SigningRequest(challenge.id(),
                                    "Approved", key(thread, i), Credentials.password(signer[1], signer[2]),
                                    "session-" + thread, "10.0.0." + thread));
                            assertThat(signed.sealed()).isTrue();
                            signatureOf.put(signed.id(), key(thread, i));
                        } else {
                            // what a host does: the audited action commits (here: alone) and is then linked in
                            ledger.auditTrail().record(new Actor("u-" + thread, "Thread " + thread), "page.updated",
                                    new AuditedObject("page", "p-" + thread, i + 1),
                                    AuditData.empty().put("thread", thread).put("index", i)
                                            .change("title", "v" + i, "v" + (i + 1)).clientIp("10.0.0." + thread));
                            ledger.auditTrail().flush();
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> future : done) {
                future.get(15, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long appendMillis = (System.nanoTime() - began) / 1_000_000;

        int total = THREADS * APPENDS;
        int expectedSignatures = (THREADS / 4) * (APPENDS / SIGN_EVERY);
        assertThat(signatureOf).hasSize(expectedSignatures);
        assertThat(ledger.store().pendingCount()).isZero();
        assertThat(ledger.store().head()).map(ChainHead::size).contains((long) total);

        // seq 0..15999, each exactly once, each (thread, index) exactly once
        List<Long> seqs = new ArrayList<>(total);
        Map<String, Long> seqOf = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        Map<Long, JsonNode> entryData = new HashMap<>();
        ledger.store().forEachEntryLine(0, Long.MAX_VALUE, line -> {
            long seq = line.get("seq").asLong();
            seqs.add(seq);
            JsonNode data = line.get("data");
            String key = SignatureActions.SIGNED.equals(line.get("action").asText()) ? data.get("reason").asText()
                    : key(data.get("thread").asInt(), data.get("index").asInt());
            if (seqOf.put(key, seq) != null) {
                duplicates.add(key);
            }
            if (data.has("signatureId")) {
                entryData.put(seq, data);
            }
        });
        assertThat(seqs).hasSize(total);
        for (int s = 0; s < total; s++) {
            if (seqs.get(s) != s) {
                throw new AssertionError("entry #" + s + " has seq " + seqs.get(s) + " (gap or reorder)");
            }
        }
        assertThat(duplicates).isEmpty();
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < APPENDS; i++) {
                expected.add(key(t, i));
            }
        }
        assertThat(seqOf.keySet()).isEqualTo(expected);

        // every signature is sealed to the entry that recorded it
        for (Map.Entry<String, String> signature : signatureOf.entrySet()) {
            SignatureRecord record = signatures.find(signature.getKey()).orElseThrow();
            assertThat(record.sealed()).isTrue();
            assertThat(record.entrySeq()).isEqualTo(seqOf.get(signature.getValue()));
            assertThat(entryData.get(record.entrySeq()).get("signatureId").asText()).isEqualTo(record.id());
        }

        long verifyStart = System.nanoTime();
        VerificationResult stored = ledger.verifier().verify();
        assertThat(stored.valid()).as(stored.message()).isTrue();
        assertThat(stored.entries()).isEqualTo(total);
        byte[] export = TestLedger.export(ledger);
        VerificationResult file = TestLedger.verifyFile(export);
        assertThat(file.valid()).as(file.message()).isTrue();
        assertThat(file.entries()).isEqualTo(total);
        assertThat(file.signatures()).isEqualTo(expectedSignatures);
        System.out.printf("[ConcurrentAppendTest] %s: %d appends (%d signatures) from %d threads in %d ms;"
                        + " verify + export + file verify in %d ms%n", db.kind(), total, expectedSignatures, THREADS,
                appendMillis, (System.nanoTime() - verifyStart) / 1_000_000);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    @Clause("EU-GMP-Annex11-9")
    void twoNodesWhoseClusterLockFailedCannotForkTheChain(TestDatabase.OpenDatabase db) throws Exception {
        useRowLevelMvccOnHsqldb(db);
        MutableClock clock = MutableClock.at("2026-11-23T06:00:00.000Z");
        CyclicBarrier together = new CyclicBarrier(2);
        RacingLock lockA = new RacingLock(together);
        RacingLock lockB = new RacingLock(together);
        int rounds = 20;
        int perRound = 120;
        List<String> failures = new ArrayList<>();
        int splitRounds = 0;
        try (EntityManagerActiveObjects secondNode = StandaloneActiveObjects.open(db.jdbcUrl(), db.kind().user(),
                db.kind().password(), SignatureLibEntities.NAMESPACE)) {
            AoLedger nodeA = new AoLedger(db.ao(), TestLedger.KEK, lockA, clock, new SecureRandom(), CheckpointPolicy.DEFAULT);
            AoLedger nodeB = new AoLedger(secondNode, TestLedger.KEK, lockB, clock, new SecureRandom(), CheckpointPolicy.DEFAULT);
            nodeA.keys().activeKey(); // the ledger key exists before the nodes race (key creation is not what is tested)

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < perRound; i++) {
                        AoLedger node = i % 2 == 0 ? nodeA : nodeB;
                        node.auditTrail().record(new Actor("u-" + (i % 2), "Node " + (i % 2)), "page.updated",
                                AuditedObject.of("page", "r" + round),
                                AuditData.empty().put("thread", round).put("index", i));
                    }
                    lockA.racing = lockB.racing = true;
                    Future<Integer> a = pool.submit(() -> nodeA.auditTrail().flush());
                    Future<Integer> b = pool.submit(() -> nodeB.auditTrail().flush());
                    int succeeded = 0;
                    int linked = 0;
                    int linkers = 0;
                    for (Future<Integer> flush : List.of(a, b)) {
                        try {
                            int n = flush.get(2, TimeUnit.MINUTES);
                            succeeded++;
                            linked += n;
                            linkers += n > 0 ? 1 : 0;
                        } catch (java.util.concurrent.ExecutionException e) {
                            assertThat(refusedByTheDatabase(e.getCause())).as("the losing batch failed on a UNIQUE"
                                    + " constraint or on an already-consumed outbox row, not otherwise: %s", e.getCause())
                                    .isTrue();
                            failures.add(String.valueOf(e.getCause()));
                        }
                    }
                    together.reset();
                    assertThat(succeeded).as("round %d: at least one node linked the batch", round).isPositive();
                    if (succeeded == 2) {
                        // both drained the same outbox at the same time: together they linked each record once
                        assertThat(linked).as("round %d: records linked by the two nodes", round).isEqualTo(perRound);
                    }
                    splitRounds += linkers == 2 ? 1 : 0;
                }
            } finally {
                pool.shutdownNow();
            }
            lockA.racing = lockB.racing = false;

            // whatever a failed batch held is still in the outbox, and the next drain links it
            nodeB.auditTrail().flush();
            int total = rounds * perRound;
            assertThat(nodeA.store().pendingCount()).isZero();
            assertThat(nodeA.store().head()).map(ChainHead::size).contains((long) total);
            Map<String, Integer> seen = new HashMap<>();
            long[] next = {0};
            nodeA.store().forEachEntryLine(0, Long.MAX_VALUE, line -> {
                assertThat(line.get("seq").asLong()).isEqualTo(next[0]++);
                JsonNode data = line.get("data");
                seen.merge(key(data.get("thread").asInt(), data.get("index").asInt()), 1, Integer::sum);
            });
            assertThat(seen).hasSize(total);
            assertThat(seen.values()).containsOnly(1);

            VerificationResult stored = nodeA.verifier().verify();
            assertThat(stored.valid()).as(stored.message()).isTrue();
            VerificationResult file = TestLedger.verifyFile(TestLedger.export(nodeB));
            assertThat(file.valid()).as(file.message()).isTrue();
            assertThat(file.entries()).isEqualTo(total);
        }
        System.out.printf("[ConcurrentAppendTest] %s: two nodes racing %d times: %d racing flushes failed on the"
                + " database's refusal, %d rounds split between the nodes (a refused batch retried after a"
                + " serialization failure)%n", db.kind(), rounds, failures.size(), splitRounds);
    }

    /** HSQLDB as hosts run it for concurrent use (audit CLI, sandbox): row-level MVCC, not table locks. */
    private static void useRowLevelMvccOnHsqldb(TestDatabase.OpenDatabase db) throws SQLException {
        if (db.kind() == TestDatabase.HSQLDB) {
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.kind().user(), db.kind().password());
                 Statement statement = connection.createStatement()) {
                statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
            }
        }
    }

    private static boolean refusedByTheDatabase(Throwable failure) {
        if (SqlStates.uniqueViolation(failure) || SqlStates.transactionRollback(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("already chained")) {
                return true;
            }
        }
        return false;
    }

    private static String key(int thread, int index) {
        return thread + "/" + index;
    }

    /**
     * One node's in-process lock: it excludes only that node's own threads. While {@code racing}, each node waits at
     * the barrier for the other before draining, so both read the same chain head and the same outbox.
     */
    private static final class RacingLock implements LedgerLock {
        private final ReentrantLock lock = new ReentrantLock();
        private final CyclicBarrier together;
        volatile boolean racing;

        RacingLock(CyclicBarrier together) {
            this.together = together;
        }

        @Override
        public <T> T withLock(Supplier<T> work) {
            lock.lock();
            try {
                if (racing && lock.getHoldCount() == 1) {
                    try {
                        together.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    } catch (BrokenBarrierException | TimeoutException e) {
                        throw new IllegalStateException("the other node did not come", e);
                    }
                }
                return work.get();
            } finally {
                lock.unlock();
            }
        }
    }
}
