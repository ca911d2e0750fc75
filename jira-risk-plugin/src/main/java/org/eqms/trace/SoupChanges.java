package org.eqms.trace;

import java.util.List;

/**
 * What a re-import of the SBOM changes in the SOUP register ({@link SoupRegister#reconcile}). Each list keeps the
 * order of the import (removed entries: the register's order).
 *
 * @param added          components the register does not have yet
 * @param removed        entries no longer in the import
 * @param versionChanged entries whose component is imported at another version: their anomaly review no longer
 *                       covers the version, and links downstream of the SOUP item should be re-reviewed
 * @param detailsChanged entries imported at the same version but with another supplier, purl, licences or hashes
 *                       (a changed hash at an unchanged version deserves a look)
 * @param unchanged      entries imported exactly as registered
 */
public record SoupChanges(List<SoupComponent> added, List<SoupEntry> removed, List<Changed> versionChanged,
                          List<Changed> detailsChanged, List<SoupEntry> unchanged) {

    /** A registered entry and the component as now imported. */
    public record Changed(SoupEntry entry, SoupComponent imported) {
        public String fromVersion() {
            return entry.component().version();
        }

        public String toVersion() {
            return imported.version();
        }
    }

    public SoupChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        versionChanged = List.copyOf(versionChanged);
        detailsChanged = List.copyOf(detailsChanged);
        unchanged = List.copyOf(unchanged);
    }

    /** Whether the import changes nothing. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && versionChanged.isEmpty() && detailsChanged.isEmpty();
    }
}
