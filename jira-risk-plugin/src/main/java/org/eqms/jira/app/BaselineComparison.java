package org.eqms.jira.app;

import org.eqms.trace.BaselineDiff;

import java.util.Objects;

/**
 * Two baselines compared: what changed between them, and whether each one's stored content still matches its hashes
 * (checked now, on the snapshots the diff was computed from).
 */
public record BaselineComparison(BaselineDiff diff, boolean olderIntact, boolean newerIntact) {
    public BaselineComparison {
        Objects.requireNonNull(diff, "diff");
    }
}
