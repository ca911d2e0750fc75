package org.eqms.trace.reqif;

import java.util.List;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;

/**
 * What importing a ReqIF document into a project's trace would do, computed by {@link ReqifTraceImport} before
 * anything is written. The import is applied whole or not at all: it can be applied only when {@link #problems()}
 * is empty.
 *
 * @param added       items new to the trace, held from now on by the import (their ids start with
 *                    {@link ReqifTraceImport#EXTERNAL_ID_PREFIX})
 * @param changed     items an earlier import brought, whose content the file changes
 * @param unchanged   how many objects match an item whose content is the same
 * @param heldInJira  keys of objects that match an item the project's own issues hold, with content that differs:
 *                    reported, never overwritten (change the issue instead)
 * @param links       links new to the trace
 * @param knownLinks  how many relations the trace already has
 * @param problems    why the file cannot be imported as it is (unknown types, missing attributes, links the trace
 *                    rules refuse…), one sentence each
 */
public record ReqifImportPlan(List<TraceItem> added, List<Change> changed, int unchanged, List<String> heldInJira,
                              List<TraceLink> links, int knownLinks, List<String> problems) {

    public ReqifImportPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        heldInJira = List.copyOf(heldInJira);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    /** An item an earlier import brought, as it is and as the file has it. */
    public record Change(TraceItem before, TraceItem after) {
    }

    /** Whether the plan can be applied (no problems). */
    public boolean applicable() {
        return problems.isEmpty();
    }

    /** Whether applying it would change nothing. */
    public boolean empty() {
        return added.isEmpty() && changed.isEmpty() && links.isEmpty();
    }
}
