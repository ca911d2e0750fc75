package org.eqms.risk;

import java.util.List;
import java.util.Optional;

/**
 * A starter catalogue of hazards to prompt identification (ISO 14971 §5.4), after the examples of ISO 14971:2019
 * Annex C Table C.1 (energy; biological and chemical; performance-related) and ISO 14971:2007 Annex E Table E.1
 * (operational and information hazards). It is a prompt, not a limit: a project adds its own hazards, and
 * {@link #toHazard} copies an entry into a project's hazard with the entry's code kept.
 *
 * <p>Every {@link HazardCategory} has at least {@value #MIN_PER_CATEGORY} entries; codes are unique and start with the
 * category's prefix ({@code EN-}, {@code BC-}, {@code OP-}, {@code IN-}).
 */
public final class AnnexCHazardCatalogue {

    /** The least number of examples per category. */
    public static final int MIN_PER_CATEGORY = 5;

    /** One catalogue example: a code, its category, the group it belongs to in the Annex table, and its name. */
    public record Entry(String code, HazardCategory category, String group, String name) {
    }

    private static final List<Entry> ENTRIES = List.of(
            // Energy hazards (Annex C Table C.1)
            e("EN-ACOUSTIC-ULTRASOUND", HazardCategory.ENERGY, "Acoustic energy", "Ultrasonic energy"),
            e("EN-ACOUSTIC-SOUND", HazardCategory.ENERGY, "Acoustic energy", "Sound pressure"),
            e("EN-ELECTRIC-LEAKAGE", HazardCategory.ENERGY, "Electric energy", "Leakage current"),
            e("EN-ELECTRIC-VOLTAGE", HazardCategory.ENERGY, "Electric energy", "Voltage"),
            e("EN-ELECTRIC-FIELDS", HazardCategory.ENERGY, "Electric energy", "Electric and magnetic fields"),
            e("EN-ELECTRIC-STATIC", HazardCategory.ENERGY, "Electric energy", "Static discharge"),
            e("EN-MECHANICAL-MOVING", HazardCategory.ENERGY, "Mechanical energy", "Moving parts"),
            e("EN-MECHANICAL-PRESSURE", HazardCategory.ENERGY, "Mechanical energy", "High-pressure fluid injection"),
            e("EN-POTENTIAL-FALL", HazardCategory.ENERGY, "Potential energy", "Falling objects and suspended masses"),
            e("EN-RADIATION-IONIZING", HazardCategory.ENERGY, "Radiation energy", "Ionizing radiation"),
            e("EN-RADIATION-NONIONIZING", HazardCategory.ENERGY, "Radiation energy", "Non-ionizing radiation"),
            e("EN-THERMAL-HOT", HazardCategory.ENERGY, "Thermal energy", "High temperature (hyperthermic effects)"),
            e("EN-THERMAL-COLD", HazardCategory.ENERGY, "Thermal energy", "Low temperature (cryogenic effects)"),
            // Biological and chemical hazards (Annex C Table C.1)
            e("BC-BIO-BACTERIA", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Biological agents", "Bacteria"),
            e("BC-BIO-VIRUSES", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Biological agents", "Viruses"),
            e("BC-BIO-FUNGI", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Biological agents", "Fungi"),
            e("BC-BIO-PRIONS", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Biological agents", "Prions"),
            e("BC-BIO-ENDOTOXINS", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Biological agents",
                    "Toxins and pyrogens"),
            e("BC-CHEM-TOXIC", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Chemical agents",
                    "Toxic, carcinogenic, mutagenic or reprotoxic substances"),
            e("BC-CHEM-CORROSIVE", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Chemical agents", "Caustic or corrosive "
                    + "substances"),
            e("BC-CHEM-RESIDUES", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Chemical agents",
                    "Residues of cleaning, disinfection or sterilization agents"),
            e("BC-CHEM-PARTICLES", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Chemical agents",
                    "Particles, including wear debris"),
            e("BC-IMMUNO-ALLERGENIC", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Immunological agents",
                    "Allergenic or sensitizing materials"),
            e("BC-IMMUNO-IRRITANT", HazardCategory.BIOLOGICAL_AND_CHEMICAL, "Immunological agents", "Irritants"),
            // Operational (performance-related) hazards (Annex C Table C.1; Annex E Table E.1 of the 2007 edition)
            e("OP-FUNCTION-OUTPUT", HazardCategory.OPERATIONAL, "Function", "Incorrect or inappropriate output or "
                    + "functionality"),
            e("OP-FUNCTION-MEASUREMENT", HazardCategory.OPERATIONAL, "Function", "Incorrect measurement"),
            e("OP-FUNCTION-LOSS", HazardCategory.OPERATIONAL, "Function", "Loss or deterioration of function"),
            e("OP-DELIVERY-QUANTITY", HazardCategory.OPERATIONAL, "Delivery of substances",
                    "Incorrect quantity or rate of delivery"),
            e("OP-DATA-INTEGRITY", HazardCategory.OPERATIONAL, "Data", "Erroneous data transfer or loss of data "
                    + "integrity"),
            e("OP-DATA-AVAILABILITY", HazardCategory.OPERATIONAL, "Data", "Unavailable data or unauthorized access"),
            e("OP-ALARM", HazardCategory.OPERATIONAL, "Function", "Missing, late or false alarm"),
            e("OP-USE-ERROR", HazardCategory.OPERATIONAL, "Use error", "Use error (slip, lapse, mistake)"),
            // Information hazards (Annex E Table E.1 of the 2007 edition)
            e("IN-LABEL-IFU", HazardCategory.INFORMATION, "Labelling", "Incomplete instructions for use"),
            e("IN-LABEL-PERFORMANCE", HazardCategory.INFORMATION, "Labelling",
                    "Inadequate description of performance characteristics"),
            e("IN-LABEL-INTENDED-USE", HazardCategory.INFORMATION, "Labelling",
                    "Inadequate specification of intended use"),
            e("IN-LABEL-LIMITATIONS", HazardCategory.INFORMATION, "Labelling", "Inadequate disclosure of limitations"),
            e("IN-OPERATING-ACCESSORIES", HazardCategory.INFORMATION, "Operating instructions",
                    "Inadequate specification of accessories to be used"),
            e("IN-OPERATING-PRECHECKS", HazardCategory.INFORMATION, "Operating instructions",
                    "Inadequate specification of pre-use checks"),
            e("IN-WARNING-SIDE-EFFECTS", HazardCategory.INFORMATION, "Warnings", "Missing warning of side effects"),
            e("IN-WARNING-REUSE", HazardCategory.INFORMATION, "Warnings",
                    "Missing warning of hazards of re-using a single-use device"),
            e("IN-SERVICE", HazardCategory.INFORMATION, "Service and maintenance",
                    "Inadequate specification of service and maintenance"));

    private AnnexCHazardCatalogue() {
    }

    private static Entry e(String code, HazardCategory category, String group, String name) {
        return new Entry(code, category, group, name);
    }

    /** Every entry, grouped by category in {@link HazardCategory} order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entries of one category. */
    public static List<Entry> byCategory(HazardCategory category) {
        return ENTRIES.stream().filter(x -> x.category() == category).toList();
    }

    public static Optional<Entry> find(String code) {
        return ENTRIES.stream().filter(x -> x.code().equals(code)).findFirst();
    }

    /**
     * A project hazard started from a catalogue entry.
     *
     * @throws RiskRefusedException if the code is not in the catalogue or the id is blank
     */
    public static Hazard toHazard(String code, String hazardId, String description) {
        Entry entry = find(code).orElseThrow(() -> new RiskRefusedException(RiskRefusal.UNKNOWN_ID,
                "The hazard catalogue has no entry '" + code + "'.", "Choose an entry of the catalogue, or describe "
                + "the hazard yourself."));
        return new Hazard(hazardId, entry.category(), entry.name(), description, entry.code());
    }
}
