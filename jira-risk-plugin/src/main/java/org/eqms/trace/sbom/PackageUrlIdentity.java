package org.eqms.trace.sbom;

/**
 * The version-free part of a package URL ({@code pkg:type/namespace/name}): the purl specification puts the version
 * after the last {@code @} of the path, qualifiers after {@code ?} and a subpath after {@code #}. An {@code @}
 * inside a namespace (npm scopes) is percent-encoded by the specification, so the last {@code @} after the last
 * {@code /} is always the version separator.
 */
final class PackageUrlIdentity {

    private PackageUrlIdentity() {
    }

    static String of(String purl) {
        String path = cutAt(cutAt(purl, '#'), '?');
        int at = path.lastIndexOf('@');
        if (at > path.lastIndexOf('/')) {
            path = path.substring(0, at);
        }
        return path;
    }

    private static String cutAt(String text, char marker) {
        int index = text.indexOf(marker);
        return index < 0 ? text : text.substring(0, index);
    }
}
