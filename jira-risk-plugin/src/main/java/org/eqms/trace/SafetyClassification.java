package org.eqms.trace;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule "a software item is held to its class; a decomposed item inherits its container's class" (IEC 62304
 * §4.3): every {@link ItemRole#SOFTWARE_ITEM} and {@link ItemRole#SOUP} of the graph gets an
 * {@link EffectiveSafetyClass}:
 *
 * <ul>
 *   <li>a software item with a class the scheme knows: that class ({@code DECLARED});</li>
 *   <li>an unclassified software item, or a SOUP item, contained in others: the most rigorous class of its
 *       containers ({@code INHERITED}, §4.3(d));</li>
 *   <li>anything else (unclassified and not contained, or inside a containment cycle): the scheme's most rigorous
 *       class ({@code DEFAULTED_TO_HIGHEST}, §4.3(a)).</li>
 * </ul>
 *
 * Computed in one pass in containment order (each item after all its containers), so the cost is linear in items
 * and {@code CONTAINS} links.
 */
public final class SafetyClassification {

    private final ClassificationScheme scheme;
    private final Map<String, EffectiveSafetyClass> classes;

    private SafetyClassification(ClassificationScheme scheme, Map<String, EffectiveSafetyClass> classes) {
        this.scheme = scheme;
        this.classes = classes;
    }

    public static SafetyClassification of(TraceGraph graph, ClassificationScheme scheme) {
        Map<String, Integer> pendingContainers = new HashMap<>();
        Deque<TraceItem> ready = new ArrayDeque<>();
        List<ItemRole> roles = List.of(ItemRole.SOFTWARE_ITEM, ItemRole.SOUP);
        for (ItemRole role : roles) {
            graph.items(role).forEach(item -> {
                int containers = (int) graph.incoming(item.id()).stream()
                        .filter(l -> l.type() == LinkType.CONTAINS).count();
                pendingContainers.put(item.id(), containers);
                if (containers == 0) {
                    ready.add(item);
                }
            });
        }
        Map<String, String> inherited = new HashMap<>();
        Map<String, EffectiveSafetyClass> classes = new HashMap<>();
        while (!ready.isEmpty()) {
            TraceItem item = ready.poll();
            EffectiveSafetyClass effective = decide(item, inherited.get(item.id()), scheme);
            classes.put(item.id(), effective);
            for (TraceLink link : graph.outgoing(item.id())) {
                if (link.type() != LinkType.CONTAINS) {
                    continue;
                }
                inherited.merge(link.to(), effective.code(), scheme::max);
                if (pendingContainers.merge(link.to(), -1, Integer::sum) == 0) {
                    ready.add(graph.require(link.to()));
                }
            }
        }
        for (ItemRole role : roles) {
            graph.items(role).filter(item -> !classes.containsKey(item.id())).forEach(item -> classes.put(item.id(),
                    new EffectiveSafetyClass(scheme.highest().code(), EffectiveSafetyClass.Source.DEFAULTED_TO_HIGHEST)));
        }
        return new SafetyClassification(scheme, Collections.unmodifiableMap(classes));
    }

    private static EffectiveSafetyClass decide(TraceItem item, String fromContainers, ClassificationScheme scheme) {
        if (item.role() == ItemRole.SOFTWARE_ITEM && scheme.contains(item.safetyClass())) {
            return new EffectiveSafetyClass(item.safetyClass(), EffectiveSafetyClass.Source.DECLARED);
        }
        if (fromContainers != null) {
            return new EffectiveSafetyClass(fromContainers, EffectiveSafetyClass.Source.INHERITED);
        }
        return new EffectiveSafetyClass(scheme.highest().code(), EffectiveSafetyClass.Source.DEFAULTED_TO_HIGHEST);
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /**
     * The effective class of a software item or SOUP item.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM} for other items
     */
    public EffectiveSafetyClass of(String itemId) {
        EffectiveSafetyClass effective = classes.get(itemId);
        if (effective == null) {
            throw new TraceRefusedException(TraceRefusal.UNKNOWN_ITEM, "Item " + itemId
                    + " is not a software item or SOUP item, so it has no safety class.",
                    "Ask for the class of a SOFTWARE_ITEM or SOUP item.");
        }
        return effective;
    }

    /** Whether the item's effective class requires the activity. */
    public boolean requires(String itemId, Activity activity) {
        return scheme.requires(of(itemId).code(), activity);
    }

    /** The most rigorous effective class of the items containing this one, or {@code null} when none. */
    public String containerClass(TraceGraph graph, String itemId) {
        String max = null;
        for (TraceLink link : graph.incoming(itemId)) {
            if (link.type() == LinkType.CONTAINS && classes.containsKey(link.from())) {
                String c = classes.get(link.from()).code();
                max = max == null ? c : scheme.max(max, c);
            }
        }
        return max;
    }
}
