package org.eqms.trace.sbom;

import java.util.List;
import java.util.Objects;

/**
 * What one SBOM file says: its format and specification version, the product it describes and the components the
 * product is made of. The described product itself (CycloneDX {@code metadata.component}, the SPDX packages the
 * document {@code DESCRIBES}) is not one of its components.
 *
 * @param subject the described product's name, empty when the SBOM does not name one
 */
public record SbomImport(SbomFormat format, String specVersion, String subject, List<SbomComponent> components) {

    public SbomImport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(specVersion, "specVersion");
        subject = Objects.requireNonNullElse(subject, "");
        components = List.copyOf(components);
    }
}
