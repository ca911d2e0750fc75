package org.eqms.risk;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Port: where a project's {@link RiskRecord}s are kept (Active Objects in the products and the sandbox). Streams page
 * through storage and must be closed by the caller (try-with-resources); they never load a project whole (DESIGN §4).
 */
public interface RiskRepository {

    Optional<RiskRecord> find(String projectKey, String riskId);

    /** Every risk of the project, in a stable order (by id). */
    Stream<RiskRecord> stream(String projectKey);

    /** The risks of one hazard of the project. */
    Stream<RiskRecord> streamByHazard(String projectKey, String hazardId);

    /** Whether any risk of the project is analysed for the hazardous situation. */
    boolean anyForSituation(String projectKey, String situationId);

    /** Whether any risk of the project is analysed for the hazard. */
    boolean anyForHazard(String projectKey, String hazardId);

    /** Create or replace the risk, in one transaction with its audit record. */
    void save(RiskRecord risk);
}
