package org.eqms.jira.mapping;

import java.util.Optional;

/**
 * Port: the saved trace mapping of each Jira project. Each save makes a new revision (1, 2, ...); the newest is in
 * force. A save names the revision the administrator edited, so two administrators editing at once cannot overwrite
 * each other unseen.
 */
public interface ProjectTraceMappingStore {

    /** The mapping in force for the project; empty when the project was never mapped. */
    Optional<ProjectTraceMapping> current(String projectKey);

    /**
     * Saves {@code mapping} as the project's next revision, {@code expectedRevision + 1}, and returns it with that
     * revision (the revision inside {@code mapping} is not used).
     *
     * @param expectedRevision the revision the change was made to: the one {@link #current} returned, 0 for a project
     *                         never mapped
     * @throws MappingRefusedException {@link MappingRefusal#STALE_REVISION} when the project's current revision is not
     *                                 {@code expectedRevision} (someone saved first); nothing is saved
     */
    ProjectTraceMapping save(ProjectTraceMapping mapping, int expectedRevision);

    /** The refusal of a save made to an older revision than the one in force. */
    static MappingRefusedException stale(String projectKey, int expectedRevision, int currentRevision) {
        return new MappingRefusedException(MappingRefusal.STALE_REVISION, "The trace mapping of project " + projectKey
                + " was changed to revision " + currentRevision + " since revision " + expectedRevision
                + " was read.", "Reload the mapping, re-apply your change and save again.");
    }
}
