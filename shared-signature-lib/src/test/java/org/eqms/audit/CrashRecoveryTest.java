package org.eqms.audit;

import com.fasterxml.jackson.databind.JsonNode;
import net.java.ao.Query;
import org.eqms.compliance.Clause;
import org.eqms.signature.SignatureActions;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.entity.SignatureRow;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;
import org.eqms.store.ao.testing.TestLedger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a JVM that is appending and signing ({@link CrashLoopMain}), twice, at different moments; after
 * each kill the database is reopened and must hold a verifying chain with everything the child reported committed,
 * its outbox must drain into a still-verifying chain, and no signature may be left half-written.
 */
class CrashRecoveryTest {
    private static final int ROUNDS = 2;
    private static final int COMMITS_BEFORE_KILL = 300;

    @TempDir
    Path temp;

    @Test
    @Clause("21CFR11.10(e)")
    @Clause("21CFR11.10(c)")
    @Clause("21CFR11.70")
    @Clause("EU-GMP-Annex11-9")
    void killedMidAppendOnHsqldbFileDatabaseLosesNothingCommitted() throws Exception {
        String url = "jdbc:hsqldb:file:" + temp.resolve("db").toAbsolutePath()
                + ";hsqldb.write_delay=false;hsqldb.lock_file=false;hsqldb.tx=mvcc";
        crashAndRecover("HSQLDB", url, "SA", "", () -> execute(url, "SA", "", "SHUTDOWN"));
    }

    @Test
    @Clause("21CFR11.10(e)")
    @Clause("21CFR11.10(c)")
    @Clause("21CFR11.70")
    @Clause("EU-GMP-Annex11-9")
    void killedMidAppendOnPostgresqlLosesNothingCommitted() throws Exception {
        String pgUrl = System.getenv("EQMS_TEST_PG_URL");
        Assumptions.assumeTrue(pgUrl != null && !pgUrl.isBlank(), "EQMS_TEST_PG_URL is not set");
        String user = System.getenv().getOrDefault("EQMS_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("EQMS_TEST_PG_PASSWORD", "");
        String schema = "crash" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(pgUrl, user, password, "CREATE SCHEMA " + schema);
        try {
            String url = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            crashAndRecover("PostgreSQL", url, user, password, () -> { });
        } finally {
            execute(pgUrl, user, password, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void crashAndRecover(String name, String url, String user, String password, Runnable closeDatabase)
            throws Exception {
        List<String> allReported = new ArrayList<>();
        for (int run = 1; run <= ROUNDS; run++) {
            // kill at a different moment each round: after a different number of commits, plus a random delay
            int killAfter = COMMITS_BEFORE_KILL + (run - 1) * 37;
            long extraDelayMillis = run == 1 ? 0 : ThreadLocalRandom.current().nextLong(1, 25);
            long began = System.nanoTime();
            List<String> reported = runAndKill(url, user, password, run, killAfter, extraDelayMillis);
            long childMillis = (System.nanoTime() - began) / 1_000_000;
            allReported.addAll(reported);
            long began2 = System.nanoTime();
            Recovery recovery = recover(url, user, password, allReported);
            closeDatabase.run();
            System.out.printf("[CrashRecoveryTest] %s run %d: child killed after %d reported lines (%d ms incl. JVM"
                            + " start); reopened: %d entries, %d pending chained by flush, %d unsealed signature(s)"
                            + " sealed by flush; recovery checks %d ms%n", name, run, reported.size(), childMillis,
                    recovery.entries, recovery.pendingChained, recovery.unsealedBefore,
                    (System.nanoTime() - began2) / 1_000_000);
        }
    }

    /** Runs the child until it has reported {@code killAfter} commits, SIGKILLs it, returns every complete line it printed. */
    private List<String> runAndKill(String url, String user, String password, int run, int killAfter,
                                    long extraDelayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File stderr = temp.resolve("child-" + run + ".err").toFile();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashLoopMain.class.getName(), url, user, password, String.valueOf(run))
                .redirectError(stderr);
        Process child = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readCompleteLines(child.getInputStream(), lines), "crash-child-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (commits(lines) < killAfter) {
                if (!child.isAlive()) {
                    throw new AssertionError("the child exited with " + child.exitValue() + " after " + lines.size()
                            + " lines; stderr:\n" + tail(stderr));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the child reported only " + commits(lines) + " commits in 3 minutes;"
                            + " stderr:\n" + tail(stderr));
                }
                Thread.sleep(2);
            }
            if (extraDelayMillis > 0) {
                Thread.sleep(extraDelayMillis);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).as("the child died").isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).isEqualTo("READY " + run);
        return new ArrayList<>(lines.subList(1, lines.size()));
    }

