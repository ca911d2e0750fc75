package org.eqms.e2e;

import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.eqms.audit.export.ExportProgress;
import org.eqms.confluence.store.ConfluenceEntities;
import org.eqms.e2e.support.AuditCli;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.QmsDocuments;
import org.eqms.jira.store.JiraEntities;
import org.eqms.sandbox.confluence.ConfluenceSandboxApp;
import org.eqms.sandbox.jira.JiraSandboxApp;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.AoTablePrefix;
import org.eqms.store.ao.entity.AuditEntryRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 7 (21 CFR 11.10(e), DESIGN §6): the audit export of each app (its ledger exported as the administrators'
 * export tool does, in the {@code eqms-audit-export/1} format) verifies with the audit CLI; then one audit row is
 * altered directly in the sandbox's database, past every application check, and the next export fails verification
 * at exactly that seq.
 */
class Scenario7AuditTamperTest {
    static E2eSandbox sandbox;
    static final Path EXPORTS = Path.of(System.getProperty("eqms.e2e.screenshots", "target/e2e"), "scenario-7-audit");

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void eachAppsAuditExportVerifiesAndAnAlteredRowFailsVerificationAtItsSeq() throws Exception {
        new QmsDocuments(sandbox).writeEffective("SOP", "Handling customer complaints", "<p>Log every complaint.</p>");
        AoLedger confluence = sandbox.app(ConfluenceSandboxApp.class).app().ledger();
        AoLedger jira = sandbox.app(JiraSandboxApp.class).app().ledger();

        AuditCli.Result confluenceValid = AuditCli.verify(export(confluence, "confluence-audit.jsonl"));
        AuditCli.Result jiraValid = AuditCli.verify(export(jira, "jira-audit.jsonl"));
        assertThat(confluenceValid.exitCode()).as(confluenceValid.output()).isZero();
        assertThat(confluenceValid.output()).matches("valid: \\d+ entries, \\d+ checkpoints, [1-9]\\d* signatures");
        assertThat(jiraValid.exitCode()).as(jiraValid.output()).isZero();
        assertThat(jiraValid.output()).startsWith("valid: ");

        long bobsSigning = firstSeq(ConfluenceEntities.NAMESPACE, "esign.signed", "Bob Approver");
        alterActorName(ConfluenceEntities.NAMESPACE, bobsSigning, "Mallory");
        AuditCli.Result confluenceAltered = AuditCli.verify(export(confluence, "confluence-audit-altered.jsonl"));
        assertThat(confluenceAltered.exitCode()).as(confluenceAltered.output()).isEqualTo(1);
        assertThat(confluenceAltered.output()).startsWith("INVALID ALTERED at seq " + bobsSigning + ":");

        long jiraSeq = entryCount(JiraEntities.NAMESPACE) / 2;
        alterActorName(JiraEntities.NAMESPACE, jiraSeq, "Mallory");
        AuditCli.Result jiraAltered = AuditCli.verify(export(jira, "jira-audit-altered.jsonl"));
        assertThat(jiraAltered.exitCode()).as(jiraAltered.output()).isEqualTo(1);
        assertThat(jiraAltered.output()).startsWith("INVALID ALTERED at seq " + jiraSeq + ":");
    }

    private static Path export(AoLedger ledger, String name) throws IOException {
        Files.createDirectories(EXPORTS);
        Path file = EXPORTS.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            ledger.exporter().export(out, ExportProgress.SILENT);
        }
        return file;
    }

    private static long firstSeq(String namespace, String action, String actorName) throws SQLException {
        try (Connection connection = sandbox.jdbc(); PreparedStatement query = connection.prepareStatement(
                "SELECT MIN(\"SEQ\") FROM " + auditTable(namespace) + " WHERE \"ACTION_NAME\" = ? AND \"ACTOR_NAME\" = ?")) {
            query.setString(1, action);
            query.setString(2, actorName);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                long seq = result.getLong(1);
                assertThat(result.wasNull()).as("an %s entry by %s", action, actorName).isFalse();
                return seq;
            }
        }
    }

    private static long entryCount(String namespace) throws SQLException {
        try (Connection connection = sandbox.jdbc(); PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + auditTable(namespace)); ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** What only someone with database access could do: rewrite who did something, leaving the hashes as they were. */
    private static void alterActorName(String namespace, long seq, String name) throws SQLException {
        try (Connection connection = sandbox.jdbc(); PreparedStatement update = connection.prepareStatement(
                "UPDATE " + auditTable(namespace) + " SET \"ACTOR_NAME\" = ? WHERE \"SEQ\" = ?")) {
            update.setString(1, name);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String auditTable(String namespace) {
        return '"' + new AtlassianTableNameConverter(AoTablePrefix.forNamespace(namespace)).getName(AuditEntryRow.class) + '"';
    }
}
