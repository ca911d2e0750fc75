package org.eqms.trace.sbom;

import java.util.Locale;
import java.util.Map;

/**
 * One spelling for digest algorithms whichever SBOM format named them: CycloneDX writes {@code SHA-256},
 * {@code SHA3-256}, {@code BLAKE2b-256}; SPDX 2.3 writes {@code SHA256}, {@code SHA3-256}, {@code BLAKE2b-256}.
 * Both are mapped to the CycloneDX spelling; an algorithm neither format knows is kept as written, upper-cased.
 */
final class HashAlgorithmName {

    private static final Map<String, String> SPDX_TO_CYCLONEDX = Map.ofEntries(
            Map.entry("SHA1", "SHA-1"), Map.entry("SHA224", "SHA-224"), Map.entry("SHA256", "SHA-256"),
            Map.entry("SHA384", "SHA-384"), Map.entry("SHA512", "SHA-512"), Map.entry("MD2", "MD2"),
            Map.entry("MD4", "MD4"), Map.entry("MD5", "MD5"), Map.entry("MD6", "MD6"),
            Map.entry("SHA3-256", "SHA3-256"), Map.entry("SHA3-384", "SHA3-384"), Map.entry("SHA3-512", "SHA3-512"),
            Map.entry("BLAKE2B-256", "BLAKE2b-256"), Map.entry("BLAKE2B-384", "BLAKE2b-384"),
            Map.entry("BLAKE2B-512", "BLAKE2b-512"), Map.entry("BLAKE3", "BLAKE3"), Map.entry("ADLER32", "ADLER32"));

    private HashAlgorithmName() {
    }

    static String normalise(String algorithm) {
        String upper = algorithm.trim().toUpperCase(Locale.ROOT);
        String known = SPDX_TO_CYCLONEDX.get(upper);
        if (known != null) {
            return known;
        }
        return SPDX_TO_CYCLONEDX.getOrDefault(upper.replace("-", ""), upper);
    }
}
