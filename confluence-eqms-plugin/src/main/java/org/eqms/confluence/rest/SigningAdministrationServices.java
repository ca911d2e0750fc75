package org.eqms.confluence.rest;

import org.eqms.document.DocumentActors;
import org.eqms.signature.SigningLockouts;
import org.eqms.signature.SigningPolicyAdministration;

import java.util.Objects;

/** What the global administration endpoints work with: the signing policy, signing lockouts, the caller. */
public record SigningAdministrationServices(SigningPolicyAdministration policy, SigningLockouts lockouts,
                                            DocumentActors actors, Callers callers) {
    public SigningAdministrationServices {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lockouts, "lockouts");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(callers, "callers");
    }

    /** Where the administration resource gets these from, per request. */
    @FunctionalInterface
    public interface Source {
        SigningAdministrationServices signingAdministration();
    }
}
