package org.eqms.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Sha256;

/**
 * Taking baselines of the trace graph, and the rule of the baseline hash (docs/formats.md §11.2): the SHA-256, in
 * lowercase hex, of the JCS bytes of
 *
 * <pre>
 * {"format":"eqms-trace-baseline/1",
 *  "items":{&lt;item id&gt;:&lt;item content hash&gt;,…},
 *  "links":[[&lt;from id&gt;,&lt;TYPE&gt;,&lt;to id&gt;],…]}
 * </pre>
 *
 * <p>with one {@code items} member per item ({@link TraceItemHash}; JCS orders them by id) and the links sorted by
 * from id, then type name, then to id, comparing by UTF-16 code units.
 */
public final class TraceBaselines {

    /** The {@code format} member of the hashed object. */
    public static final String FORMAT = "eqms-trace-baseline/1";

    private final Clock clock;

    public TraceBaselines(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Snapshot the graph.
     *
     * @throws TraceRefusedException {@link TraceRefusal#CANCELLED} when the progress says so (nothing to store),
     *                               {@link TraceRefusal#MISSING_VALUE} without id, label or author
     */
    public TraceBaseline take(TraceGraph graph, String id, String label, String actorKey, BaselineProgress progress) {
        Require.text(id, "baseline id");
        Require.text(label, "baseline label");
        Require.text(actorKey, "baseline author");
        long total = graph.itemCount();
        long done = 0;
        SortedMap<String, TraceBaseline.BaselineItem> items = new TreeMap<>();
        for (TraceItem item : (Iterable<TraceItem>) graph.items()::iterator) {
            items.put(item.id(), new TraceBaseline.BaselineItem(item, TraceItemHash.of(item)));
            done++;
            if (done % 1000 == 0 || done == total) {
                progress.items(done, total);
                if (progress.cancelled()) {
                    throw new TraceRefusedException(TraceRefusal.CANCELLED, "Baseline '" + label
                            + "' was cancelled after " + done + " of " + total + " items; nothing was stored.",
                            "Take the baseline again when ready.");
                }
            }
        }
        List<TraceLink> links = new ArrayList<>(graph.linkCount());
        graph.links().forEach(links::add);
        Collections.sort(links);
        return new TraceBaseline(id, label, actorKey, clock.instant(), items, links, baselineHash(items, links));
    }

    /** The baseline hash of items (by id) and links (sorted). */
    public static String baselineHash(Map<String, TraceBaseline.BaselineItem> items, List<TraceLink> sortedLinks) {
        return Sha256.hex(Jcs.canonicalize(canonical(items, sortedLinks)));
    }

    /** The JCS text the baseline hash is computed over. */
    public static String canonicalJson(Map<String, TraceBaseline.BaselineItem> items, List<TraceLink> sortedLinks) {
        return new String(Jcs.canonicalize(canonical(items, sortedLinks)), StandardCharsets.UTF_8);
    }

    private static ObjectNode canonical(Map<String, TraceBaseline.BaselineItem> items, List<TraceLink> sortedLinks) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        ObjectNode hashes = node.putObject("items");
        items.forEach((id, item) -> hashes.put(id, item.hash()));
        ArrayNode links = node.putArray("links");
        List<TraceLink> sorted = new ArrayList<>(sortedLinks);
        Collections.sort(sorted);
        sorted.forEach(l -> links.add(TraceItemHash.canonical(l)));
        return node;
    }
}
