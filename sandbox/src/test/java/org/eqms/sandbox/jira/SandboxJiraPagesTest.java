package org.eqms.sandbox.jira;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.sandbox.jira.HostedJira.ISSUES;
import static org.eqms.sandbox.jira.HostedJira.body;
import static org.eqms.sandbox.jira.HostedJira.expect;

/**
 * The sandbox's Jira pages: {@code /browse/KEY} shows the issue, its links and, for editors only, the edit and link
 * forms; {@code /projects/KEY/issues} lists the issues with the create form for editors; everything a user typed is
 * escaped; the start page links the INF issues; the pages' script is served from the jar.
 */
class SandboxJiraPagesTest {
    @TempDir
    Path home;

    @Test
    void theIssuePageShowsTheIssueItsLinksAndTheFormsToEditors() {
        try (HostedJira jira = HostedJira.start(home, HostedJira.databases().findFirst().orElseThrow())) {
            String page = expect200(jira.get("alice", "/browse/INF-16"));
            assertThat(page).contains("id=\"summary-val\">Occlusion alarm alerts the nurse<",
                    "id=\"type-val\">Risk control<", "id=\"description-val\"",
                    "class=\"sbx-issue-link\"", "mitigates <a href=\"/browse/INF-5\">INF-5</a>",
                    "id=\"sbx-edit-summary\"", "id=\"sbx-edit-description\"", "id=\"sbx-issue-save\"",
                    "<select class=\"select\" id=\"sbx-link-type\">", "value=\"Implementation|outward\">is implemented by<",
                    "value=\"Verification|outward\">is verified by<", "id=\"sbx-link-target\"", "id=\"sbx-link-add\"",
                    "class=\"aui-button sbx-link-remove\"", "src=\"/sandbox/static/sandbox-issues.js\"",
                    "src=\"/sandbox/static/sandbox-common.js\"");

            String reader = expect200(jira.get("erin", "/browse/INF-16"));
            assertThat(reader).contains("id=\"summary-val\"", "class=\"sbx-issue-link\"")
                    .doesNotContain("sbx-edit-summary", "sbx-link-add", "sbx-link-remove");

            String list = expect200(jira.get("alice", "/projects/INF/issues"));
            assertThat(list).contains("<a class=\"sbx-issue-link-key\" href=\"/browse/INF-18\">INF-18</a>",
                    "id=\"sbx-create-type\"", "id=\"sbx-create-summary\"", "id=\"sbx-create-submit\"");
            assertThat(expect200(jira.get("erin", "/projects/INF/issues"))).contains("sbx-issue-link-key")
                    .doesNotContain("sbx-create-submit");

            assertThat(jira.get("erin", "/browse/INF-999").statusCode()).isEqualTo(404);
            assertThat(jira.get("erin", "/projects/LAB/issues").statusCode()).isEqualTo(404);
            assertThat(jira.get("erin", "/projects/INF/other").statusCode()).isEqualTo(404);
            HttpResponse<String> anonymous = jira.client.get("/browse/INF-1");
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                    .as("to the login page, and back to the issue after signing in")
                    .endsWith("/login?os_destination=%2Fbrowse%2FINF-1"));

            assertThat(expect200(jira.get("erin", "/"))).contains("href=\"/projects/INF/issues\">INF issues<");
            HttpResponse<String> script = jira.get("erin", "/sandbox/static/sandbox-issues.js");
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/javascript"));
            assertThat(script.body()).contains("window.SandboxCommon", "'error'", "sbx-link-remove");
        }
    }

    @Test
    void whatAUserTypedIsEscapedOnBothPages() {
        try (HostedJira jira = HostedJira.start(home, HostedJira.databases().findFirst().orElseThrow())) {
            JsonNode created = expect(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Task",
                    "summary", "<script>alert('s')</script> & \"q\"",
                    "description", "<img src=x onerror=alert(1)>")), 201);
            String key = created.get("key").asText();
            expect(jira.post("alice", ISSUES + "/links", body("type", "Relates", "from", "INF-16", "to", key)), 201);

            String page = expect200(jira.get("alice", "/browse/" + key));
            assertThat(page).contains("&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                    "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<script>alert", "<img src=x");
            assertThat(expect200(jira.get("alice", "/browse/INF-16"))).contains("relates to <a href=\"/browse/" + key
                    + "\">" + key + "</a> &lt;script&gt;").doesNotContain("<script>alert");
            assertThat(expect200(jira.get("alice", "/projects/INF/issues"))).contains("&lt;script&gt;")
                    .doesNotContain("<script>alert");
        }
    }

    private static String expect200(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
