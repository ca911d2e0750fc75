package org.eqms.trace.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads an uploaded SBOM whichever format it is in: a JSON object with {@code "bomFormat":"CycloneDX"} is read as
 * CycloneDX, one with an {@code "spdxVersion"} as SPDX; anything else is refused with a
 * {@link SbomRejectedException} and nothing is imported.
 */
public final class SbomReader {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final CycloneDxJsonReader cycloneDx = new CycloneDxJsonReader();
    private final SpdxJsonReader spdx = new SpdxJsonReader();

    public SbomImport read(byte[] file) {
        JsonNode root = parse(file);
        if (root.has("bomFormat")) {
            if (!"CycloneDX".equals(root.path("bomFormat").asText())) {
                throw unknownFormat();
            }
            return cycloneDx.read(file, root);
        }
        if (root.has("spdxVersion")) {
            return spdx.read(root);
        }
        throw unknownFormat();
    }

    static JsonNode parse(byte[] file) {
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JsonProcessingException e) {
            throw new SbomRejectedException(SbomRejectedException.MALFORMED,
                    "The file is not well-formed JSON: " + e.getOriginalMessage() + locationOf(e) + ".",
                    "Upload the SBOM exactly as the generating tool wrote it (CycloneDX JSON or SPDX 2.3 JSON).", e);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory byte array failed", e);
        }
        if (root == null || !root.isObject()) {
            throw new SbomRejectedException(SbomRejectedException.MALFORMED,
                    "The file does not hold a JSON object.",
                    "Upload the SBOM exactly as the generating tool wrote it (CycloneDX JSON or SPDX 2.3 JSON).");
        }
        return root;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static SbomRejectedException unknownFormat() {
        return new SbomRejectedException(SbomRejectedException.UNKNOWN_FORMAT,
                "The file is JSON but neither a CycloneDX BOM (\"bomFormat\":\"CycloneDX\") nor an SPDX document"
                        + " (\"spdxVersion\").",
                "Export the SBOM as CycloneDX JSON (1.2 to 1.6) or SPDX 2.3 JSON; XML, tag-value and YAML forms are"
                        + " not read.");
    }
}
