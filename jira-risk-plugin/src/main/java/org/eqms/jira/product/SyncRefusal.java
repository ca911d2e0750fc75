package org.eqms.jira.product;

import java.time.Instant;
import java.util.Objects;

/**
 * A change in Jira the trace did not follow, and why: e.g. an issue link the link rules do not allow
 * ({@code link_not_allowed}), a link between projects or to an issue that is not a trace item. Jira keeps the
 * change; the trace does not have it (so the gap analysis shows what is missing), and this record says why.
 *
 * @param projectKey the project whose trace did not follow
 * @param subject    what was not followed, e.g. {@code INF-7 —MITIGATED_BY→ INF-9} or an issue key
 * @param code       the refusal code (a {@code TraceRefusal} code, {@code not_a_trace_item},
 *                   {@code cross_project_link} or {@code sync_failed})
 * @param message    what happened, in words
 * @param hint       what to do about it
 * @param at         when (server time)
 * @param actorKey   the user whose change in Jira was not followed (the listener's {@code UNKNOWN_ACTOR} when Jira
 *                   names none)
 */
public record SyncRefusal(String projectKey, String subject, String code, String message, String hint, Instant at,
                          String actorKey) {
    /** An issue link whose ends are not both trace items of the project. */
    public static final String NOT_A_TRACE_ITEM = "not_a_trace_item";
    /** An issue link between issues of two projects: each project's trace is its own graph. */
    public static final String CROSS_PROJECT_LINK = "cross_project_link";
    /** An unexpected failure (e.g. the store); the event was not applied. */
    public static final String SYNC_FAILED = "sync_failed";

    public SyncRefusal {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKey, "actorKey");
    }
}
