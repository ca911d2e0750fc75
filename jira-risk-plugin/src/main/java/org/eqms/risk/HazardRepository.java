package org.eqms.risk;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Port: where a project's risk analysis inputs are kept — intended use (§5.2), hazards (§5.4) and hazardous
 * situations. Streams page through storage and must be closed by the caller.
 */
public interface HazardRepository {

    Optional<IntendedUse> intendedUse(String projectKey);

    void saveIntendedUse(String projectKey, IntendedUse intendedUse);

    Optional<Hazard> findHazard(String projectKey, String hazardId);

    Stream<Hazard> hazards(String projectKey);

    void saveHazard(String projectKey, Hazard hazard);

    Optional<HazardousSituation> findSituation(String projectKey, String situationId);

    Stream<HazardousSituation> situations(String projectKey);

    void saveSituation(String projectKey, HazardousSituation situation);

    /**
     * The hazardous situations of the given hazards (a page of them; a store reads them in a few queries, not one
     * per hazard). In no particular order.
     */
    default Stream<HazardousSituation> situationsOf(String projectKey, Collection<String> hazardIds) {
        return situations(projectKey).filter(s -> hazardIds.contains(s.hazardId()));
    }

    /** Whether any hazardous situation of the project exposes to the hazard. */
    boolean anySituationOf(String projectKey, String hazardId);

    /**
     * Deletes the hazard; an unknown id changes nothing. The caller checks first that no hazardous situation and no
     * risk refers to it.
     */
    void deleteHazard(String projectKey, String hazardId);

    /**
     * Deletes the hazardous situation; an unknown id changes nothing. The caller checks first that no risk refers to
     * it.
     */
    void deleteSituation(String projectKey, String situationId);
}
