package org.eqms.sandbox;

import org.eqms.audit.VerificationResult;
import org.eqms.compliance.Clause;
import org.eqms.rest.audit.AuditExportResource;
import org.eqms.store.ao.testing.TestLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hosted app's audit trail exported over REST ({@code /admin/audit/export}) by a system administrator: a file
 * that verifies offline and records its own export; everybody else is refused and nothing is recorded for them.
 */
class AuditExportTest {
    @TempDir
    static Path home;
    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withHome(home).withReset(true));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/rest/eqms/1.0", "/rest/eqms-risk/1.0"})
    @Clause("21CFR11.10(b)")
    @Clause("21CFR11.10(e)")
    void aSystemAdministratorExportsTheWholeTrailAsAFileThatVerifiesAndRecordsItsOwnExport(String base) {
        SandboxClient client = new SandboxClient(sandbox);
        String admin = sandbox.firstStartPasswords().get("admin");

        HttpResponse<String> export = client.get(base + "/admin/audit/export", "admin", admin);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith(AuditExportResource.JSON_LINES);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=").endsWith("-audit.jsonl\"");
        VerificationResult result = TestLedger.verifyFile(export.body().getBytes(StandardCharsets.UTF_8));
        assertThat(result.valid()).as(result.toString()).isTrue();
        assertThat(export.body()).contains("\"action\":\"" + AuditExportResource.EXPORTED + "\"")
                .contains("\"name\":\"Ada Administrator\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/rest/eqms/1.0", "/rest/eqms-risk/1.0"})
    @Clause("21CFR11.10(d)")
    void otherUsersAndAnonymousCallersAreRefusedWithAJsonErrorAndNothingIsRecorded(String base) {
        SandboxClient client = new SandboxClient(sandbox);
        String admin = sandbox.firstStartPasswords().get("admin");
        long before = exports(client.get(base + "/admin/audit/export", "admin", admin).body());

        HttpResponse<String> erin = client.get(base + "/admin/audit/export", "erin",
                sandbox.firstStartPasswords().get("erin"));
        HttpResponse<String> anonymous = client.get(base + "/admin/audit/export");

        assertThat(erin.statusCode()).isEqualTo(403);
        assertThat(erin.body()).contains("\"message\":\"Only system administrators can export the audit trail.\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(exports(client.get(base + "/admin/audit/export", "admin", admin).body()))
                .as("only the two administrator exports were recorded").isEqualTo(before + 1);
    }

    private static long exports(String file) {
        return file.lines().filter(line -> line.contains("\"action\":\"" + AuditExportResource.EXPORTED + "\"")).count();
    }
}
