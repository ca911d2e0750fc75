package org.eqms.risk;

/** What a verification item proves about a risk control (ISO 14971 §7.2): that it is implemented, or that it works. */
public enum VerificationPurpose {
    IMPLEMENTATION,
    EFFECTIVENESS
}
