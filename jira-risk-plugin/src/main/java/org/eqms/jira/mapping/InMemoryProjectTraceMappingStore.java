package org.eqms.jira.mapping;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ProjectTraceMappingStore} in memory, for the sandbox's demo data and for tests: the newest revision per
 * project only. Saves of one project are serialised, so the stale-revision rule holds under concurrent saves.
 */
public final class InMemoryProjectTraceMappingStore implements ProjectTraceMappingStore {
    private final Map<String, ProjectTraceMapping> current = new ConcurrentHashMap<>();

    @Override
    public Optional<ProjectTraceMapping> current(String projectKey) {
        return Optional.ofNullable(projectKey == null ? null : current.get(projectKey));
    }

    @Override
    public ProjectTraceMapping save(ProjectTraceMapping mapping, int expectedRevision) {
        Objects.requireNonNull(mapping, "mapping");
        ProjectTraceMapping saved = mapping.withRevision(expectedRevision + 1);
        current.compute(mapping.projectKey(), (key, inForce) -> {
            int currentRevision = inForce == null ? 0 : inForce.revision();
            if (currentRevision != expectedRevision) {
                throw ProjectTraceMappingStore.stale(key, expectedRevision, currentRevision);
            }
            return saved;
        });
        return saved;
    }
}
