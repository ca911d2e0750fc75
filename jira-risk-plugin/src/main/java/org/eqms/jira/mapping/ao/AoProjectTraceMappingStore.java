package org.eqms.jira.mapping.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.eqms.jira.mapping.MappingRefusedException;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.ProjectTraceMappingJson;
import org.eqms.jira.mapping.ProjectTraceMappingStore;
import org.eqms.store.ao.SqlStates;

/**
 * {@link ProjectTraceMappingStore} on Active Objects: one {@link TraceMappingRow} per saved revision, the newest in
 * force. A save checks the revision in force inside its transaction and inserts the next one; a concurrent save of
 * the same revision hits the UNIQUE {@code PROJECT_REV} column and is refused as stale too.
 */
public final class AoProjectTraceMappingStore implements ProjectTraceMappingStore {
    private static final int MAX_KEY = 200;

    private final ActiveObjects ao;

    public AoProjectTraceMappingStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<ProjectTraceMapping> current(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        TraceMappingRow newest = newest(projectKey);
        if (newest == null) {
            return Optional.empty();
        }
        return Optional.of(ProjectTraceMappingJson.fromText(projectKey, newest.getMappingJson())
                .withRevision(newest.getMappingRev()));
    }

    @Override
    public ProjectTraceMapping save(ProjectTraceMapping mapping, int expectedRevision) {
        Objects.requireNonNull(mapping, "mapping");
        if (mapping.projectKey().length() > MAX_KEY) {
            throw new IllegalArgumentException("project key longer than " + MAX_KEY + " characters");
        }
        ProjectTraceMapping saved = mapping.withRevision(expectedRevision + 1);
        String key = mapping.projectKey();
        try {
            return ao.executeInTransaction(() -> {
                TraceMappingRow inForce = newest(key);
                int currentRevision = inForce == null ? 0 : inForce.getMappingRev();
                if (currentRevision != expectedRevision) {
                    throw ProjectTraceMappingStore.stale(key, expectedRevision, currentRevision);
                }
                Map<String, Object> row = new HashMap<>();
                row.put(TraceMappingRow.PROJECT_REV, key.replace("\\", "\\\\").replace("/", "\\/") + "/"
                        + saved.revision());
                row.put(TraceMappingRow.PROJECT_KEY, key);
                row.put(TraceMappingRow.MAPPING_REV, saved.revision());
                row.put(TraceMappingRow.MAPPING_JSON, ProjectTraceMappingJson.toText(saved));
                ao.create(TraceMappingRow.class, row);
                return saved;
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof MappingRefusedException refused) {
                    throw refused;
                }
            }
            if (SqlStates.uniqueViolation(e)) {
                throw ProjectTraceMappingStore.stale(key, expectedRevision, expectedRevision + 1);
            }
            throw e;
        }
    }

    private TraceMappingRow newest(String projectKey) {
        TraceMappingRow[] rows = ao.find(TraceMappingRow.class, Query.select("ID, " + TraceMappingRow.MAPPING_REV
                        + ", " + TraceMappingRow.MAPPING_JSON)
                .where(TraceMappingRow.PROJECT_KEY + " = ?", projectKey)
                .order(TraceMappingRow.MAPPING_REV + " DESC").limit(1));
        return rows.length == 0 ? null : rows[0];
    }
}
