package org.eqms.trace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The gaps of one analysis, in the order found (by role, then item, then check). */
public record GapReport(List<Gap> gaps) {

    public GapReport {
        gaps = List.copyOf(gaps);
    }

    /** Whether the trace has no gap at all. */
    public boolean isClean() {
        return gaps.isEmpty();
    }

    public List<Gap> ofKind(GapKind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).toList();
    }

    public List<Gap> forItem(String itemId) {
        return gaps.stream().filter(g -> g.itemId().equals(itemId)).toList();
    }

    /** The number of gaps per kind (kinds without gaps left out). */
    public Map<GapKind, Integer> countsByKind() {
        Map<GapKind, Integer> counts = new EnumMap<>(GapKind.class);
        gaps.forEach(g -> counts.merge(g.kind(), 1, Integer::sum));
        return counts;
    }
}
