package org.eqms.trace.sbom;

/** The SBOM formats the import reads. */
public enum SbomFormat {
    /** CycloneDX JSON, specification versions 1.2 to 1.6. */
    CYCLONEDX_JSON,
    /** SPDX 2.3 JSON (also 2.2, whose JSON form 2.3 extends). */
    SPDX_JSON
}
