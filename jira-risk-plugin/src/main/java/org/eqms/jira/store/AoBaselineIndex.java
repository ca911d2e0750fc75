package org.eqms.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.BaselineRow;

import java.util.Objects;
import java.util.Optional;

/** Which project a baseline belongs to, by its (globally unique) id: what a signature on a baseline names. */
public final class AoBaselineIndex {
    private final ActiveObjects ao;

    public AoBaselineIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    public Optional<String> projectOf(String baselineId) {
        if (baselineId == null || baselineId.isBlank()) {
            return Optional.empty();
        }
        BaselineRow[] rows = ao.find(BaselineRow.class, Query.select(BaselineRow.ID + ", " + BaselineRow.PROJECT_KEY)
                .where(BaselineRow.BASELINE_ID + " = ?", baselineId).limit(2));
        return rows.length == 1 ? Optional.of(rows[0].getProjectKey()) : Optional.empty();
    }
}
