package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ISO 14971 §5.4 and Annex C: the starter hazard catalogue covers every category. */
@Clause("ISO14971-5.4")
class AnnexCHazardCatalogueTest {

    private static final Map<HazardCategory, String> PREFIX = Map.of(HazardCategory.ENERGY, "EN-",
            HazardCategory.BIOLOGICAL_AND_CHEMICAL, "BC-", HazardCategory.OPERATIONAL, "OP-",
            HazardCategory.INFORMATION, "IN-");

    @ParameterizedTest
    @EnumSource(HazardCategory.class)
    void everyCategoryHasAHandfulOfExamplesWithItsPrefix(HazardCategory category) {
        List<AnnexCHazardCatalogue.Entry> entries = AnnexCHazardCatalogue.byCategory(category);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(AnnexCHazardCatalogue.MIN_PER_CATEGORY);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.code()).startsWith(PREFIX.get(category));
            assertThat(e.group()).isNotBlank();
            assertThat(e.name()).isNotBlank();
        });
    }

    @Test
    void theAnnexTableGroupsAreRepresented() {
        assertThat(AnnexCHazardCatalogue.byCategory(HazardCategory.ENERGY)).extracting(AnnexCHazardCatalogue.Entry::group)
                .contains("Acoustic energy", "Electric energy", "Mechanical energy", "Potential energy",
                        "Radiation energy", "Thermal energy");
        assertThat(AnnexCHazardCatalogue.byCategory(HazardCategory.BIOLOGICAL_AND_CHEMICAL))
                .extracting(AnnexCHazardCatalogue.Entry::group)
                .contains("Biological agents", "Chemical agents", "Immunological agents");
        assertThat(AnnexCHazardCatalogue.byCategory(HazardCategory.INFORMATION))
                .extracting(AnnexCHazardCatalogue.Entry::group)
                .contains("Labelling", "Operating instructions", "Warnings");
    }

    @Test
    void codesAreUniqueAndEveryEntryCategoryIsCovered() {
        List<String> codes = AnnexCHazardCatalogue.entries().stream().map(AnnexCHazardCatalogue.Entry::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(AnnexCHazardCatalogue.entries()).extracting(AnnexCHazardCatalogue.Entry::category)
                .containsOnly(HazardCategory.values());
    }

    @Test
    void anEntryStartsAProjectHazardKeepingItsCode() {
        Hazard hazard = AnnexCHazardCatalogue.toHazard("EN-ELECTRIC-LEAKAGE", "HZ-1", "Through the heater");
        assertThat(hazard.category()).isEqualTo(HazardCategory.ENERGY);
        assertThat(hazard.name()).isEqualTo("Leakage current");
        assertThat(hazard.catalogueCode()).isEqualTo("EN-ELECTRIC-LEAKAGE");
        assertThatThrownBy(() -> AnnexCHazardCatalogue.toHazard("XX-NONE", "HZ-2", ""))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.UNKNOWN_ID));
    }
}
