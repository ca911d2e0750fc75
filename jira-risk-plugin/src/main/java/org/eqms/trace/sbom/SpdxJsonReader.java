package org.eqms.trace.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads SPDX 2.3 JSON (and 2.2, of which 2.3 is a superset) with Jackson. The members this import needs are checked
 * against the SPDX 2.3 specification: the document's {@code SPDXID}, {@code name} and {@code creationInfo}, and per
 * package its {@code name} and {@code SPDXID}. A package's version is {@code versionInfo}, its supplier the
 * {@code supplier} without the {@code Organization:}/{@code Person:} prefix, its licence the declared licence
 * expression (the concluded one when nothing is declared; {@code NOASSERTION} and {@code NONE} assert nothing), its
 * package URL the {@code purl} external reference and its hashes the {@code checksums}.
 *
 * <p>The packages the document {@code DESCRIBES} are its subject, not components, unless it describes every
 * package it lists (then there is no separate subject and all are components).
 */
final class SpdxJsonReader {

    private static final Set<String> VERSIONS = Set.of("SPDX-2.2", "SPDX-2.3");
    private static final String HINT = "Export the SBOM as SPDX 2.3 JSON with the generating tool and upload it unedited.";

    SbomImport read(JsonNode root) {
        String specVersion = root.path("spdxVersion").asText("");
        if (!VERSIONS.contains(specVersion)) {
            throw new SbomRejectedException(SbomRejectedException.UNSUPPORTED_VERSION,
                    "SPDX version \"" + specVersion + "\" is not read here.",
                    "Export the SBOM as SPDX 2.3 JSON; SPDX 3.0 JSON-LD is not read yet.");
        }
        requireText(root, "SPDXID", "the document");
        String documentName = requireText(root, "name", "the document");
        if (!root.path("creationInfo").isObject()) {
            throw invalid("the document has no \"creationInfo\" object");
        }
        JsonNode packages = root.path("packages");
        if (!packages.isMissingNode() && !packages.isArray()) {
            throw invalid("\"packages\" is not an array");
        }
        Set<String> described = describedIds(root);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode pkg : packages) {
            if (!pkg.isObject()) {
                throw invalid("an entry of \"packages\" is not an object");
            }
            String id = requireText(pkg, "SPDXID", "a package");
            requireText(pkg, "name", "package " + id);
            if (byId.put(id, pkg) != null) {
                throw invalid("two packages share SPDXID \"" + id + "\"");
            }
        }
        boolean describesAll = byId.keySet().stream().allMatch(described::contains);
        List<SbomComponent> components = new ArrayList<>();
        String subject = "";
        for (Map.Entry<String, JsonNode> entry : byId.entrySet()) {
            if (described.contains(entry.getKey()) && !describesAll) {
                subject = subject.isEmpty() ? entry.getValue().path("name").asText() : subject;
            } else {
                components.add(toComponent(entry.getValue()));
            }
        }
        return new SbomImport(SbomFormat.SPDX_JSON, specVersion, subject.isEmpty() ? documentName : subject,
                components);
    }

    private static Set<String> describedIds(JsonNode root) {
        Set<String> described = new LinkedHashSet<>();
        for (JsonNode id : root.path("documentDescribes")) {
            described.add(id.asText());
        }
        String document = root.path("SPDXID").asText();
        for (JsonNode relationship : root.path("relationships")) {
            String type = relationship.path("relationshipType").asText();
            String element = relationship.path("spdxElementId").asText();
            String related = relationship.path("relatedSpdxElement").asText();
            if ("DESCRIBES".equals(type) && document.equals(element)) {
                described.add(related);
            } else if ("DESCRIBED_BY".equals(type) && document.equals(related)) {
                described.add(element);
            }
        }
        return described;
    }

    private static SbomComponent toComponent(JsonNode pkg) {
        return new SbomComponent(pkg.path("name").asText(), optionalText(pkg, "versionInfo"),
                supplierOf(optionalText(pkg, "supplier")), purlOf(pkg), licencesOf(pkg), hashesOf(pkg));
    }

    private static String supplierOf(String supplier) {
        if (supplier.equals("NOASSERTION")) {
            return "";
        }
        for (String prefix : List.of("Organization:", "Person:")) {
            if (supplier.startsWith(prefix)) {
                return supplier.substring(prefix.length()).trim();
            }
        }
        return supplier;
    }

    private static String purlOf(JsonNode pkg) {
        for (JsonNode ref : pkg.path("externalRefs")) {
            if ("purl".equals(ref.path("referenceType").asText())) {
                return ref.path("referenceLocator").asText("");
            }
        }
        return "";
    }

    private static List<String> licencesOf(JsonNode pkg) {
        for (String member : List.of("licenseDeclared", "licenseConcluded")) {
            String expression = optionalText(pkg, member);
            if (!expression.isEmpty() && !expression.equals("NOASSERTION") && !expression.equals("NONE")) {
                return List.of(expression);
            }
        }
        return List.of();
    }

    private static Map<String, String> hashesOf(JsonNode pkg) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (JsonNode checksum : pkg.path("checksums")) {
            String algorithm = checksum.path("algorithm").asText("");
            String value = checksum.path("checksumValue").asText("");
            if (algorithm.isEmpty() || value.isEmpty()) {
                throw invalid("a checksum of package " + pkg.path("SPDXID").asText()
                        + " lacks \"algorithm\" or \"checksumValue\"");
            }
            hashes.put(HashAlgorithmName.normalise(algorithm), value.toLowerCase(Locale.ROOT));
        }
        return hashes;
    }

    private static String requireText(JsonNode node, String member, String where) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(where + " has no \"" + member + "\" text");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw invalid("\"" + member + "\" of package " + node.path("SPDXID").asText() + " is not text");
        }
        return value.asText().trim();
    }

    private static SbomRejectedException invalid(String what) {
        return new SbomRejectedException(SbomRejectedException.INVALID, "The SPDX document is invalid: " + what + ".",
                HINT);
    }
}
