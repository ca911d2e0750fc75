package org.eqms.jira.rest;

import org.eqms.jira.mapping.MappingRefusedException;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;
import org.eqms.risk.InvalidRiskConfigurationException;
import org.eqms.risk.RiskRefusedException;
import org.eqms.trace.TraceRefusedException;
import org.eqms.trace.sbom.SbomRejectedException;

import javax.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link RestCall} with the risk and traceability domains' refusals mapped to their 4xx JSON errors. */
final class RiskErrors {
    private RiskErrors() {
    }

    static Response call(Supplier<Response> work) {
        return RestCall.run(work, RiskErrors::domainError);
    }

    private static Optional<Response> domainError(RuntimeException e) {
        if (e instanceof TraceRefusedException t) {
            return Optional.of(JsonResponses.error(t.httpStatus(), t.code(), t.getMessage(), t.hint()));
        } else if (e instanceof MappingRefusedException m) {
            return Optional.of(JsonResponses.error(m.httpStatus(), m.code(), m.getMessage(), m.hint()));
        } else if (e instanceof RiskRefusedException r) {
            return Optional.of(JsonResponses.error(r.httpStatus(), r.code(), r.getMessage(), r.hint()));
        } else if (e instanceof InvalidRiskConfigurationException c) {
            return Optional.of(JsonResponses.error(400, c.code(), c.getMessage(), c.hint()));
        } else if (e instanceof SbomRejectedException s) {
            return Optional.of(JsonResponses.error(400, s.code(), s.getMessage(), s.hint()));
        }
        return Optional.empty();
    }
}
