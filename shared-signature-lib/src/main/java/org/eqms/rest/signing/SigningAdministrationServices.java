package org.eqms.rest.signing;

import org.eqms.rest.Callers;
import org.eqms.audit.Actor;
import org.eqms.signature.SigningLockouts;
import org.eqms.signature.SigningPolicyAdministration;
import org.eqms.signature.TotpEnrolments;

import java.util.Objects;
import java.util.function.Function;

/**
 * What the e-signature administration endpoints of either app work with: the signing policy, signing lockouts, each
 * user's own authenticator (TOTP) enrolment, users' printed names, the caller.
 */
public record SigningAdministrationServices(SigningPolicyAdministration policy, SigningLockouts lockouts,
                                            TotpEnrolments totp, Function<String, Actor> actors,
                                            Callers callers) {
    public SigningAdministrationServices {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lockouts, "lockouts");
        Objects.requireNonNull(totp, "totp");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(callers, "callers");
    }

    /** Where the administration resource gets these from, per request. */
    @FunctionalInterface
    public interface Source {
        SigningAdministrationServices signingAdministration();
    }
}
