package org.eqms.risk;

import java.util.List;
import java.util.Optional;

/**
 * Port: where a project's production and post-production information (ISO 14971 §10.2) is kept. Information is
 * recorded once and never changed: it is the record of what was received.
 */
public interface ProductionInformationRepository {

    Optional<ProductionInformation> find(String projectKey, String informationId);

    /** Items {@code offset} to {@code offset + limit} in the order they were recorded. */
    List<ProductionInformation> page(String projectKey, long offset, int limit);

    /**
     * Records new information, in one transaction with its audit record.
     *
     * @throws IllegalStateException if the project already holds information with that id
     */
    void add(String projectKey, ProductionInformation information);
}
