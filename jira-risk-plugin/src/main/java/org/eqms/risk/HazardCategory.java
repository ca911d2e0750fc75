package org.eqms.risk;

/**
 * Categories of hazards used to prompt hazard identification (ISO 14971 §5.4). ISO 14971:2019 Annex C Table C.1
 * lists energy, biological and chemical, and performance-related hazards; the earlier Annex E Table E.1 split the
 * last into operational and information hazards, which is the split this product uses (see
 * {@link AnnexCHazardCatalogue}).
 */
public enum HazardCategory {
    ENERGY("Energy hazards"),
    BIOLOGICAL_AND_CHEMICAL("Biological and chemical hazards"),
    OPERATIONAL("Operational (performance-related) hazards"),
    INFORMATION("Information hazards");

    private final String title;

    HazardCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
