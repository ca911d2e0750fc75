package org.eqms.jira.web;

import java.util.regex.Pattern;

/** What a project key from a page address may look like before it is used (Jira's default key pattern, widened). */
final class ProjectKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

    private ProjectKeys() {
    }

    /** The key, or {@code null} when the parameter is missing or not a plausible Jira project key. */
    static String valid(String key) {
        return key != null && KEY.matcher(key).matches() ? key : null;
    }
}
