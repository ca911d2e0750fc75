package org.eqms.trace.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SbomDiffTest {

    private static SbomComponent maven(String group, String name, String version) {
        return new SbomComponent(group + "/" + name, version, "", "pkg:maven/" + group + "/" + name + "@" + version
                + "?type=jar", List.of(), Map.of());
    }

    @Test
    void reportsAddedRemovedAndVersionChangedComponents() {
        List<SbomComponent> before = List.of(maven("org.apache.poi", "poi", "5.4.0"),
                maven("commons-io", "commons-io", "2.18.0"), maven("org.yaml", "snakeyaml", "2.3"));
        List<SbomComponent> after = List.of(maven("org.apache.poi", "poi", "5.4.1"),
                maven("org.yaml", "snakeyaml", "2.3"), maven("com.zaxxer", "SparseBitSet", "1.3"));

        SbomDiff diff = SbomDiff.between(before, after);

        assertThat(diff.added()).extracting(SbomComponent::name).containsExactly("com.zaxxer/SparseBitSet");
        assertThat(diff.removed()).extracting(SbomComponent::name).containsExactly("commons-io/commons-io");
        assertThat(diff.versionChanged()).singleElement().satisfies(change -> {
            assertThat(change.identity()).isEqualTo("pkg:maven/org.apache.poi/poi");
            assertThat(change.before().version()).isEqualTo("5.4.0");
            assertThat(change.after().version()).isEqualTo("5.4.1");
        });
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aLibraryListedInTwoVersionsChangesOnlyTheVersionThatMoved() {
        List<SbomComponent> before = List.of(maven("org.slf4j", "slf4j-api", "1.7.25"),
                maven("org.slf4j", "slf4j-api", "1.7.36"));
        List<SbomComponent> after = List.of(maven("org.slf4j", "slf4j-api", "1.7.36"),
                maven("org.slf4j", "slf4j-api", "2.0.17"));

        SbomDiff diff = SbomDiff.between(before, after);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.versionChanged()).singleElement().satisfies(change -> {
            assertThat(change.before().version()).isEqualTo("1.7.25");
            assertThat(change.after().version()).isEqualTo("2.0.17");
        });
    }

    @Test
    void componentsWithoutPackageUrlAreMatchedByNameIgnoringCase() {
        SbomComponent before = new SbomComponent("OpenSSL", "3.0.13", "", "", List.of(), Map.of());
        SbomComponent after = new SbomComponent("openssl", "3.0.15", "", "", List.of(), Map.of());

        assertThat(SbomDiff.between(List.of(before), List.of(after)).versionChanged()).hasSize(1);
    }

    @Test
    void theSameSbomReadTwiceHasNoDifference() {
        SbomImport sbom = new SbomReader().read(SbomReaderTest.resource("eqms-cyclonedx.json"));

        assertThat(SbomDiff.between(sbom, sbom).isEmpty()).isTrue();
    }

    @Test
    void thePluginsSpdxIsASubsetOfTheProjectSbomWithNothingAddedOrChanged() {
        SbomReader reader = new SbomReader();
        SbomImport project = reader.read(SbomReaderTest.resource("eqms-cyclonedx.json"));
        SbomImport plugin = reader.read(SbomReaderTest.resource("jira-risk-plugin-spdx-2.3.json"));

        SbomDiff diff = SbomDiff.between(project, plugin);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.versionChanged()).isEmpty();
        assertThat(diff.removed()).hasSize(project.components().size() - plugin.components().size());
    }

    @Test
    void packageUrlIdentityDropsVersionQualifiersAndSubpathButKeepsAnEncodedScope() {
        assertThat(PackageUrlIdentity.of("pkg:npm/%40angular/core@17.3.0?arch=x64#dist")).isEqualTo(
                "pkg:npm/%40angular/core");
        assertThat(PackageUrlIdentity.of("pkg:maven/org.eqms/eqms-parent")).isEqualTo("pkg:maven/org.eqms/eqms-parent");
    }

    @Test
    void spdxAndCycloneDxHashNamesMeetInOneSpelling() {
        assertThat(HashAlgorithmName.normalise("SHA256")).isEqualTo("SHA-256");
        assertThat(HashAlgorithmName.normalise("SHA-256")).isEqualTo("SHA-256");
        assertThat(HashAlgorithmName.normalise("BLAKE2b-256")).isEqualTo("BLAKE2b-256");
        assertThat(HashAlgorithmName.normalise("sha3-512")).isEqualTo("SHA3-512");
    }
}
