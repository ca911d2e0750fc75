package org.eqms.trace.sbom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SbomReaderTest {

    private final SbomReader reader = new SbomReader();

    static byte[] resource(String name) {
        try (InputStream in = SbomReaderTest.class.getResourceAsStream("/sbom/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryComponentOfTheProjectsOwnCycloneDxBuildSbom() {
        SbomImport sbom = reader.read(resource("eqms-cyclonedx.json"));

        assertThat(sbom.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(sbom.specVersion()).isEqualTo("1.6");
        assertThat(sbom.subject()).isEqualTo("org.eqms/eqms-parent");
        assertThat(sbom.components()).hasSize(60);
        SbomComponent poi = only(sbom, "org.apache.poi/poi-ooxml");
        assertThat(poi.version()).isEqualTo("5.4.1");
        assertThat(poi.supplier()).isEqualTo("Apache Software Foundation");
        assertThat(poi.purl()).isEqualTo("pkg:maven/org.apache.poi/poi-ooxml@5.4.1?type=jar");
        assertThat(poi.licences()).containsExactly("Apache-2.0");
        assertThat(poi.hashes()).containsKeys("SHA-1", "SHA-256", "SHA-512", "MD5");
        assertThat(poi.hashes().get("SHA-256")).matches("[0-9a-f]{64}");
        assertThat(poi.identity()).isEqualTo("pkg:maven/org.apache.poi/poi-ooxml");
    }

    @Test
    void keepsALicenceExpressionAndNamedLicencesAsTheCycloneDxBomStatesThem() {
        SbomImport sbom = reader.read(resource("eqms-cyclonedx.json"));

        assertThat(only(sbom, "javax.servlet/javax.servlet-api").licences())
                .containsExactly("(CDDL-1.0 OR GPL-2.0-with-classpath-exception)");
        assertThat(only(sbom, "org.bouncycastle/bcprov-jdk18on").licences()).containsExactly("Bouncy Castle Licence");
        assertThat(only(sbom, "jakarta.ws.rs/jakarta.ws.rs-api").licences())
                .containsExactly("EPL-2.0", "GPL-2.0-with-classpath-exception");
        assertThat(only(sbom, "org.eqms/sandbox").licences()).isEmpty();
        assertThat(only(sbom, "org.eqms/sandbox").supplier()).isEmpty();
    }

    @Test
    void readsAnSpdx23DocumentWithoutCountingTheDescribedProductAsAComponent() {
        SbomImport sbom = reader.read(resource("jira-risk-plugin-spdx-2.3.json"));

        assertThat(sbom.format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(sbom.specVersion()).isEqualTo("SPDX-2.3");
        assertThat(sbom.subject()).isEqualTo("jira-risk-plugin");
        assertThat(sbom.components()).hasSize(10).noneMatch(c -> c.name().equals("jira-risk-plugin"));
        SbomComponent databind = sbom.components().stream().filter(c -> c.name().equals("jackson-databind"))
                .findFirst().orElseThrow();
        assertThat(databind.version()).isEqualTo("2.21.2");
        assertThat(databind.supplier()).isEqualTo("FasterXML");
        assertThat(databind.licences()).containsExactly("Apache-2.0");
        assertThat(databind.hashes()).containsOnlyKeys("SHA-1", "SHA-256");
        assertThat(sbom.components().stream().filter(c -> c.name().equals("javax.servlet-api")).findFirst()
                .orElseThrow().licences()).containsExactly("CDDL-1.0 OR GPL-2.0-only WITH Classpath-exception-2.0");
    }

    @Test
    void theSpdxAndCycloneDxFilesAgreeOnVersionAndHashOfEverySharedJar() {
        Map<String, SbomComponent> cyclone = reader.read(resource("eqms-cyclonedx.json")).components().stream()
                .collect(Collectors.toMap(SbomComponent::purl, c -> c, (a, b) -> a));

        for (SbomComponent spdx : reader.read(resource("jira-risk-plugin-spdx-2.3.json")).components()) {
            SbomComponent same = cyclone.get(spdx.purl());
            assertThat(same).as(spdx.purl()).isNotNull();
            assertThat(same.version()).isEqualTo(spdx.version());
            assertThat(same.hashes().get("SHA-256")).isEqualTo(spdx.hashes().get("SHA-256"));
            assertThat(same.hashes().get("SHA-1")).isEqualTo(spdx.hashes().get("SHA-1"));
        }
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> reader.read("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>".getBytes(UTF_8)))
                .isInstanceOfSatisfying(SbomRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("sbom_malformed");
                    assertThat(e.getMessage()).contains("line 1");
                    assertThat(e.hint()).contains("CycloneDX JSON");
                });
    }

    @Test
    void refusesTruncatedJson() {
        byte[] whole = resource("eqms-cyclonedx.json");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOfSatisfying(SbomRejectedException.class,
                e -> assertThat(e.code()).isEqualTo("sbom_malformed"));
    }

    @Test
    void refusesJsonThatIsNeitherCycloneDxNorSpdx() {
        assertThatThrownBy(() -> reader.read("{\"name\":\"left-pad\",\"version\":\"1.3.0\"}".getBytes(UTF_8)))
                .isInstanceOfSatisfying(SbomRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("sbom_unknown_format"));
        assertThatThrownBy(() -> reader.read("[1,2]".getBytes(UTF_8))).isInstanceOfSatisfying(
                SbomRejectedException.class, e -> assertThat(e.code()).isEqualTo("sbom_malformed"));
    }

    @Test
    void refusesACycloneDxVersionWithoutAJsonForm() {
        String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.1\",\"version\":1,\"components\":[]}";

        assertThatThrownBy(() -> reader.read(bom.getBytes(UTF_8))).isInstanceOfSatisfying(SbomRejectedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("sbom_unsupported_version");
                    assertThat(e.getMessage()).contains("\"1.1\"");
                });
    }

    @Test
    void refusesACycloneDxBomThatBreaksItsSchema() {
        String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
                + "\"components\":[{\"type\":\"library\",\"version\":\"1.0\"}]}";

        assertThatThrownBy(() -> reader.read(bom.getBytes(UTF_8))).isInstanceOfSatisfying(SbomRejectedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("sbom_invalid");
                    assertThat(e.getMessage()).contains("name");
                });
    }

    @Test
    void refusesSpdx3AndAnSpdxPackageWithoutName() {
        String spdx3 = "{\"spdxVersion\":\"SPDX-3.0\"}";
        String nameless = "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"name\":\"x\","
                + "\"creationInfo\":{},\"packages\":[{\"SPDXID\":\"SPDXRef-a\"}]}";

        assertThatThrownBy(() -> reader.read(spdx3.getBytes(UTF_8))).isInstanceOfSatisfying(
                SbomRejectedException.class, e -> assertThat(e.code()).isEqualTo("sbom_unsupported_version"));
        assertThatThrownBy(() -> reader.read(nameless.getBytes(UTF_8))).isInstanceOfSatisfying(
                SbomRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("sbom_invalid");
                    assertThat(e.getMessage()).contains("package SPDXRef-a has no \"name\"");
                });
    }

    @Test
    void refusesJsonWithADuplicatedMember() {
        String twice = "{\"spdxVersion\":\"SPDX-2.3\",\"spdxVersion\":\"SPDX-2.2\"}";

        assertThatThrownBy(() -> reader.read(twice.getBytes(UTF_8))).isInstanceOfSatisfying(
                SbomRejectedException.class, e -> assertThat(e.code()).isEqualTo("sbom_malformed"));
    }

    private static SbomComponent only(SbomImport sbom, String name) {
        return sbom.components().stream().filter(c -> c.name().equals(name)).reduce((a, b) -> {
            throw new AssertionError("two components named " + name);
        }).orElseThrow(() -> new AssertionError("no component " + name));
    }
}
