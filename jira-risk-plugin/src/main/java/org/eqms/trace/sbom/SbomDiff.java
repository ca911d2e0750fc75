package org.eqms.trace.sbom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the software's components between two SBOM imports (IEC 62304 §8.1.2: SOUP items and their
 * versions are configuration items; a change of one is a change to assess).
 *
 * <p>Components are matched by {@link SbomComponent#identity()}. An identity/version pair present on both sides is
 * unchanged. Of what is left, entries of the same identity on both sides are paired, in version order, as version
 * changes; the rest are added (only after) or removed (only before). So an SBOM listing a library twice in two
 * versions (shaded copies, multi-module builds) diffs sensibly.
 */
public record SbomDiff(List<SbomComponent> added, List<SbomComponent> removed, List<VersionChange> versionChanged) {

    /** One component whose version moved. */
    public record VersionChange(String identity, SbomComponent before, SbomComponent after) {
    }

    public SbomDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        versionChanged = List.copyOf(versionChanged);
    }

    public static SbomDiff between(SbomImport before, SbomImport after) {
        return between(before.components(), after.components());
    }

    public static SbomDiff between(List<SbomComponent> before, List<SbomComponent> after) {
        Map<String, List<SbomComponent>> left = byIdentity(before);
        Map<String, List<SbomComponent>> right = byIdentity(after);
        List<SbomComponent> added = new ArrayList<>();
        List<SbomComponent> removed = new ArrayList<>();
        List<VersionChange> changed = new ArrayList<>();
        for (Map.Entry<String, List<SbomComponent>> entry : left.entrySet()) {
            List<SbomComponent> olds = new ArrayList<>(entry.getValue());
            List<SbomComponent> news = new ArrayList<>(right.getOrDefault(entry.getKey(), List.of()));
            removeSameVersions(olds, news);
            Comparator<SbomComponent> byVersion = Comparator.comparing(SbomComponent::version);
            olds.sort(byVersion);
            news.sort(byVersion);
            int pairs = Math.min(olds.size(), news.size());
            for (int i = 0; i < pairs; i++) {
                changed.add(new VersionChange(entry.getKey(), olds.get(i), news.get(i)));
            }
            removed.addAll(olds.subList(pairs, olds.size()));
            added.addAll(news.subList(pairs, news.size()));
        }
        for (Map.Entry<String, List<SbomComponent>> entry : right.entrySet()) {
            if (!left.containsKey(entry.getKey())) {
                added.addAll(entry.getValue());
            }
        }
        return new SbomDiff(added, removed, changed);
    }

    /** Whether the two imports list the same components in the same versions. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && versionChanged.isEmpty();
    }

    private static void removeSameVersions(List<SbomComponent> olds, List<SbomComponent> news) {
        for (var it = olds.iterator(); it.hasNext();) {
            SbomComponent old = it.next();
            for (int i = 0; i < news.size(); i++) {
                if (news.get(i).version().equals(old.version())) {
                    news.remove(i);
                    it.remove();
                    break;
                }
            }
        }
    }

    private static Map<String, List<SbomComponent>> byIdentity(List<SbomComponent> components) {
        Map<String, List<SbomComponent>> map = new LinkedHashMap<>();
        for (SbomComponent component : components) {
            map.computeIfAbsent(component.identity(), k -> new ArrayList<>()).add(component);
        }
        return map;
    }
}
