package org.eqms.e2e.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The bad requests one endpoint gets:
 * <ul>
 *   <li>nobody signed in, on real ids: 401;</li>
 *   <li>unknown ids, numeric and not, and an unknown project or space, as alice (an author and INF editor) and as
 *       admin (a system administrator): a 4xx;</li>
 *   <li>reads: every query parameter with a value of the wrong kind: an answer or a JSON 4xx, never a 5xx;</li>
 *   <li>writes on real ids as alice and as admin: every bad body of {@link BadBodies}, the form content types
 *       without the XSRF token: a 4xx (403 for XSRF);</li>
 *   <li>other users' ids: erin (a reader who edits nothing) writing to every real object; alice, bob and erin acting
 *       on another user's (the administrators') notification: a 4xx.</li>
 * </ul>
 */
final class SweepPlan {
    static final List<String> WRITERS = List.of("alice", "admin");

    private SweepPlan() {
    }

    /** {@code fieldsOf}: the endpoint's own JSON fields for a user and a path, as its refusal of an unknown one says. */
    static List<Probe> probes(Endpoint endpoint, DemoIds ids, BiFunction<String, String, List<String>> fieldsOf) {
        List<Probe> probes = new ArrayList<>();
        String real = endpoint.path(values(endpoint, ids, Variant.REAL));
        probes.add(plain(endpoint, null, real, "nobody signed in", Expect.UNAUTHENTICATED));
        for (Variant variant : List.of(Variant.UNKNOWN_NUMBER, Variant.UNKNOWN_TEXT, Variant.UNKNOWN_CONTAINER)) {
            Map<String, String> values = values(endpoint, ids, variant);
            if (!values.equals(values(endpoint, ids, Variant.REAL))) {
                for (String user : WRITERS) {
                    probes.add(plain(endpoint, user, endpoint.path(values), variant.description, Expect.REFUSED));
                }
            }
        }
        if (!endpoint.writes()) {
            if (!endpoint.queryParams().isEmpty()) {
                StringBuilder query = new StringBuilder(real);
                for (String param : endpoint.queryParams()) {
                    query.append(query.indexOf("?") < 0 ? '?' : '&').append(param).append("=not%20a%20valid%20value");
                }
                for (String user : WRITERS) {
                    probes.add(Probe.read(endpoint, user, query.toString(), "query values of the wrong kind",
                            Expect.ANSWERED_OR_REFUSED));
                }
            }
            return probes;
        }
        for (String user : WRITERS) {
            for (BadBodies.Body body : BadBodies.of(endpoint, fieldsOf.apply(user, real))) {
                probes.add(Probe.write(endpoint, user, real, body.kind(), body.contentType(), body.text(), body.expect()));
            }
        }
        boolean own = endpoint.template().contains("/me/");
        if (!own) {
            probes.add(plain(endpoint, "erin", real, "a reader's write on real objects", Expect.REFUSED));
        } else if (!endpoint.pathParams().isEmpty()) {
            for (String user : List.of("alice", "bob", "erin")) {
                probes.add(plain(endpoint, user, real, "another user's object", Expect.REFUSED));
            }
        }
        return probes;
    }

    private static Probe plain(Endpoint endpoint, String user, String path, String kind, Expect expect) {
        if (!endpoint.writes()) {
            return Probe.read(endpoint, user, path, kind, expect);
        }
        BadBodies.Body empty = BadBodies.empty(endpoint);
        return Probe.write(endpoint, user, path, kind + ", " + empty.kind(), empty.contentType(), empty.text(), expect);
    }

    private enum Variant {
        REAL("real ids"),
        UNKNOWN_NUMBER("unknown numeric id"),
        UNKNOWN_TEXT("unknown non-numeric id"),
        UNKNOWN_CONTAINER("unknown project or space");

        private final String description;

        Variant(String description) {
            this.description = description;
        }
    }

    private static Map<String, String> values(Endpoint endpoint, DemoIds ids, Variant variant) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String param : endpoint.pathParams()) {
            boolean container = DemoIds.container(endpoint, param);
            String value = switch (variant) {
                case REAL -> ids.real(endpoint, param);
                case UNKNOWN_NUMBER -> container ? ids.real(endpoint, param) : DemoIds.UNKNOWN_NUMBER;
                case UNKNOWN_TEXT -> container ? ids.real(endpoint, param) : DemoIds.UNKNOWN_TEXT;
                case UNKNOWN_CONTAINER -> container ? DemoIds.UNKNOWN_CONTAINER : ids.real(endpoint, param);
            };
            values.put(param, value);
        }
        return values;
    }
}
