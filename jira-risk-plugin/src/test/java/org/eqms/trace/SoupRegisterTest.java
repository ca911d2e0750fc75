package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.TraceFixtures.NOW;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;

/** The SOUP register and the reconciliation of an SBOM re-import (IEC 62304 §8.1.2, §5.3.3, §7.1.3). */
@Clause("IEC62304-8.1.2")
class SoupRegisterTest {

    static SoupComponent maven(String group, String artifact, String version) {
        return new SoupComponent(artifact, version, group, "pkg:maven/" + group + "/" + artifact + "@" + version
                + "?type=jar", List.of("Apache-2.0"), new TreeMap<>(Map.of("SHA-256", "AB".repeat(32))));
    }

    static final SoupComponent JACKSON = maven("com.fasterxml.jackson.core", "jackson-databind", "2.17.2");
    static final SoupComponent SLF4J = maven("org.slf4j", "slf4j-api", "2.0.13");
    static final SoupComponent GUAVA = maven("com.google.guava", "guava", "33.2.1-jre");
    static final SoupComponent FREERTOS = new SoupComponent("FreeRTOS", "10.6.2", "Amazon", null, List.of("MIT"), null);

    static SoupRegister register() {
        return SoupRegister.of(List.of(SoupEntry.of("S-1", JACKSON), SoupEntry.of("S-2", SLF4J),
                SoupEntry.of("S-3", GUAVA), SoupEntry.of("S-4", FREERTOS)));
    }

    @Test
    void aReImportSaysWhatWasAddedRemovedAndWhichVersionsChanged() {
        SoupComponent zlib = TraceFixtures.ZLIB;
        SoupComponent newJackson = JACKSON.withVersion("2.18.0");
        SoupComponent rehashedSlf4j = new SoupComponent(SLF4J.name(), SLF4J.version(), SLF4J.supplier(), SLF4J.purl(),
                SLF4J.licences(), Map.of("SHA-256", "cd".repeat(32)));

        SoupChanges changes = register().reconcile(List.of(newJackson, rehashedSlf4j, zlib, FREERTOS));

        assertThat(changes.added()).containsExactly(zlib);
        assertThat(changes.removed()).extracting(SoupEntry::soupId).containsExactly("S-3");
        assertThat(changes.versionChanged()).singleElement().satisfies(c -> {
            assertThat(c.entry().soupId()).isEqualTo("S-1");
            assertThat(c.fromVersion()).isEqualTo("2.17.2");
            assertThat(c.toVersion()).isEqualTo("2.18.0");
        });
        assertThat(changes.detailsChanged()).extracting(c -> c.entry().soupId()).containsExactly("S-2");
        assertThat(changes.unchanged()).extracting(SoupEntry::soupId).containsExactly("S-4");
        assertThat(changes.isEmpty()).isFalse();
        assertThat(newJackson.purl()).isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.18.0?type=jar");
    }

