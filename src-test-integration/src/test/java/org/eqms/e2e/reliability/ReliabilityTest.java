package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.e2e.support.Rest;
import org.eqms.e2e.support.SandboxProcess;
import org.eqms.jira.store.JiraEntities;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's reliability suite, on loopback against the sandbox as a child JVM (PostgreSQL when EQMS_TEST_PG_URL is
 * set): {@code eqms.reliability.users} simulated users (50) for {@code eqms.reliability.seconds} (180) doing a
 * realistic mix over REST sessions get at least 99% documented answers and no 5xx; the same users go on for
 * {@code eqms.reliability.killAfterSeconds} (30) until a kill -9 of the sandbox, and after a restart on the same home and database every write the server had
 * acknowledged reads back as written, a new write works, and each app's audit export (every outbox record linked)
 * verifies with the audit CLI's verifier and holds every acknowledged signature. Figures: {@code reliability.json}.
 */
class ReliabilityTest {
    private static final double REQUIRED_SUCCESS = 0.99;

    @Test
    void usersUnderLoadGetTheirAnswersAndAKillMinusNineLosesNothingCommitted() throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        try (SandboxProcess sandbox = SandboxProcess.start()) {
            ReliabilityFigures figures = new ReliabilityFigures(settings, database(sandbox));
            AcknowledgedWrites writes = new AcknowledgedWrites();
            ReviewQueue reviews = new ReviewQueue();

            LoadStats load = new LoadStats();
            LoadContext context = context(sandbox, load, writes, reviews, settings);
            long start = System.nanoTime();
            LoadRun run = LoadRun.start(context, settings.users());
            Thread.sleep(settings.seconds() * 1000L);
            LoadStats beforeKill = new LoadStats();
            context.countInto(beforeKill);
            figures.load("load", load, (System.nanoTime() - start) / 1e9);
            figures.noteLoadAverage("endOfLoad");

            Thread.sleep(settings.killAfterSeconds() * 1000L);
            long killedPid = sandbox.pid();
            sandbox.kill();
            run.stop();
            figures.load("killPhase", beforeKill, settings.killAfterSeconds());
            Map<String, Long> acknowledged = writes.counts();

            long restartStart = System.nanoTime();
            sandbox.restart();
            double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
            long checkStart = System.nanoTime();
            LoadStats afterRestart = new LoadStats();
            SessionClient alice = new SessionClient(sandbox.origin(), afterRestart);
            alice.login("alice", sandbox.password("alice")).expectStatus(302);
            List<String> lost = writes.lost(new AcknowledgedWrites.Readers() {
                @Override
                public SessionClient author() {
                    return alice;
                }

                @Override
                public Map<String, String> hazardNames() {
                    return ReliabilityTest.hazardNames(alice);
                }
            });
            AcknowledgedWrites newWrites = new AcknowledgedWrites();
            writeADocument(context(sandbox, afterRestart, newWrites, new ReviewQueue(), settings), alice);
            double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
            sandbox.stop();

            Path exports = settings.output().resolveSibling("reliability-audit");
            LedgerExportCheck.Result confluence = LedgerExportCheck.exportAndVerify(sandbox,
                    ConfluenceEntities.NAMESPACE, exports.resolve("confluence.jsonl"));
            LedgerExportCheck.Result jira = LedgerExportCheck.exportAndVerify(sandbox, JiraEntities.NAMESPACE,
                    exports.resolve("jira.jsonl"));
            Set<String> exportedSignatures = signatureIds(exports.resolve("confluence.jsonl"));
            List<String> signaturesNotExported = writes.signatureIds().stream()
                    .filter(id -> !exportedSignatures.contains(id)).toList();

            ObjectNode kill = figures.section("killRestart");
            kill.put("killedPid", killedPid);
            kill.put("restartSeconds", Math.round(restartSeconds * 10) / 10.0);
            figures.counts("killRestart", "acknowledgedWrites", acknowledged);
            kill.put("acknowledgedWritesTotal", acknowledged.values().stream().mapToLong(Long::longValue).sum());
            lost.forEach(kill.withArray("lost")::add);
            kill.put("newDocumentAfterRestart", newWrites.counts().get("submissions") == 1);
            figures.load("afterRestart", afterRestart, checkSeconds);
            audit(figures, "confluence", confluence);
            audit(figures, "jira", jira);
            figures.section("audit").put("signaturesNotExported", signaturesNotExported.size());
            System.out.println("Reliability figures (" + settings.output() + "):\n" + figures.write(settings.output()));
            Files.writeString(settings.output().resolveSibling("reliability-tables.md"), "## load\n\n"
                    + figures.markdownTable("load") + "\n## killPhase\n\n" + figures.markdownTable("killPhase"));

            assertThat(load.requests()).as("requests made").isPositive();
            assertThat(load.serverErrors()).as("5xx answers; first failures: %s", load.firstFailures()).isZero();
            assertThat(load.successRate()).as("documented answers; first failures: %s", load.firstFailures())
                    .isGreaterThanOrEqualTo(REQUIRED_SUCCESS);
            assertThat(writes.count()).as("writes acknowledged before the kill").isPositive();
            assertThat(lost).as("acknowledged writes missing after kill -9 and restart").isEmpty();
            assertThat(afterRestart.successRate()).as("after restart: %s", afterRestart.firstFailures()).isEqualTo(1.0);
            assertThat(newWrites.counts().get("submissions")).as("a document written after the restart").isEqualTo(1);
            assertThat(confluence.verification().valid()).as(confluence.verification().message()).isTrue();
            assertThat(jira.verification().valid()).as(jira.verification().message()).isTrue();
            assertThat(confluence.pendingAfterExport() + jira.pendingAfterExport()).as("outbox left unlinked").isZero();
            assertThat(signaturesNotExported).as("acknowledged signatures absent from the audit export").isEmpty();
        }
    }

    private static LoadContext context(SandboxProcess sandbox, LoadStats stats, AcknowledgedWrites writes,
                                       ReviewQueue reviews, LoadSettings settings) {
        return new LoadContext(sandbox.origin(), stats, writes, reviews, sandbox::password, settings.thinkMillis());
    }

    /** An author's whole round after the restart: page, status, control, edits, submission. */
    private static void writeADocument(LoadContext context, SessionClient session) {
        Author author = new Author(context, "alice", false);
        author.session = session;
        for (int step = 0; step < 10 && context.writes().counts().get("submissions") == 0; step++) {
            author.act();
        }
    }

    /** Every hazard of INF by id, a page of 1,000 at a time. */
    static Map<String, String> hazardNames(SessionClient session) {
        Map<String, String> names = new HashMap<>();
        for (int offset = 0; ; offset += 1000) {
            SessionClient.Answer answer = session.get("verify.hazards", LoadContext.PROJECT
                    + "/analysis/hazards?limit=1000&offset=" + offset, Set.of(200));
            JsonNode hazards = answer.expectStatus(200).json().path("hazards");
            hazards.forEach(h -> names.put(h.path("id").asText(), h.path("name").asText()));
            if (hazards.size() < 1000) {
                return names;
            }
        }
    }

    private static Set<String> signatureIds(Path export) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(export)) {
            JsonNode json = Rest.JSON.readTree(line);
            if ("signature".equals(json.path("kind").asText())) {
                ids.add(json.path("id").asText());
            }
        }
        return ids;
    }

    private static void audit(ReliabilityFigures figures, String app, LedgerExportCheck.Result result) {
        ObjectNode node = figures.section("audit").putObject(app);
        node.put("valid", result.verification().valid());
        node.put("message", result.verification().message());
        node.put("entries", result.summary().entries());
        node.put("checkpoints", result.summary().checkpoints());
        node.put("signatures", result.summary().signatures());
    }

    private static String database(SandboxProcess sandbox) throws SQLException {
        if (!sandbox.onPostgresql()) {
            return "HSQLDB 2.7 (file database in the sandbox home, write_delay=false)";
        }
        try (Connection connection = sandbox.jdbc()) {
            return "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion() + " ("
                    + sandbox.databaseUrl().replaceAll("//[^/]*@", "//") + ")";
        }
    }
}