    private Recovery recover(String url, String user, String password, List<String> reported) {
        EntityManagerActiveObjects ao = StandaloneActiveObjects.open(url, user, password, SignatureLibEntities.NAMESPACE);
        try {
            ao.migrate(SignatureLibEntities.array());
            AoLedger ledger = TestLedger.on(ao, Clock.systemUTC());

            // 1. the chain as the crash left it verifies
            VerificationResult afterCrash = ledger.verifier().verify();
            assertThat(afterCrash.valid()).as("after kill -9: " + afterCrash.message()).isTrue();

            // 2. no half-written signature: an unsealed one still has its audit record waiting in the outbox
            List<PendingRecord> pending = ledger.store().oldestPending(100_000);
            Set<String> pendingSignatureIds = new HashSet<>();
            pending.stream().map(PendingRecord::signatureId).filter(id -> id != null).forEach(pendingSignatureIds::add);
            int unsealedBefore = 0;
            for (SignatureRow row : ao.find(SignatureRow.class, Query.select())) {
                boolean sealed = row.getSeal() != null && row.getKid() != null && row.getEntrySeq() != null;
                boolean untouched = row.getSeal() == null && row.getKid() == null && row.getEntrySeq() == null;
                assertThat(sealed || untouched).as("signature %s is half sealed", row.getSignatureId()).isTrue();
                if (untouched) {
                    unsealedBefore++;
                    assertThat(pendingSignatureIds).as("unsealed signature %s has its audit record in the outbox",
                            row.getSignatureId()).contains(row.getSignatureId());
                }
            }

            // 3. the outbox drains into the chain, which still verifies
            int flushed = ledger.auditTrail().flush();
            assertThat(flushed).isEqualTo(pending.size());
            assertThat(ledger.store().pendingCount()).isZero();
            VerificationResult afterFlush = ledger.verifier().verify();
            assertThat(afterFlush.valid()).as("after restart flush: " + afterFlush.message()).isTrue();

            // 4. every reported commit is there
            Map<String, Long> seqOfIteration = new HashMap<>();
            Map<Long, JsonNode> entries = new HashMap<>();
            Map<String, Long> seqOfSignature = new HashMap<>();
            ledger.store().forEachEntryLine(0, Long.MAX_VALUE, line -> {
                long seq = line.get("seq").asLong();
                entries.put(seq, line);
                JsonNode data = line.get("data");
                if ("crash.loop".equals(line.get("action").asText())) {
                    Long previous = seqOfIteration.put(data.get("run").asText() + "/" + data.get("iter").asLong(), seq);
                    assertThat(previous).as("iteration recorded once").isNull();
                }
                if (SignatureActions.SIGNED.equals(line.get("action").asText())) {
                    assertThat(seqOfSignature.put(data.get("signatureId").asText(), seq)).isNull();
                }
            });
            assertThat(afterFlush.entries()).isEqualTo(entries.size());
            for (String report : reported) {
                String[] f = report.split(" ");
                switch (f[0]) {
                    case "REC" -> assertThat(seqOfIteration).as(report).containsKey(f[1] + "/" + f[2]);
                    case "SEQ" -> assertThat(seqOfIteration.get(f[1] + "/" + f[2])).as(report).isEqualTo(Long.parseLong(f[3]));
                    case "SIG" -> {
                        assertThat(seqOfSignature.get(f[3])).as(report).isEqualTo(Long.parseLong(f[4]));
                        SignatureRow row = ao.get(SignatureRow.class, f[3]);
                        assertThat(row).as(report).isNotNull();
                        assertThat(row.getEntrySeq()).as(report).isEqualTo(Long.parseLong(f[4]));
                    }
                    default -> throw new AssertionError("unexpected child output: " + report);
                }
            }

            // 5. after the flush every signature is sealed to an existing entry that records it, and vice versa
            SignatureRow[] rows = ao.find(SignatureRow.class, Query.select());
            for (SignatureRow row : rows) {
                assertThat(row.getSeal()).as("signature %s sealed", row.getSignatureId()).isNotNull();
                assertThat(row.getKid()).isNotNull();
                JsonNode entry = entries.get(row.getEntrySeq());
                assertThat(entry).as("entry of signature %s", row.getSignatureId()).isNotNull();
                assertThat(entry.get("action").asText()).isEqualTo(SignatureActions.SIGNED);
                assertThat(entry.get("data").get("signatureId").asText()).isEqualTo(row.getSignatureId());
                assertThat(entry.get("object").get("id").asText()).isEqualTo(row.getObjectId());
            }
            assertThat(seqOfSignature).hasSize(rows.length);
            assertThat(afterFlush.signatures()).isEqualTo(rows.length);

            // 6. and an export of the recovered ledger verifies on its own
            VerificationResult file = TestLedger.verifyFile(TestLedger.export(ledger));
            assertThat(file.valid()).as(file.message()).isTrue();
            assertThat(file.entries()).isEqualTo(entries.size());
            return new Recovery(entries.size(), flushed, unsealedBefore);
        } finally {
            ao.close();
        }
    }

    private record Recovery(long entries, int pendingChained, int unsealedBefore) {
    }

    private static long commits(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("REC ") || l.startsWith("SIG ")).count();
    }

    /** Collects only newline-terminated lines: a line cut short by the kill was never a report. */
    private static void readCompleteLines(InputStream in, List<String> lines) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the pipe closes when the child is killed
        }
    }

    private static String tail(File file) {
        try {
            String text = Files.readString(file.toPath());
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }
}
