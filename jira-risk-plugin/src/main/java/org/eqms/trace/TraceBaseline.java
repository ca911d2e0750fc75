package org.eqms.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eqms.audit.AuditedObject;
import org.eqms.signature.SignableVersion;

/**
 * A snapshot of the whole trace graph at one moment: every item with its content hash, every link, and the baseline
 * hash over all of them ({@link TraceBaselines#baselineHash}, docs/formats.md §11.2). The baseline hash covers the
 * content only: the id, label, author and time are what the signature record adds, so two baselines of the same
 * graph have the same hash. A baseline is signed as the object {@code {"type":"eqms.trace-baseline","id":<id>}} with
 * the baseline hash as content hash.
 *
 * @param id        the baseline's id
 * @param label     e.g. "Release 2.1 design freeze"
 * @param createdBy user key of who took it
 * @param createdAt when (server time)
 * @param items     the items with their content hashes, by id (UTF-16 order)
 * @param links     the links, sorted ({@link TraceLink#compareTo})
 * @param hash      the baseline hash
 */
public record TraceBaseline(String id, String label, String createdBy, Instant createdAt,
                            SortedMap<String, BaselineItem> items, List<TraceLink> links, String hash) {

    /** The object type a baseline signature and its audit entries name. */
    public static final String OBJECT_TYPE = "eqms.trace-baseline";

    /** An item as captured, with its content hash. */
    public record BaselineItem(TraceItem item, String hash) {
    }

    public TraceBaseline {
        Require.text(id, "baseline id");
        Require.text(label, "baseline label");
        Require.text(createdBy, "baseline author");
        Require.value(createdAt, "baseline time");
        items = Collections.unmodifiableSortedMap(new TreeMap<>(items));
        List<TraceLink> sorted = new ArrayList<>(links);
        Collections.sort(sorted);
        links = Collections.unmodifiableList(sorted);
        Require.text(hash, "baseline hash");
    }

    /** Whether the stored hashes still match the stored content (each item hash, then the baseline hash). */
    public boolean isIntact() {
        for (BaselineItem i : items.values()) {
            if (!TraceItemHash.of(i.item()).equals(i.hash())) {
                return false;
            }
        }
        return TraceBaselines.baselineHash(items, links).equals(hash);
    }

    /** What a signature of this baseline binds to. */
    public SignableVersion signableVersion() {
        return new SignableVersion(AuditedObject.of(OBJECT_TYPE, id), hash);
    }
}
