package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.TraceFixtures.cleanGraph;
import static org.eqms.trace.TraceFixtures.item;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TraceGraphTest {

    static Stream<Arguments> refusedChanges() {
        return Stream.of(
                Arguments.of("duplicate item", (Consumer<TraceGraph>) g -> g.add(item("SRS-1", ItemRole.HAZARD)),
                        TraceRefusal.DUPLICATE_ITEM),
                Arguments.of("role change", (Consumer<TraceGraph>) g -> g.replace(item("SRS-1", ItemRole.HAZARD)),
                        TraceRefusal.ROLE_CHANGE_NOT_ALLOWED),
                Arguments.of("replace unknown", (Consumer<TraceGraph>) g -> g.replace(item("X", ItemRole.HAZARD)),
                        TraceRefusal.UNKNOWN_ITEM),
                Arguments.of("remove linked item", (Consumer<TraceGraph>) g -> g.remove("SRS-1"),
                        TraceRefusal.ITEM_HAS_LINKS),
                Arguments.of("link to unknown item", (Consumer<TraceGraph>) g -> g.link("SRS-1", LinkType.VERIFIED_BY,
                        "nope"), TraceRefusal.UNKNOWN_ITEM),
                Arguments.of("self link", (Consumer<TraceGraph>) g -> g.link("SRS-1", LinkType.DERIVES, "SRS-1"),
                        TraceRefusal.SELF_LINK),
                Arguments.of("duplicate link", (Consumer<TraceGraph>) g -> g.link("SRS-1", LinkType.VERIFIED_BY, "T-1"),
                        TraceRefusal.DUPLICATE_LINK),
                Arguments.of("link not allowed", (Consumer<TraceGraph>) g -> g.link("T-1", LinkType.VERIFIED_BY,
                        "SRS-1"), TraceRefusal.LINK_NOT_ALLOWED),
                Arguments.of("unlink unknown", (Consumer<TraceGraph>) g -> g.unlink(new TraceLink("SRS-1",
                        LinkType.VERIFIED_BY, "T-2")), TraceRefusal.UNKNOWN_LINK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChanges")
    void aRefusedChangeLeavesTheGraphAsItWas(String why, Consumer<TraceGraph> change, TraceRefusal refusal) {
        TraceGraph graph = cleanGraph();
        List<TraceItem> items = graph.items().toList();
        List<TraceLink> links = graph.links().toList();

        assertThatThrownBy(() -> change.accept(graph)).isInstanceOfSatisfying(TraceRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.hint()).isNotBlank();
        });
        assertThat(graph.items().toList()).isEqualTo(items);
        assertThat(graph.links().toList()).isEqualTo(links);
        for (TraceItem item : items) {
            assertThat(graph.outgoing(item.id())).allMatch(l -> l.from().equals(item.id()));
            assertThat(graph.incoming(item.id())).allMatch(l -> l.to().equals(item.id()));
        }
    }

    static Stream<Arguments> misplacedAttributes() {
        return Stream.of(
                Arguments.of("acceptability on a requirement", (Runnable) () -> new TraceItem("1",
                        ItemRole.SOFTWARE_REQUIREMENT, "K", "", null, RiskAcceptability.ACCEPTABLE, null, null, null)),
                Arguments.of("status on a hazard", (Runnable) () -> new TraceItem("1", ItemRole.HAZARD, "K", "", null,
                        null, VerificationStatus.PASSED, null, null)),
                Arguments.of("safety class on SOUP", (Runnable) () -> new TraceItem("1", ItemRole.SOUP, "K", "", null,
                        null, null, null, "C")),
                Arguments.of("level on a test", (Runnable) () -> TraceItem.verification("1", "K", "",
                        VerificationStatus.OPEN).withLevel(SoftwareLevel.UNIT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misplacedAttributes")
    void anAttributeOfAnotherRoleIsRefused(String why, Runnable build) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(TraceRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(TraceRefusal.ATTRIBUTE_NOT_FOR_ROLE);
            assertThat(e.httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void anItemNeedsAnIdAKeyAndTheAttributesOfItsRole() {
        assertThatThrownBy(() -> TraceItem.of(" ", ItemRole.HAZARD, "H", "t"))
                .isInstanceOfSatisfying(TraceRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.MISSING_VALUE));
        assertThatThrownBy(() -> TraceItem.hazardousSituation("1", "HS", "t", null))
                .isInstanceOf(TraceRefusedException.class);
        assertThat(TraceItem.of("1", ItemRole.HAZARDOUS_SITUATION, "HS", "t").acceptability())
                .isEqualTo(RiskAcceptability.NOT_EVALUATED);
        assertThat(TraceItem.of("1", ItemRole.VERIFICATION, "T", "t").status()).isEqualTo(VerificationStatus.OPEN);
        assertThat(TraceItem.of("1", ItemRole.SOFTWARE_ITEM, "S", "t").level()).isEqualTo(SoftwareLevel.ITEM);
    }

    @Test
    void fieldsAreKeptSortedAndBlankFieldsReadAsAbsent() {
        TraceItem item = item("1", ItemRole.SOFTWARE_REQUIREMENT).withField("z", "last").withField("a", "first")
                .withField("blank", " ");
        assertThat(item.fields().keySet()).containsExactly("a", "blank", "z");
        assertThat(item.field("blank")).isNull();
        assertThat(item.withField("z", null).fields()).doesNotContainKey("z");
    }

    @Test
    void anUnlinkedItemCanBeRemovedAndLinksWalkedBothWays() {
        TraceGraph graph = cleanGraph();
        TraceLink link = new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-2");
        graph.unlink(link);
        assertThat(graph.incoming("T-2")).isEmpty();
        assertThat(graph.remove("T-2").id()).isEqualTo("T-2");
        assertThat(graph.contains("T-2")).isFalse();
        assertThat(graph.downstream("RC-1", LinkType.IMPLEMENTED_BY)).extracting(TraceItem::id).containsExactly("SRS-2");
        assertThat(graph.upstream("SRS-2", LinkType.IMPLEMENTED_BY)).extracting(TraceItem::id).containsExactly("RC-1");
        assertThat(graph.itemCount(ItemRole.VERIFICATION)).isEqualTo(6);
    }

    @Test
    void aGraphIsLoadedFromItsStoreByStreaming() {
        TraceGraph original = cleanGraph();
        List<String> closed = new ArrayList<>();
        TraceGraphStore store = new TraceGraphStore() {
            @Override
            public Stream<TraceItem> items() {
                return original.items().toList().stream().onClose(() -> closed.add("items"));
            }

            @Override
            public Stream<TraceLink> links() {
                return original.links().toList().stream().onClose(() -> closed.add("links"));
            }

            @Override
            public void saveItem(TraceItem item) {
            }

            @Override
            public void deleteItem(String id) {
            }

            @Override
            public void saveLink(TraceLink link) {
            }

            @Override
            public void deleteLink(TraceLink link) {
            }
        };
        TraceGraph loaded = TraceGraph.load(store);
        assertThat(loaded.items().toList()).containsExactlyInAnyOrderElementsOf(original.items().toList());
        assertThat(loaded.links().toList()).containsExactlyElementsOf(original.links().toList());
        assertThat(closed).containsExactly("items", "links");
    }

    /**
     * Found by the reliability suite: a trace matrix read while a developer filed a test and linked it answered 404
     * unknown_item, because the link was committed between the read of the items and the read of the links.
     */
    @Test
    void aLinkCommittedBetweenTheReadOfTheItemsAndOfTheLinksIsReadAgainNotRefused() {
        TraceGraph original = cleanGraph();
        TraceItem late = item("T-LATE", ItemRole.VERIFICATION);
        TraceLink lateLink = new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-LATE");
        List<String> reads = new ArrayList<>();
        TraceGraphStore store = new ListStore(reads, () -> reads.size() <= 1 ? original.items().toList()
                : Stream.concat(original.items(), Stream.of(late)).toList(),
                () -> Stream.concat(original.links(), Stream.of(lateLink)).toList());

        TraceGraph loaded = TraceGraph.load(store);

        assertThat(loaded.contains("T-LATE")).isTrue();
        assertThat(loaded.contains(lateLink)).isTrue();
        assertThat(reads).containsExactly("items", "links", "items", "links");
    }

    @Test
    void aStoredLinkToAnItemThatIsNeverThereIsStillRefusedAfterTheRereads() {
        TraceGraph original = cleanGraph();
        TraceLink dangling = new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-NEVER");
        List<String> reads = new ArrayList<>();
        TraceGraphStore store = new ListStore(reads, () -> original.items().toList(),
                () -> Stream.concat(original.links(), Stream.of(dangling)).toList());

        assertThatThrownBy(() -> TraceGraph.load(store)).isInstanceOfSatisfying(TraceRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.UNKNOWN_ITEM));
        assertThat(reads).filteredOn("items"::equals).hasSize(TraceGraph.LOAD_ATTEMPTS);
    }

    /** A store answering each read from a supplier, noting the reads. */
    private record ListStore(List<String> reads, java.util.function.Supplier<List<TraceItem>> storedItems,
                             java.util.function.Supplier<List<TraceLink>> storedLinks) implements TraceGraphStore {
        @Override
        public Stream<TraceItem> items() {
            reads.add("items");
            return storedItems.get().stream();
        }

        @Override
        public Stream<TraceLink> links() {
            reads.add("links");
            return storedLinks.get().stream();
        }

        @Override
        public void saveItem(TraceItem item) {
        }

        @Override
        public void deleteItem(String id) {
        }

        @Override
        public void saveLink(TraceLink link) {
        }

        @Override
        public void deleteLink(TraceLink link) {
        }
    }
}
