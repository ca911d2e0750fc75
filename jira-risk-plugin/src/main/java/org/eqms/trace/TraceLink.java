package org.eqms.trace;

import java.util.Comparator;

/**
 * A typed link from an upstream item to a downstream item ({@code from —type→ to}), e.g.
 * {@code SRS-12 —VERIFIED_BY→ TC-7}. Identified by its three parts: there is at most one link of a type between two
 * items. Links order by {@code from}, then type name, then {@code to}, comparing ids by UTF-16 code units (the order
 * of the baseline format, docs/formats.md §11).
 */
public record TraceLink(String from, LinkType type, String to) implements Comparable<TraceLink> {

    private static final Comparator<TraceLink> ORDER = Comparator.comparing(TraceLink::from)
            .thenComparing(l -> l.type().name()).thenComparing(TraceLink::to);

    public TraceLink {
        Require.text(from, "upstream item id of the link");
        Require.value(type, "link type");
        Require.text(to, "downstream item id of the link");
    }

    @Override
    public int compareTo(TraceLink other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return from + " —" + type + "→ " + to;
    }
}
