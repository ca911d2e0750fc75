package org.eqms.e2e.sweep;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of one path segment (URLEncoder is for forms: its '+' for a space is literal in a path). */
final class PathSegment {
    private PathSegment() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
