package org.eqms.confluence.rest;

import org.eqms.document.ApprovalRefusedException;
import org.eqms.document.DocumentControlException;
import org.eqms.document.DocumentNumberRangeExhaustedException;
import org.eqms.document.IllegalTransitionException;
import org.eqms.document.InvalidConfigurationException;
import org.eqms.document.InvalidRevisionException;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestCall;

import javax.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link RestCall} with the controlled-documents domain's refusals mapped to their 4xx JSON errors. */
public final class ErrorMapping {
    private ErrorMapping() {
    }

    public static Response call(Supplier<Response> work) {
        return RestCall.run(work, ErrorMapping::documentError);
    }

    private static Optional<Response> documentError(RuntimeException e) {
        if (e instanceof DocumentControlException d) {
            return Optional.of(JsonResponses.error(d.httpStatus(), d.code(), d.getMessage(), d.hint()));
        } else if (e instanceof IllegalTransitionException t) {
            return Optional.of(JsonResponses.error(t.httpStatus(), t.code(), t.getMessage(), t.hint()));
        } else if (e instanceof ApprovalRefusedException a) {
            return Optional.of(JsonResponses.error(a.httpStatus(), a.code(), a.getMessage(), a.hint()));
        } else if (e instanceof InvalidConfigurationException c) {
            return Optional.of(JsonResponses.error(400, c.code(), c.getMessage(), c.hint()));
        } else if (e instanceof InvalidRevisionException r) {
            return Optional.of(JsonResponses.error(400, r.code(), r.getMessage(), r.hint()));
        } else if (e instanceof DocumentNumberRangeExhaustedException n) {
            return Optional.of(JsonResponses.error(409, n.code(), n.getMessage(),
                    "Ask the space administrator to widen the number format of this document type."));
        }
        return Optional.empty();
    }
}
