package org.eqms.risk;

/**
 * A potential source of harm identified for the device (ISO 14971 §3.4, §5.4).
 *
 * @param id             the hazard's id within the project (e.g. the Jira issue key); not blank
 * @param category       its category
 * @param name           short name, e.g. {@code Leakage current}; not blank
 * @param description    what it is for this device; may be empty
 * @param catalogueCode  the {@link AnnexCHazardCatalogue} entry it was taken from, or {@code null}
 */
public record Hazard(String id, HazardCategory category, String name, String description, String catalogueCode) {

    public Hazard {
        Require.text(id, "The hazard id", "Give the hazard an id.");
        Require.present(category, "The category of hazard " + id, "Choose energy, biological and chemical, "
                + "operational or information.");
        Require.text(name, "The name of hazard " + id, "Name the hazard, e.g. Leakage current.");
        description = description == null ? "" : description;
    }
}
