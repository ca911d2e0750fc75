package org.eqms.trace;

/**
 * One class (IEC 62304 Ed. 1: A, B, C) or rigor level (Ed. 2) of a {@link ClassificationScheme}.
 *
 * @param code        what items carry in {@link TraceItem#safetyClass()}, e.g. {@code C}
 * @param description what the class means, e.g. "Death or serious injury is possible"
 */
public record SafetyClass(String code, String description) {
    public SafetyClass {
        if (code == null || code.isBlank()) {
            throw new TraceRefusedException(TraceRefusal.INVALID_CLASSIFICATION_SCHEME,
                    "A safety class has no code.", "Give every class a short code, e.g. A, B, C or I, II.");
        }
        description = description == null ? "" : description;
    }
}
