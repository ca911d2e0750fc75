package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.trace.TraceFixtures.CLOCK;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.eqms.compliance.Clause;

/** The baseline hash depends on the graph's content only, never on the order it was built in. */
class TraceBaselineProperties {

    @Property(tries = 100)
    @Clause("IEC62304-8.1.3")
    void theBaselineHashIsIndependentOfInsertionOrder(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll long seed) {
        TraceGraph graph = SuspectLinksProperties.graph(n, roles, attempts);
        List<TraceItem> items = new ArrayList<>(graph.items().toList());
        List<TraceLink> links = new ArrayList<>(graph.links().toList());
        Random random = new Random(seed);
        Collections.shuffle(items, random);
        Collections.shuffle(links, random);
        TraceGraph shuffled = new TraceGraph();
        items.forEach(shuffled::add);
        links.forEach(shuffled::link);

        TraceBaselines baselines = new TraceBaselines(CLOCK);
        TraceBaseline a = baselines.take(graph, "a", "a", "u", BaselineProgress.SILENT);
        TraceBaseline b = baselines.take(shuffled, "b", "b", "u", BaselineProgress.SILENT);
        assertThat(b.hash()).isEqualTo(a.hash());
        assertThat(BaselineDiff.between(a, b).isEmpty()).isTrue();
    }
}
