package org.eqms.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An e-signature in the sandbox: the Jira app's signing checks the signer's password against the sandbox's user
 * store (SAL UserManager.authenticate), and the ledger's keys are sealed under the key-encryption key in the home.
 */
class SandboxSigningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "/rest/eqms-risk/1.0/projects/INF/risks/plan";

    @TempDir
    Path home;

    @Test
    @Clause("21CFR11.200(a)(1)(i)")
    void theAdministratorApprovesTheDemoPlanDraftWithTheirSandboxPasswordAndAWrongOneIsRefused() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withHome(home).withReset(true))) {
            String password = sandbox.firstStartPasswords().get("admin");
            SandboxClient client = new SandboxClient(sandbox);

            HttpResponse<String> wrong = client.post(PLAN + "/draft/sign", "admin", password,
                    sign(challenge(client, password), password + "x"));
            assertThat(wrong.statusCode()).as(wrong.body()).isBetween(400, 403);

            HttpResponse<String> signed = client.post(PLAN + "/draft/sign", "admin", password,
                    sign(challenge(client, password), password));
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
            JsonNode plan = JSON.readTree(client.get(PLAN, "erin", sandbox.firstStartPasswords().get("erin")).body());
            assertThat(plan.at("/effective/status").asText()).isEqualTo("APPROVED");

            Path kek = home.resolve("ledger-kek.bin");
            assertThat(Files.size(kek)).isEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kek))).isEqualTo("rw-------");
        }
    }

    private static JsonNode challenge(SandboxClient client, String password) throws Exception {
        HttpResponse<String> challenge = client.post(PLAN + "/draft/challenge", "admin", password, "{}");
        assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(200);
        return JSON.readTree(challenge.body());
    }

    private static String sign(JsonNode challenge, String password) {
        return "{\"challengeId\":\"" + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\","
                + "\"userId\":\"admin\",\"password\":\"" + password + "\"}";
    }
}
