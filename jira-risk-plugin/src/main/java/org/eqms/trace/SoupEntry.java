package org.eqms.trace;

/**
 * One SOUP item of the register: what it is ({@link SoupComponent}) and what IEC 62304 asks the manufacturer to
 * record about it. The entry's {@code soupId} is the id of the {@link ItemRole#SOUP} item that stands for it in the
 * trace graph.
 *
 * @param soupId                   id of the SOUP trace item
 * @param component                name, version, supplier, purl, licences, hashes (§8.1.2)
 * @param functionalRequirements   functional and performance requirements (§5.3.3), {@code null} until recorded
 * @param requiredHardwareSoftware system hardware and software the SOUP needs (§5.3.4), {@code null} until recorded
 * @param anomalyReview            the latest evaluation of its anomaly list (§7.1.3), {@code null} until done
 */
public record SoupEntry(String soupId, SoupComponent component, String functionalRequirements,
                        String requiredHardwareSoftware, AnomalyReview anomalyReview) {

    public SoupEntry {
        Require.text(soupId, "SOUP item id");
        Require.value(component, "SOUP component");
        functionalRequirements = Require.orNull(functionalRequirements);
        requiredHardwareSoftware = Require.orNull(requiredHardwareSoftware);
    }

    /** A new entry with only its identification. */
    public static SoupEntry of(String soupId, SoupComponent component) {
        return new SoupEntry(soupId, component, null, null, null);
    }

    public SoupEntry withRequirements(String functional, String hardwareSoftware) {
        return new SoupEntry(soupId, component, functional, hardwareSoftware, anomalyReview);
    }

    public SoupEntry withAnomalyReview(AnomalyReview review) {
        return new SoupEntry(soupId, component, functionalRequirements, requiredHardwareSoftware, review);
    }

    /** The entry moved to the component as imported (its version may have changed; the anomaly review stays, and
     * covers only the version it names). */
    public SoupEntry withComponent(SoupComponent imported) {
        return new SoupEntry(soupId, imported, functionalRequirements, requiredHardwareSoftware, anomalyReview);
    }

    /** Whether the anomalies of the current version were reviewed. */
    public boolean anomaliesReviewed() {
        return anomalyReview != null && anomalyReview.covers(component.version());
    }
}
