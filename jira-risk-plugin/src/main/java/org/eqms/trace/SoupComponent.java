package org.eqms.trace;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A SOUP component as an SBOM describes it (CycloneDX, SPDX; the parsers are in {@code org.eqms.trace.sbom}): the
 * identification IEC 62304 §8.1.2 asks for (title, manufacturer, unique designator) plus what an SBOM adds.
 *
 * @param name     the component name, e.g. {@code jackson-databind}
 * @param version  the version, e.g. {@code 2.17.2}
 * @param supplier the supplier or manufacturer, {@code null} when the SBOM does not say
 * @param purl     the package URL, e.g. {@code pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2}, or
 *                 {@code null}
 * @param licences licence ids or names (SPDX ids where known), in the SBOM's order
 * @param hashes   digests by algorithm name as the SBOM spells it (e.g. {@code SHA-256}) → lowercase hex (kept sorted
 *                 by algorithm name)
 */
public record SoupComponent(String name, String version, String supplier, String purl, List<String> licences,
                            Map<String, String> hashes) {

    public SoupComponent {
        Require.text(name, "SOUP component name");
        Require.text(version, "version of SOUP component " + name);
        supplier = Require.orNull(supplier);
        purl = Require.orNull(purl);
        licences = licences == null ? List.of() : List.copyOf(licences);
        SortedMap<String, String> copy = new TreeMap<>();
        if (hashes != null) {
            hashes.forEach((alg, value) -> copy.put(Require.text(alg, "hash algorithm"),
                    Require.text(value, alg + " hash of " + name).toLowerCase(Locale.ROOT)));
        }
        hashes = Collections.unmodifiableSortedMap(copy);
    }

    /** A component with only a name and version. */
    public static SoupComponent of(String name, String version) {
        return new SoupComponent(name, version, null, null, List.of(), null);
    }

    /** The same component at another version (the purl's version follows). */
    public SoupComponent withVersion(String newVersion) {
        String newPurl = purl;
        if (purl != null) {
            String base = purlBase(purl);
            int at = base.indexOf('@');
            newPurl = (at < 0 ? base : base.substring(0, at)) + "@" + newVersion + purl.substring(base.length());
        }
        return new SoupComponent(name, newVersion, supplier, newPurl, licences, hashes);
    }

    /**
     * The identity a re-import matches on ({@link SoupRegister#reconcile}): the package URL without its version,
     * qualifiers and subpath ({@code pkg:maven/com.fasterxml.jackson.core/jackson-databind}); {@code null} without a
     * purl. (In a purl an {@code @} in the namespace is percent-encoded, so the first {@code @} starts the version.)
     */
    public String purlIdentity() {
        if (purl == null) {
            return null;
        }
        String base = purlBase(purl);
        int at = base.indexOf('@');
        return (at < 0 ? base : base.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** The name-based identity used when a component has no purl: the name in lower case. */
    public String nameIdentity() {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String purlBase(String purl) {
        int cut = purl.length();
        int q = purl.indexOf('?');
        int h = purl.indexOf('#');
        if (q >= 0) {
            cut = Math.min(cut, q);
        }
        if (h >= 0) {
            cut = Math.min(cut, h);
        }
        return purl.substring(0, cut);
    }
}
