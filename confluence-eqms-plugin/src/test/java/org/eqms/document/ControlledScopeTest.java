package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlledScopeTest {

    /**
     * Space QMS: 1 (home) ─┬─ 10 (SOPs) ── 100 ── 1000
     *                      ├─ 20 (Work instructions) ── 200
     *                      └─ 30 (Meeting notes) ── 300
     * "ancestors" lists ids root first, separated by spaces.
     */
    @ParameterizedTest(name = "{0} covers {1}/{2} (ancestors [{3}]): {4}")
    @CsvSource(delimiter = '|', value = {
        "WHOLE_SPACE        | QMS | 1    | ''        | true",
        "WHOLE_SPACE        | QMS | 300  | 1 30      | true",
        "WHOLE_SPACE        | LAB | 300  | 1 30      | false",
        "PAGE_TREES 10      | QMS | 10   | 1         | true",
        "PAGE_TREES 10      | QMS | 100  | 1 10      | true",
        "PAGE_TREES 10      | QMS | 1000 | 1 10 100  | true",
        "PAGE_TREES 10      | QMS | 1    | ''        | false",
        "PAGE_TREES 10      | QMS | 20   | 1         | false",
        "PAGE_TREES 10      | QMS | 200  | 1 20      | false",
        "PAGE_TREES 10      | LAB | 100  | 1 10      | false",
        "PAGE_TREES 10 20   | QMS | 200  | 1 20      | true",
        "PAGE_TREES 10 20   | QMS | 300  | 1 30      | false",
        "PAGE_TREES 100     | QMS | 10   | 1         | false",
        "PAGE_TREES 100     | QMS | 1000 | 1 10 100  | true",
        "PAGE_TREES 1       | QMS | 300  | 1 30      | true",
        "PAGE_TREES 1000    | QMS | 100  | 1 10      | false",
    })
    void coversTheWholeSpaceOrTheChosenTreesOnly(String scope, String space, long pageId, String ancestors,
            boolean covered) {
        assertThat(parseScope(scope).covers(new PageLocation(space, pageId, longs(ancestors)))).isEqualTo(covered);
    }

    @Test
    void ancestorOrderDoesNotMatter() {
        ControlledScope scope = ControlledScope.pageTrees("QMS", Set.of(10L));
        assertThat(scope.covers(new PageLocation("QMS", 1000, List.of(100L, 10L, 1L)))).isTrue();
    }

    @Test
    void spaceKeysAreCaseSensitiveAsConfluenceStoresThem() {
        assertThat(ControlledScope.wholeSpace("QMS").covers(PageLocation.topLevel("qms", 1))).isFalse();
    }

    @Test
    void exposesWhatTheAdministratorChose() {
        ControlledScope trees = ControlledScope.pageTrees("QMS", new HashSet<>(List.of(20L, 10L)));
        assertThat(trees.spaceKey()).isEqualTo("QMS");
        assertThat(trees.mode()).isEqualTo(ControlledScope.Mode.PAGE_TREES);
        assertThat(trees.rootPageIds()).containsExactly(10L, 20L);
        assertThat(trees).isEqualTo(ControlledScope.pageTrees("QMS", Set.of(10L, 20L)));
        assertThat(ControlledScope.wholeSpace("QMS").rootPageIds()).isEmpty();
        assertThat(ControlledScope.wholeSpace("QMS").mode()).isEqualTo(ControlledScope.Mode.WHOLE_SPACE);
    }

    @Test
    void theRootSetIsCopiedAndReadOnly() {
        Set<Long> roots = new HashSet<>(Set.of(10L));
        ControlledScope scope = ControlledScope.pageTrees("QMS", roots);
        roots.add(20L);
        assertThat(scope.covers(new PageLocation("QMS", 200, List.of(1L, 20L)))).isFalse();
        assertThatThrownBy(() -> scope.rootPageIds().add(30L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesPageTreesWithoutRootsOrWithImpossibleIds() {
        assertThatThrownBy(() -> ControlledScope.pageTrees("QMS", Set.of()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.hint()).contains("at least one root page"));
        assertThatThrownBy(() -> ControlledScope.pageTrees("QMS", null))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> ControlledScope.pageTrees("QMS", Set.of(0L)))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> ControlledScope.pageTrees("QMS", new HashSet<>(Arrays.asList(10L, null))))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> ControlledScope.wholeSpace(" "))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    @Test
    void pageLocationsAreValidatedAndImmutable() {
        assertThatThrownBy(() -> new PageLocation("QMS", 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageLocation("", 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageLocation("QMS", 1, null)).isInstanceOf(NullPointerException.class);
        List<Long> ancestors = new java.util.ArrayList<>(List.of(1L));
        PageLocation page = new PageLocation("QMS", 10, ancestors);
        ancestors.add(2L);
        assertThat(page.ancestorIds()).containsExactly(1L);
    }

    private static ControlledScope parseScope(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts[0].equals("WHOLE_SPACE")) {
            return ControlledScope.wholeSpace("QMS");
        }
        Set<Long> roots = new HashSet<>(longs(String.join(" ", Arrays.copyOfRange(parts, 1, parts.length))));
        return ControlledScope.pageTrees("QMS", roots);
    }

    private static List<Long> longs(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of()
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Long::valueOf).toList();
    }
}
