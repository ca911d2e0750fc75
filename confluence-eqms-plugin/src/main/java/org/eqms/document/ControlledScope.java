package org.eqms.document;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule "which pages of a space are controlled documents": a space administrator controls either the whole space
 * or the page trees under chosen root pages (each root page and all its descendants). Pages outside the scope, and
 * pages of other spaces, are untouched by the eQMS.
 */
public final class ControlledScope {

    /** What a space administrator chose to control. */
    public enum Mode {
        /** Every page of the space. */
        WHOLE_SPACE,
        /** The root pages listed and their descendants. */
        PAGE_TREES
    }

    private final String spaceKey;
    private final Mode mode;
    private final Set<Long> rootPageIds;

    private ControlledScope(String spaceKey, Mode mode, Set<Long> rootPageIds) {
        this.spaceKey = spaceKey;
        this.mode = mode;
        this.rootPageIds = rootPageIds;
    }

    /** Controls every page of the space. */
    public static ControlledScope wholeSpace(String spaceKey) {
        return new ControlledScope(requireSpaceKey(spaceKey), Mode.WHOLE_SPACE, Set.of());
    }

    /**
     * Controls the given root pages and their descendants.
     *
     * @throws InvalidConfigurationException if no root page is given or an id is not a positive page id
     */
    public static ControlledScope pageTrees(String spaceKey, Set<Long> rootPageIds) {
        requireSpaceKey(spaceKey);
        if (rootPageIds == null || rootPageIds.isEmpty()) {
            throw new InvalidConfigurationException("No root page is chosen for the controlled page trees of space "
                    + spaceKey + ".", "Choose at least one root page, or control the whole space.");
        }
        TreeSet<Long> roots = new TreeSet<>();
        for (Long id : rootPageIds) {
            if (id == null || id < 1) {
                throw new InvalidConfigurationException("\"" + id + "\" is not a page id.",
                        "Choose existing pages of space " + spaceKey + " as roots of the controlled trees.");
            }
            roots.add(id);
        }
        return new ControlledScope(spaceKey, Mode.PAGE_TREES, Collections.unmodifiableSet(roots));
    }

    private static String requireSpaceKey(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new InvalidConfigurationException("A controlled scope needs a space key.",
                    "Configure the controlled scope from the space's own tools.");
        }
        return spaceKey;
    }

    /**
     * Whether the page is a controlled document: it is in this scope's space, and either the whole space is
     * controlled or the page is a chosen root or a descendant of one.
     */
    public boolean covers(PageLocation page) {
        Objects.requireNonNull(page, "page");
        if (!spaceKey.equals(page.spaceKey())) {
            return false;
        }
        if (mode == Mode.WHOLE_SPACE) {
            return true;
        }
        if (rootPageIds.contains(page.pageId())) {
            return true;
        }
        for (Long ancestor : page.ancestorIds()) {
            if (rootPageIds.contains(ancestor)) {
                return true;
            }
        }
        return false;
    }

    public String spaceKey() {
        return spaceKey;
    }

    public Mode mode() {
        return mode;
    }

    /** The chosen root pages, ascending; empty for {@link Mode#WHOLE_SPACE}. */
    public Set<Long> rootPageIds() {
        return rootPageIds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlledScope other && spaceKey.equals(other.spaceKey) && mode == other.mode
                && rootPageIds.equals(other.rootPageIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spaceKey, mode, rootPageIds);
    }

    @Override
    public String toString() {
        return "ControlledScope[" + spaceKey + ", " + mode + (mode == Mode.PAGE_TREES ? " " + rootPageIds : "") + "]";
    }
}
