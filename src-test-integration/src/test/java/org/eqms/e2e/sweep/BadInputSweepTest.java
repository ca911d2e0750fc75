package org.eqms.e2e.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input sweep of issue 6: every REST endpoint of every app the sandbox hosts (read from their JAX-RS
 * annotations, {@link EndpointCatalogue}) gets malformed and wrongly typed JSON, oversized bodies, unknown ids,
 * other users' ids, form posts without the XSRF token and no credentials ({@link SweepPlan}); each must be refused
 * with a JSON 4xx ({@link Expect}) and write nothing: every {@code AO_*} and {@code SBX_*} table and each audit
 * ledger's head are compared before and after each endpoint's requests ({@link DatabaseState}). Every gap is
 * collected and reported together.
 */
class BadInputSweepTest {
    private static final Pattern TAKES_ONLY = Pattern.compile("This endpoint takes only: (.*)\\.");

    static E2eSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theCatalogueFindsEveryHostedAppsEndpoints() {
        List<Endpoint> endpoints = EndpointCatalogue.of(sandbox.sandbox().apps());
        Map<String, Long> perApp = endpoints.stream().collect(Collectors.groupingBy(Endpoint::app, Collectors.counting()));
        System.out.println("Bad-input sweep: " + endpoints.size() + " endpoints " + perApp);

        assertThat(perApp.keySet()).containsExactlyInAnyOrderElementsOf(
                sandbox.sandbox().apps().stream().map(app -> app.name()).toList());
        assertThat(endpoints.stream().map(Endpoint::toString)).contains(
                "POST /rest/eqms/1.0/documents/{id}/sign",
                "GET /rest/eqms/1.0/documents/{id}/revisions/{label}/pdf",
                "PUT /rest/eqms/1.0/spaces/{spaceKey}/configuration",
                "POST /rest/eqms/1.0/admin/lockouts/{userKey}/approve-unlock",
                "POST /rest/eqms/1.0/me/notifications/{id}/read",
                "PUT /rest/eqms-risk/1.0/projects/{projectKey}/analysis/hazards/{id}",
                "POST /rest/eqms-risk/1.0/projects/{projectKey}/analysis/risks/{riskId}/controls/{controlId}/verifications",
                "POST /rest/eqms-risk/1.0/projects/{projectKey}/import/reqif/apply",
                "GET /rest/eqms-risk/1.0/projects/{projectKey}/baselines/{older}/diff/{newer}",
                "POST /rest/eqms-risk/1.0/me/totp/confirmation",
                "PUT /rest/sandbox/1.0/pages/{pageId}");
        assertThat(perApp.get("Jira risk and traceability")).isGreaterThanOrEqualTo(50);
        assertThat(perApp.get("Confluence eQMS")).isGreaterThanOrEqualTo(25);
        assertThat(endpoints).allSatisfy(endpoint -> assertThat(endpoint.pathParams())
                .allSatisfy(param -> assertThat(endpoint.template()).contains("{" + param + "}")));
    }

    @Test
    void everyEndpointRefusesBadInputWithAJsonErrorAndWritesNothing() throws SQLException {
        DemoIds ids = DemoIds.of(sandbox);
        List<Endpoint> endpoints = EndpointCatalogue.of(sandbox.sandbox().apps());
        Map<String, Rest> clients = new HashMap<>();
        List<String> gaps = new ArrayList<>();
        int requests = 0;
        int retries = 0;
        long started = System.nanoTime();
        try (Connection connection = sandbox.jdbc()) {
            DatabaseState first = DatabaseState.read(connection);
            DatabaseState before = first;
            for (Endpoint endpoint : endpoints) {
                List<Probe> probes = SweepPlan.probes(endpoint, ids, (user, path) -> fieldsOf(client(clients, user), endpoint, path));
                for (Probe probe : probes) {
                    requests++;
                    Rest.Reply reply;
                    try {
                        reply = send(clients, probe);
                    } catch (java.io.UncheckedIOException closed) {
                        // the server may close a kept-alive connection after refusing a body it did not read; an
                        // HTTP client then asks again on a new connection
                        retries++;
                        clients.remove(probe.user() == null ? "" : probe.user());
                        try {
                            reply = send(clients, probe);
                        } catch (java.io.UncheckedIOException e) {
                            gaps.add(probe.describe() + ": no HTTP answer, twice — " + e.getCause());
                            continue;
                        }
                    }
                    Rest.Reply answer = reply;
                    probe.expect().gapIn(answer).ifPresent(gap -> gaps.add(probe.describe() + ": " + gap + " — got "
                            + answer.status() + " " + answer.contentType() + " " + abbreviated(answer.body())));
                }
                DatabaseState after = DatabaseState.read(connection);
                for (String change : after.changesSince(before)) {
                    gaps.add(endpoint + " (" + endpoint.resource() + "): its bad requests changed the database: " + change);
                }
                before = after;
            }
            DatabaseState.read(connection).changesSince(first).forEach(change -> gaps.add("the whole sweep changed the"
                    + " database: " + change));
        }
        System.out.printf("Bad-input sweep: %d requests to %d endpoints in %d s (%d asked again on a new connection),"
                + " %d gaps; demo ids %s%n", requests, endpoints.size(), (System.nanoTime() - started) / 1_000_000_000L,
                retries, gaps.size(), ids);
        assertThat(gaps).as(gaps.size() + " gaps:\n" + String.join("\n", gaps)).isEmpty();
    }

    private static Rest.Reply send(Map<String, Rest> clients, Probe probe) {
        Rest rest = client(clients, probe.user());
        return rest.send(probe.request(rest));
    }

    private static Rest client(Map<String, Rest> clients, String user) {
        return clients.computeIfAbsent(user == null ? "" : user,
                name -> name.isEmpty() ? Rest.anonymous(sandbox) : Rest.session(sandbox, name));
    }

    /** The endpoint's JSON fields as its refusal of an unknown field names them; empty when it does not. */
    private static List<String> fieldsOf(Rest rest, Endpoint endpoint, String path) {
        if (endpoint.consumes() == null || endpoint.consumesXml()) {
            return List.of();
        }
        Rest.Reply reply = rest.send(rest.request(path).header("Content-Type", BadBodies.JSON).method(endpoint.method(),
                java.net.http.HttpRequest.BodyPublishers.ofString(Rest.object(BadBodies.UNKNOWN_FIELD, true).toString())));
        if (reply.status() != 400 || !reply.contentType().startsWith("application/json")) {
            return List.of();
        }
        JsonNode hint = reply.json().path("hint");
        Matcher matcher = TAKES_ONLY.matcher(hint.asText());
        return matcher.find() ? Arrays.stream(matcher.group(1).split(",\\s*")).filter(f -> !f.isBlank()).toList() : List.of();
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
