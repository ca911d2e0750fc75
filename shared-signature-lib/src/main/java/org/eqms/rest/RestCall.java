package org.eqms.rest;

import org.eqms.signature.SigningRefusedException;

import javax.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a resource method and turns refusals into their 4xx JSON error (DESIGN §7): the REST layer's own
 * {@link RestRefusal}s, the e-signature engine's {@link SigningRefusedException}s, and whatever the app's
 * {@code appErrors} recognises (its domain's typed exceptions). A refusal changes nothing: the services refuse before
 * they write. Anything else is a server fault: logged, answered 500 with a JSON body that leaks no internals.
 */
public final class RestCall {
    private static final Logger LOG = Logger.getLogger(RestCall.class.getName());

    /** For resources whose only refusals are the REST layer's and the e-signature engine's. */
    public static final Function<RuntimeException, Optional<Response>> NO_APP_ERRORS = e -> Optional.empty();

    private RestCall() {
    }

    public static Response run(Supplier<Response> work, Function<RuntimeException, Optional<Response>> appErrors) {
        try {
            return work.get();
        } catch (RestRefusal e) {
            return JsonResponses.error(e.status(), e.code(), e.getMessage(), e.hint());
        } catch (SigningRefusedException e) {
            return JsonResponses.error(e.refusal().httpStatus(), e.refusal().name().toLowerCase(Locale.ROOT),
                    e.getMessage(), e.hint());
        } catch (RuntimeException e) {
            Optional<Response> mapped = appErrors.apply(e);
            if (mapped.isPresent()) {
                return mapped.get();
            }
            LOG.log(Level.SEVERE, "eQMS REST call failed", e);
            return JsonResponses.error(500, "internal_error", "The server could not complete the request.",
                    "Try again; if it persists, give the time to your administrator.");
        }
    }
}
