package org.eqms.trace.sbom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One third-party component (SOUP, IEC 62304 §5.3.3 / §8.1.2) as an SBOM lists it.
 *
 * @param name     the component name; a CycloneDX {@code group} is kept in front as {@code group/name}, the way a
 *                 package URL writes namespace and name
 * @param version  the version as the SBOM states it; empty when the SBOM does not say
 * @param supplier who supplies it (CycloneDX supplier, manufacturer or publisher; SPDX supplier without its
 *                 {@code Organization:}/{@code Person:} prefix); empty when the SBOM does not say
 * @param purl     the package URL; empty when the SBOM gives none
 * @param licences licence identifiers, names or expressions, in the SBOM's order; empty when none is asserted
 * @param hashes   digest per algorithm, algorithm names as CycloneDX writes them ({@code SHA-256}), values in
 *                 lowercase hex; see {@link HashAlgorithmName}
 */
public record SbomComponent(String name, String version, String supplier, String purl, List<String> licences,
        Map<String, String> hashes) {

    public SbomComponent {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("a component needs a name");
        }
        version = Objects.requireNonNullElse(version, "");
        supplier = Objects.requireNonNullElse(supplier, "");
        purl = Objects.requireNonNullElse(purl, "");
        licences = List.copyOf(licences);
        hashes = Collections.unmodifiableMap(new LinkedHashMap<>(hashes));
    }

    /**
     * What makes two entries "the same component" across two SBOMs, whatever their version: the package URL
     * without version, qualifiers and subpath where there is one, else the lowercased name.
     */
    public String identity() {
        return purl.isEmpty() ? name.toLowerCase(Locale.ROOT) : PackageUrlIdentity.of(purl);
    }
}
