package org.eqms.confluence.rest;

import org.eqms.document.ApprovalRefusedException;
import org.eqms.document.DocumentControlException;
import org.eqms.document.DocumentNumberRangeExhaustedException;
import org.eqms.document.IllegalTransitionException;
import org.eqms.document.InvalidConfigurationException;
import org.eqms.document.InvalidRevisionException;
import org.eqms.signature.SigningRefusedException;

import javax.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a resource method and turns every refusal of the domain, the e-signature engine or the REST layer into its
 * 4xx JSON error (DESIGN §7). A refusal changes nothing: the services refuse before they write. Anything else is a
 * server fault: logged, answered 500 with a JSON body that leaks no internals.
 */
public final class ErrorMapping {
    private static final Logger LOG = Logger.getLogger(ErrorMapping.class.getName());

    private ErrorMapping() {
    }

    public static Response call(Supplier<Response> work) {
        try {
            return work.get();
        } catch (RestRefusal e) {
            return JsonResponses.error(e.status(), e.code(), e.getMessage(), e.hint());
        } catch (DocumentControlException e) {
            return JsonResponses.error(e.httpStatus(), e.code(), e.getMessage(), e.hint());
        } catch (IllegalTransitionException e) {
            return JsonResponses.error(e.httpStatus(), e.code(), e.getMessage(), e.hint());
        } catch (ApprovalRefusedException e) {
            return JsonResponses.error(e.httpStatus(), e.code(), e.getMessage(), e.hint());
        } catch (InvalidConfigurationException e) {
            return JsonResponses.error(400, e.code(), e.getMessage(), e.hint());
        } catch (InvalidRevisionException e) {
            return JsonResponses.error(400, e.code(), e.getMessage(), e.hint());
        } catch (DocumentNumberRangeExhaustedException e) {
            return JsonResponses.error(409, e.code(), e.getMessage(),
                    "Ask the space administrator to widen the number format of this document type.");
        } catch (SigningRefusedException e) {
            return JsonResponses.error(e.refusal().httpStatus(), e.refusal().name().toLowerCase(Locale.ROOT),
                    e.getMessage(), e.hint());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "eQMS REST call failed", e);
            return JsonResponses.error(500, "internal_error", "The server could not complete the request.", "Try again; if it persists, give the time to your administrator.");
        }
    }
}