    @Test
    void theSameImportAgainChangesNothing() {
        SoupChanges changes = register().reconcile(List.of(FREERTOS, GUAVA, SLF4J, JACKSON));
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.unchanged()).hasSize(4);
    }

    @Test
    void aComponentWithoutPurlMatchesByNameButTwoPackagesOfOneNameStayApart() {
        SoupRegister register = SoupRegister.of(List.of(SoupEntry.of("S-1", SoupComponent.of("core", "1.0"))));
        SoupChanges gainsPurl = register.reconcile(List.of(new SoupComponent("Core", "1.1", null,
                "pkg:npm/core@1.1", List.of(), null)));
        assertThat(gainsPurl.versionChanged()).extracting(c -> c.entry().soupId()).containsExactly("S-1");

        SoupRegister withPurl = SoupRegister.of(List.of(SoupEntry.of("S-1", new SoupComponent("core", "1.0", null,
                "pkg:npm/core@1.0", List.of(), null))));
        SoupChanges otherEcosystem = withPurl.reconcile(List.of(new SoupComponent("core", "1.0", null,
                "pkg:pypi/core@1.0", List.of(), null)));
        assertThat(otherEcosystem.added()).hasSize(1);
        assertThat(otherEcosystem.removed()).hasSize(1);
    }

    @Test
    void twoVersionsOfOnePackageInUseAreTwoEntriesAndAReImportMatchesEachByVersion() {
        SoupChanges first = SoupRegister.empty().reconcile(List.of(JACKSON, JACKSON.withVersion("2.18.0")));
        assertThat(first.added()).hasSize(2);
        SoupRegister both = SoupRegister.empty().apply(first, c -> "soup-" + c.version());
        SoupChanges again = both.reconcile(List.of(JACKSON.withVersion("2.18.0"), JACKSON));
        assertThat(again.unchanged()).hasSize(2);
        assertThat(again.added()).isEmpty();
        assertThat(again.versionChanged()).isEmpty();
    }

    @Test
    void anImportListingAComponentVersionTwiceIsRefused() {
        assertThatThrownBy(() -> register().reconcile(List.of(JACKSON, JACKSON)))
                .isInstanceOfSatisfying(TraceRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(TraceRefusal.DUPLICATE_SOUP_COMPONENT);
                    assertThat(e.getMessage()).contains("pkg:maven/com.fasterxml.jackson.core/jackson-databind");
                    assertThat(e.hint()).isNotBlank();
                });
    }

    @Test
    @Clause("IEC62304-7.1.3")
    void applyingAnImportKeepsTheAnomalyReviewButItNoLongerCoversANewVersion() {
        SoupRegister reviewed = register().recordAnomalyReview("S-1", new AnomalyReview("2.17.2", "u-qa", NOW,
                "https://github.com/FasterXML/jackson-databind/issues", "CVE-2024-xxxx does not apply"));
        assertThat(reviewed.entry("S-1").orElseThrow().anomaliesReviewed()).isTrue();
        SoupChanges changes = reviewed.reconcile(List.of(JACKSON.withVersion("2.18.0"), SLF4J, FREERTOS,
                TraceFixtures.ZLIB));

        SoupRegister next = reviewed.apply(changes, c -> "S-new-" + c.name());

        SoupEntry jackson = next.entry("S-1").orElseThrow();
        assertThat(jackson.component().version()).isEqualTo("2.18.0");
        assertThat(jackson.anomalyReview().reviewedVersion()).isEqualTo("2.17.2");
        assertThat(jackson.anomaliesReviewed()).isFalse();
        assertThat(next.entry("S-3")).isEmpty();
        assertThat(next.entry("S-new-zlib")).map(SoupEntry::component).contains(TraceFixtures.ZLIB);
        assertThat(next.size()).isEqualTo(4);
        assertThat(reviewed.size()).isEqualTo(4);
        assertThat(reviewed.entry("S-3")).isPresent();
    }

    @Test
    void registerConflictsAreRefusedAndChangeNothing() {
        SoupRegister register = register();
        assertThatThrownBy(() -> register.add(SoupEntry.of("S-1", TraceFixtures.ZLIB)))
                .isInstanceOfSatisfying(TraceRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.SOUP_ENTRY_CONFLICT));
        assertThatThrownBy(() -> register.update(SoupEntry.of("S-9", TraceFixtures.ZLIB)))
                .isInstanceOf(TraceRefusedException.class);
        assertThatThrownBy(() -> SoupRegister.of(List.of(SoupEntry.of("S-1", JACKSON), SoupEntry.of("S-1", SLF4J))))
                .isInstanceOf(TraceRefusedException.class);
        assertThatThrownBy(() -> new AnomalyReview("1.0", "u", NOW, "list", " "))
                .isInstanceOf(TraceRefusedException.class);
        assertThat(register.entries()).extracting(SoupEntry::soupId).containsExactly("S-1", "S-2", "S-3", "S-4");
    }

    @Test
    void aComponentNeedsANameAndVersionAndKeepsHashesInLowerCase() {
        assertThatThrownBy(() -> SoupComponent.of("zlib", " ")).isInstanceOf(TraceRefusedException.class);
        assertThat(JACKSON.hashes()).containsEntry("SHA-256", "ab".repeat(32));
        assertThat(JACKSON.purlIdentity()).isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind");
        assertThat(FREERTOS.purlIdentity()).isNull();
    }
}
