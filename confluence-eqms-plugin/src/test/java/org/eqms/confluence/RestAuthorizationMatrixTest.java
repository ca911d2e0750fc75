package org.eqms.confluence;

import org.eqms.rest.testing.TestRestHost;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentState;
import org.eqms.document.SpaceSettingsJson;
import org.eqms.signature.SigningChallenge;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.compliance.Clause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.confluence.RestFixture.ADMIN;
import static org.eqms.confluence.RestFixture.ALICE;
import static org.eqms.confluence.RestFixture.ANN;
import static org.eqms.confluence.RestFixture.BOB;
import static org.eqms.confluence.RestFixture.DAVE;
import static org.eqms.confluence.RestFixture.ERIN;
import static org.eqms.confluence.RestFixture.OLGA;

/**
 * Every REST endpoint × every kind of caller, each cell on a fresh document in the state the endpoint acts on:
 * anonymous gets 401, a caller without Confluence permission or plugin role gets 403 with a JSON error and nothing
 * changes, the allowed roles get 2xx and the change happens.
 */
class RestAuthorizationMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CALLERS = Arrays.asList(null, OLGA, ERIN, ALICE, BOB, DAVE, ADMIN, ANN);

    /** One endpoint: how to prepare its target, how to call it, who may. */
    private record Endpoint(String name, Function<RestFixture, Target> prepare, Set<String> allowed) {
    }

    /** A prepared call and how to read the state it would change. */
    private record Target(String method, String path, Function<String, String> body, Function<RestFixture, String> state) {
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    @Clause("21CFR11.10(g)")
    void everyEndpointRefusesCallersWithoutPermissionAndLetsTheRightRolesAct(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            List<String> failures = new ArrayList<>();
            for (Endpoint endpoint : endpoints()) {
                for (String caller : CALLERS) {
                    check(app, endpoint, caller, failures);
                }
            }
            assertThat(failures).isEmpty();
        }
    }

    private static void check(RestFixture app, Endpoint endpoint, String caller, List<String> failures) throws Exception {
        Target target = endpoint.prepare().apply(app);
        String before = target.state().apply(app);
        TestRestHost.Reply reply = switch (target.method()) {
            case "GET" -> app.host.get(target.path(), caller);
            case "PUT" -> app.host.put(target.path(), caller, target.body().apply(caller));
            default -> app.host.post(target.path(), caller, target.body().apply(caller));
        };
        String after = target.state().apply(app);
        String cell = endpoint.name() + " as " + caller + ": " + reply;
        boolean allowed = caller != null && endpoint.allowed().contains(caller);
        if (allowed) {
            if (reply.status() / 100 != 2) {
                failures.add(cell + " (expected 2xx)");
            } else if (!target.path().endsWith("/challenge") && !"GET".equals(target.method()) && before.equals(after)) {
                failures.add(cell + " (allowed, but nothing changed: " + after + ")");
            }
            return;
        }
        int expected = caller == null ? 401 : 403;
        if (reply.status() != expected) {
            failures.add(cell + " (expected " + expected + ")");
            return;
        }
        JsonNode error = JSON.readTree(reply.body());
        if (!error.path("error").isTextual() || !error.path("message").isTextual() || !error.path("hint").isTextual()
                || !reply.contentType().startsWith("application/json")) {
            failures.add(cell + " (error is not a JSON {error,message,hint})");
        }
        if (!before.equals(after)) {
            failures.add(cell + " (refused, but the state changed from " + before + " to " + after + ")");
        }
    }

    private static List<Endpoint> endpoints() {
        Set<String> readers = Set.of(ERIN, ALICE, BOB, DAVE, ADMIN);
        Set<String> editors = Set.of(ALICE, DAVE, ADMIN);
        return List.of(
                new Endpoint("GET page status", app -> get("/documents/page/" + app.documentIn(DocumentState.DRAFT).pageId()), readers),
                new Endpoint("GET document", app -> get("/documents/" + app.documentIn(DocumentState.DRAFT).id()), readers),
                new Endpoint("place page under control", RestAuthorizationMatrixTest::placeTarget, editors),
                new Endpoint("submit", app -> post(app, DocumentState.DRAFT, "/submit", "{}"), editors),
                new Endpoint("withdraw", app -> post(app, DocumentState.IN_REVIEW, "/withdraw", "{}"), Set.of(ALICE, DAVE)),
                new Endpoint("reject", app -> post(app, DocumentState.IN_REVIEW, "/reject", "{\"reason\":\"step 3 is unclear\"}"),
                        Set.of(BOB, DAVE)),
                new Endpoint("approval challenge", app -> post(app, DocumentState.IN_REVIEW, "/challenge",
                        "{\"purpose\":\"APPROVAL\"}"), Set.of(BOB)),
                new Endpoint("sign approval", RestAuthorizationMatrixTest::signTarget, Set.of(BOB)),
                new Endpoint("approve", app -> on(app, app.documentWithQuorum(), "/approve", "{}"), Set.of(DAVE)),
                new Endpoint("make effective", app -> post(app, DocumentState.APPROVED, "/effective", "{}"), Set.of(DAVE)),
                new Endpoint("new revision", app -> post(app, DocumentState.EFFECTIVE, "/revisions",
                        "{\"changeReason\":\"annual update\"}"), editors),
                new Endpoint("obsolescence challenge", app -> post(app, DocumentState.EFFECTIVE, "/challenge",
                        "{\"purpose\":\"OBSOLESCENCE\"}"), Set.of(DAVE)),
                new Endpoint("GET space configuration", app -> get("/spaces/QMS/configuration"), Set.of(ADMIN)),
                new Endpoint("PUT space configuration", RestAuthorizationMatrixTest::configurationTarget, Set.of(ADMIN)),
                new Endpoint("GET signing policy", app -> get("/admin/signing-policy"), Set.of(ANN)),
                new Endpoint("PUT signing policy", RestAuthorizationMatrixTest::policyTarget, Set.of(ANN)),
                new Endpoint("GET signing lockouts", app -> get("/admin/lockouts"), Set.of(ANN)));
    }

    private static Target get(String path) {
        return new Target("GET", path, caller -> null, app -> "");
    }

    private static Target post(RestFixture app, DocumentState state, String action, String body) {
        return on(app, app.documentIn(state), action, body);
    }

    private static Target on(RestFixture app, ControlledDocument document, String action, String body) {
        return new Target("POST", "/documents/" + document.id() + action, caller -> body, a -> revisionState(a, document));
    }

    private static String revisionState(RestFixture app, ControlledDocument document) {
        var revisions = app.control.revisions(document.id());
        var latest = revisions.get(revisions.size() - 1);
        return revisions.size() + "/" + latest.label() + "/" + latest.state() + "/" + latest.approvals().size();
    }

    private static Target placeTarget(RestFixture app) {
        long page = app.newPage("Uncontrolled page");
        return new Target("POST", "/documents", caller -> "{\"pageId\":" + page + ",\"type\":\"SOP\"}",
                a -> String.valueOf(a.control.documentOfPage(page).isPresent()));
    }

    /** Bob's challenge; every caller answers it with their own credentials. */
    private static Target signTarget(RestFixture app) {
        ControlledDocument document = app.documentIn(DocumentState.IN_REVIEW);
        SigningChallenge challenge = app.signing.signatures().challenge(BOB, "confluence.page",
                String.valueOf(document.pageId()), null);
        return new Target("POST", "/documents/" + document.id() + "/sign", caller -> {
            String username = caller == null ? "nobody" : app.people.byKey(caller).orElseThrow().username();
            return "{\"challengeId\":\"" + challenge.id() + "\",\"meaning\":\"Approved\",\"reason\":\"checked\","
                    + "\"userId\":\"" + username + "\",\"password\":\"" + username + "-pw\"}";
        }, a -> revisionState(a, document));
    }

    private static Target policyTarget(RestFixture app) {
        int next = app.signingPolicy.current().lockoutThreshold() + 1;
        return new Target("PUT", "/admin/signing-policy", caller -> "{\"meanings\":[\"Approved\",\"Reviewed\"],"
                + "\"alwaysBothComponents\":false,\"lockoutThreshold\":" + next + ",\"lockoutWindowMinutes\":30,"
                + "\"challengeTtlMinutes\":10,\"sessionContinuityMinutes\":30,\"maxReasonLength\":1000,"
                + "\"reason\":\"audit finding 7\"}", a -> String.valueOf(a.signingPolicy.current()));
    }

    private static Target configurationTarget(RestFixture app) {
        return new Target("PUT", "/spaces/QMS/configuration",
                caller -> SpaceSettingsJson.toText(app.spaces.current("QMS").orElseThrow()),
                a -> String.valueOf(a.spaces.current("QMS").orElseThrow().revision()));
    }
}
