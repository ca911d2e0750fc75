package org.eqms.jira.product;

import java.util.List;
import java.util.Optional;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.RiskRepository;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.TraceGraphStore;

/**
 * Port: the stores of one Jira project's trace, its mapping, and the risk analysis records the sync keeps for
 * hazard and hazardous-situation issues. In the plugin the app's wiring implements it on
 * Active Objects (one {@code TraceGraphStore} and {@code SuspectLinkStore} per project key); in tests a map-backed
 * double.
 */
public interface ProjectStores {

    /** The project's trace graph store. */
    TraceGraphStore traceGraph(String projectKey);

    /** The project's suspect-link store. */
    SuspectLinkStore suspects(String projectKey);

    /** The hazards and hazardous situations of the projects' risk analyses (ISO 14971 §5.4). */
    HazardRepository hazards();

    /** The risks of the projects' risk analyses (to refuse deleting a hazard or situation that has some). */
    RiskRepository risks();

    /** The project's trace mapping in force; empty when the project is not traced. */
    Optional<ProjectTraceMapping> mapping(String projectKey);

    /**
     * The projects whose trace holds an item with this id: the issue's own project, or another one when Jira moved
     * the issue and the trace has not followed yet (empty when no trace holds it).
     */
    List<String> projectsHolding(String itemId);

    /**
     * Runs {@code work} as one transaction: an item change, the suspect marks it raised, the links it dropped and their
     * audit records are written together or not at all (DESIGN §4). The default runs it as is, for stores without
     * transactions; the Active Objects implementation runs it in {@code ActiveObjects.executeInTransaction}.
     */
    default void inTransaction(Runnable work) {
        work.run();
    }
}
