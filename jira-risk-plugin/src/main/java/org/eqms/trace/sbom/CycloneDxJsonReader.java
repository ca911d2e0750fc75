package org.eqms.trace.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyclonedx.Format;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.parsers.JsonParser;

/**
 * Reads CycloneDX JSON with the CycloneDX project's own parser, after validating the file against the JSON schema
 * of the specification version it declares (cyclonedx-core-java ships the schemas; nothing is fetched). Nested
 * components are flattened; the BOM's subject ({@code metadata.component}) is not a component.
 */
final class CycloneDxJsonReader {

    SbomImport read(byte[] file, JsonNode root) {
        String specVersion = root.path("specVersion").asText("");
        Version version = jsonVersion(specVersion);
        JsonParser parser = new JsonParser();
        List<ParseException> violations;
        try {
            violations = parser.validate(file, version);
        } catch (IOException e) {
            throw new IllegalStateException("validating an in-memory byte array failed", e);
        }
        if (!violations.isEmpty()) {
            throw new SbomRejectedException(SbomRejectedException.INVALID,
                    "The CycloneDX " + specVersion + " BOM breaks its schema: " + violations.stream().limit(3)
                            .map(Throwable::getMessage).collect(Collectors.joining("; "))
                            + (violations.size() > 3 ? "; and " + (violations.size() - 3) + " more" : "") + ".",
                    "Regenerate the SBOM with the build tool's CycloneDX plugin rather than editing it by hand.");
        }
        Bom bom;
        try {
            bom = parser.parse(file);
        } catch (ParseException e) {
            throw new SbomRejectedException(SbomRejectedException.INVALID,
                    "The CycloneDX BOM could not be read: " + e.getMessage(),
                    "Regenerate the SBOM with the build tool's CycloneDX plugin rather than editing it by hand.", e);
        }
        List<SbomComponent> components = new ArrayList<>();
        if (bom.getComponents() != null) {
            flatten(bom.getComponents(), components);
        }
        Component subject = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
        return new SbomImport(SbomFormat.CYCLONEDX_JSON, specVersion, subject == null ? "" : nameOf(subject),
                components);
    }

    private static Version jsonVersion(String specVersion) {
        for (Version version : Version.values()) {
            if (version.getVersionString().equals(specVersion) && version.getFormats().contains(Format.JSON)) {
                return version;
            }
        }
        throw new SbomRejectedException(SbomRejectedException.UNSUPPORTED_VERSION,
                "CycloneDX specVersion \"" + specVersion + "\" is not one whose JSON form can be read here.",
                "Export the SBOM as CycloneDX JSON 1.2 to 1.6 (current tools write 1.5 or 1.6).");
    }

    private static void flatten(List<Component> from, List<SbomComponent> into) {
        for (Component component : from) {
            into.add(toComponent(component));
            if (component.getComponents() != null) {
                flatten(component.getComponents(), into);
            }
        }
    }

    private static SbomComponent toComponent(Component c) {
        return new SbomComponent(nameOf(c), c.getVersion(), supplierOf(c), c.getPurl(), licencesOf(c.getLicenses()),
                hashesOf(c.getHashes()));
    }

    private static String nameOf(Component c) {
        String group = c.getGroup();
        return group == null || group.isBlank() ? c.getName() : group + "/" + c.getName();
    }

    private static String supplierOf(Component c) {
        String supplier = nameOf(c.getSupplier());
        if (supplier.isEmpty()) {
            supplier = nameOf(c.getManufacturer());
        }
        if (supplier.isEmpty() && c.getPublisher() != null) {
            supplier = c.getPublisher().trim();
        }
        return supplier;
    }

    private static String nameOf(OrganizationalEntity entity) {
        return entity == null || entity.getName() == null ? "" : entity.getName().trim();
    }

    private static List<String> licencesOf(LicenseChoice choice) {
        List<String> licences = new ArrayList<>();
        if (choice == null) {
            return licences;
        }
        if (choice.getLicenses() != null) {
            for (License licence : choice.getLicenses()) {
                String id = licence.getId() != null ? licence.getId() : licence.getName();
                if (id != null && !id.isBlank()) {
                    licences.add(id.trim());
                }
            }
        }
        if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
            licences.add(choice.getExpression().getValue().trim());
        }
        return licences;
    }

    private static Map<String, String> hashesOf(List<Hash> hashes) {
        Map<String, String> byAlgorithm = new LinkedHashMap<>();
        if (hashes != null) {
            for (Hash hash : hashes) {
                if (hash.getAlgorithm() != null && hash.getValue() != null) {
                    byAlgorithm.put(HashAlgorithmName.normalise(hash.getAlgorithm()),
                            hash.getValue().toLowerCase(Locale.ROOT));
                }
            }
        }
        return byAlgorithm;
    }
}
