package org.eqms.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The SOUP register (IEC 62304 §5.3.3–5.3.4, §7.1.2–7.1.3, §8.1.2): one {@link SoupEntry} per SOUP item, by the id
 * of its trace item. Immutable: every change returns a new register, and a refused change leaves the caller with the
 * one it had.
 *
 * <p>A re-import of the SBOM is {@link #reconcile reconciled} against the register: an imported component matches
 * the entry with the same package-URL identity (purl without version, qualifiers and subpath); a component or entry
 * without a purl matches by name, case-insensitively, an entry or component that has no purl either or whose purl is
 * not matched. What matches is unchanged, version-changed or details-changed; the rest is added or removed.
 */
public final class SoupRegister {

    private final Map<String, SoupEntry> entries;

    private SoupRegister(Map<String, SoupEntry> entries) {
        this.entries = entries;
    }

    public static SoupRegister empty() {
        return new SoupRegister(Map.of());
    }

    /**
     * A register of these entries.
     *
     * @throws TraceRefusedException {@link TraceRefusal#SOUP_ENTRY_CONFLICT} when two entries have the same id
     */
    public static SoupRegister of(Collection<SoupEntry> entries) {
        Map<String, SoupEntry> map = new LinkedHashMap<>();
        for (SoupEntry entry : entries) {
            if (map.putIfAbsent(entry.soupId(), entry) != null) {
                throw conflict("SOUP item " + entry.soupId() + " is registered twice.", "Register each SOUP item once.");
            }
        }
        return new SoupRegister(map);
    }

    public Optional<SoupEntry> entry(String soupId) {
        return Optional.ofNullable(entries.get(soupId));
    }

    /** The entries in registration order. */
    public List<SoupEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /**
     * The register with a new entry.
     *
     * @throws TraceRefusedException {@link TraceRefusal#SOUP_ENTRY_CONFLICT} when the id is registered
     */
    public SoupRegister add(SoupEntry entry) {
        if (entries.containsKey(entry.soupId())) {
            throw conflict("SOUP item " + entry.soupId() + " (" + entries.get(entry.soupId()).component().name()
                    + ") is already registered.", "Update the entry instead.");
        }
        Map<String, SoupEntry> next = new LinkedHashMap<>(entries);
        next.put(entry.soupId(), entry);
        return new SoupRegister(next);
    }

    /**
     * The register with an entry replaced by a new state of it.
     *
     * @throws TraceRefusedException {@link TraceRefusal#SOUP_ENTRY_CONFLICT} when the id is not registered
     */
    public SoupRegister update(SoupEntry entry) {
        require(entry.soupId());
        Map<String, SoupEntry> next = new LinkedHashMap<>(entries);
        next.put(entry.soupId(), entry);
        return new SoupRegister(next);
    }

    /** The register with the anomaly review recorded on the entry (replacing an earlier review). */
    public SoupRegister recordAnomalyReview(String soupId, AnomalyReview review) {
        Require.value(review, "anomaly review");
        return update(require(soupId).withAnomalyReview(review));
    }

    /**
     * What an import of these components changes. Changes nothing; {@link #apply} makes the changes. A package may be
     * in use in several versions at once (an aggregate SBOM often lists two versions of one library): each version is
     * its own SOUP entry. Entries are matched to the import by identity and version first, then the remaining ones by
     * identity alone (a version change), then by name for components without a purl.
     *
     * @throws TraceRefusedException {@link TraceRefusal#DUPLICATE_SOUP_COMPONENT} when the import lists the same
     *                               component in the same version twice
     */
    public SoupChanges reconcile(List<SoupComponent> imported) {
        Objects.requireNonNull(imported, "imported");
        Set<String> seen = new HashSet<>();
        for (SoupComponent c : imported) {
            String identity = c.purlIdentity() != null ? c.purlIdentity() : "name:" + c.nameIdentity();
            if (!seen.add(identity + "@" + c.version())) {
                throw new TraceRefusedException(TraceRefusal.DUPLICATE_SOUP_COMPONENT, "The import lists "
                        + (c.purlIdentity() != null ? "package " + c.purlIdentity() : "component '" + c.name() + "'")
                        + " in version " + c.version() + " twice.",
                        "Import an SBOM that lists each component version once (merge the duplicates).");
            }
        }
        Map<String, List<SoupEntry>> byPurl = new HashMap<>();
        for (SoupEntry e : entries.values()) {
            String identity = e.component().purlIdentity();
            if (identity != null) {
                byPurl.computeIfAbsent(identity, i -> new ArrayList<>()).add(e);
            }
        }
        Map<SoupComponent, SoupEntry> matches = new LinkedHashMap<>();
        Set<String> matched = new HashSet<>();
        for (boolean sameVersionOnly : new boolean[]{true, false}) {
            for (SoupComponent c : imported) {
                if (c.purlIdentity() == null || matches.containsKey(c)) {
                    continue;
                }
                for (SoupEntry e : byPurl.getOrDefault(c.purlIdentity(), List.of())) {
                    boolean fits = !sameVersionOnly || e.component().version().equals(c.version());
                    if (fits && !matched.contains(e.soupId())) {
                        matched.add(e.soupId());
                        matches.put(c, e);
                        break;
                    }
                }
            }
        }
        Map<String, List<SoupEntry>> byName = new HashMap<>();
        for (SoupEntry e : entries.values()) {
            if (!matched.contains(e.soupId())) {
                byName.computeIfAbsent(e.component().nameIdentity(), n -> new ArrayList<>()).add(e);
            }
        }
        for (SoupComponent c : imported) {
            if (matches.containsKey(c)) {
                continue;
            }
            for (SoupEntry e : byName.getOrDefault(c.nameIdentity(), List.of())) {
                boolean comparable = c.purl() == null || e.component().purl() == null;
                if (comparable && matched.add(e.soupId())) {
                    matches.put(c, e);
                    break;
                }
            }
        }
        List<SoupComponent> added = new ArrayList<>();
        List<SoupChanges.Changed> versionChanged = new ArrayList<>();
        List<SoupChanges.Changed> detailsChanged = new ArrayList<>();
        List<SoupEntry> unchanged = new ArrayList<>();
        for (SoupComponent c : imported) {
            SoupEntry e = matches.get(c);
            if (e == null) {
                added.add(c);
            } else if (!e.component().version().equals(c.version())) {
                versionChanged.add(new SoupChanges.Changed(e, c));
            } else if (!e.component().equals(c)) {
                detailsChanged.add(new SoupChanges.Changed(e, c));
            } else {
                unchanged.add(e);
            }
        }
        List<SoupEntry> removed = entries.values().stream().filter(e -> !matched.contains(e.soupId())).toList();
        return new SoupChanges(added, removed, versionChanged, detailsChanged, unchanged);
    }

    /**
     * The register after an import: changed entries take the imported component (keeping their requirements and
     * anomaly review, which covers only the version it names), removed entries go, and added components become
     * entries under the ids {@code newIds} gives (the ids of the SOUP trace items the caller created for them). The
     * caller retires the trace items of removed entries.
     *
     * @throws TraceRefusedException {@link TraceRefusal#SOUP_ENTRY_CONFLICT} when the changes were not computed
     *                               against this register or a new id is taken
     */
    public SoupRegister apply(SoupChanges changes, Function<SoupComponent, String> newIds) {
        Map<String, SoupEntry> next = new LinkedHashMap<>(entries);
        for (SoupEntry e : changes.removed()) {
            require(e.soupId());
            next.remove(e.soupId());
        }
        List<SoupChanges.Changed> changed = new ArrayList<>(changes.versionChanged());
        changed.addAll(changes.detailsChanged());
        for (SoupChanges.Changed c : changed) {
            require(c.entry().soupId());
            next.put(c.entry().soupId(), next.get(c.entry().soupId()).withComponent(c.imported()));
        }
        for (SoupComponent c : changes.added()) {
            String id = Require.text(newIds.apply(c), "id of the new SOUP item " + c.name());
            if (next.putIfAbsent(id, SoupEntry.of(id, c)) != null) {
                throw conflict("The id " + id + " given to new SOUP item " + c.name() + " is already registered.",
                        "Give every new SOUP item a new id.");
            }
        }
        return new SoupRegister(next);
    }

    private SoupEntry require(String soupId) {
        SoupEntry entry = entries.get(soupId);
        if (entry == null) {
            throw conflict("SOUP item " + soupId + " is not in the register.", "Reload the SOUP register.");
        }
        return entry;
    }

    private static TraceRefusedException conflict(String message, String hint) {
        return new TraceRefusedException(TraceRefusal.SOUP_ENTRY_CONFLICT, message, hint);
    }
}
