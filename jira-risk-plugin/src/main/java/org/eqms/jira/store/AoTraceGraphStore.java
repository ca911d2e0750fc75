package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.TraceItemRow;
import org.eqms.jira.store.entity.TraceLinkRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SoftwareLevel;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;
import org.eqms.trace.VerificationStatus;

/**
 * {@link TraceGraphStore} of one project on Active Objects: items in {@link TraceItemRow}, links in
 * {@link TraceLinkRow}. Item and link ids are the product's ids as plain columns (DESIGN §4: no foreign keys to
 * product tables).
 *
 * <ul>
 *   <li><b>Reads stream</b> page by page ({@value #PAGE} rows per query, keyset on the project's
 *       {@code (PROJECT_KEY, ID)} index, only the columns the records need): loading 35,000 items and 100,000 links
 *       is about 70 queries, never one per item, and no AO entity outlives its page. Items come in the order they
 *       were first saved, links likewise.</li>
 *   <li><b>Writes</b> run in one transaction that joins the caller's. The batch forms {@link #saveItems} and
 *       {@link #saveLinks} (what an import uses) look up {@value #SLICE} ids per query.</li>
 *   <li><b>Items</b> are created or updated by id; an update may not change the role
 *       ({@link TraceRefusal#ROLE_CHANGE_NOT_ALLOWED}). {@link #deleteItem} refuses an item that still has links
 *       ({@link TraceRefusal#ITEM_HAS_LINKS}), as {@code TraceGraph.remove} does: links are removed one by one first,
 *       so the trace (and its audit) records what was unlinked, and no stored link ever points at a missing item.
 *       Deleting an unknown item changes nothing.</li>
 *   <li><b>Links</b> need both items stored in the project ({@link TraceRefusal#UNKNOWN_ITEM}); saving a stored link
 *       again changes nothing; deleting an unknown link changes nothing. The link rules between roles are the
 *       domain's ({@code TraceGraph}); the store guards identity and existence. UNIQUE
 *       {@link TraceLinkRow#PROJECT_LINK} and {@link TraceItemRow#PROJECT_ITEM} refuse what a concurrent writer
 *       slipped past the checks.</li>
 * </ul>
 */
public final class AoTraceGraphStore implements TraceGraphStore {
    /** Ids per lookup query (an IN list stays far below every database's parameter limit). */
    static final int SLICE = 200;
    /** Rows per read query: items and links are small records. */
    static final int PAGE = 2_000;

    private static final String ITEM_COLUMNS = String.join(",", TraceItemRow.ID, TraceItemRow.PROJECT_KEY,
            TraceItemRow.ITEM_ID, TraceItemRow.ITEM_ROLE, TraceItemRow.HUMAN_KEY, TraceItemRow.TITLE,
            TraceItemRow.FIELDS_JSON, TraceItemRow.ACCEPTABILITY, TraceItemRow.VER_STATUS, TraceItemRow.SW_LEVEL,
            TraceItemRow.SAFETY_CLASS);
    private static final String LINK_COLUMNS = String.join(",", TraceLinkRow.ID, TraceLinkRow.FROM_ID,
            TraceLinkRow.LINK_TYPE, TraceLinkRow.TO_ID);

    private final ActiveObjects ao;
    private final String projectKey;

    public AoTraceGraphStore(ActiveObjects ao, String projectKey) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.projectKey = UniqueKeys.column(projectKey, "project key");
    }

    public String projectKey() {
        return projectKey;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Stream<TraceItem> items() {
        return Pages.<TraceItem, Integer>stream(PAGE, after -> {
            Pages.Collector<TraceItem, Integer> page = new Pages.Collector<>();
            ao.stream(TraceItemRow.class, byId(ITEM_COLUMNS, TraceItemRow.PROJECT_KEY, after),
                    row -> page.add(item(row), row.getID()));
            return page.page();
        });
    }

    @Override
    public Stream<TraceLink> links() {
        return Pages.<TraceLink, Integer>stream(PAGE, after -> {
            Pages.Collector<TraceLink, Integer> page = new Pages.Collector<>();
            ao.stream(TraceLinkRow.class, byId(LINK_COLUMNS, TraceLinkRow.PROJECT_KEY, after),
                    row -> page.add(link(row), row.getID()));
            return page.page();
        });
    }

    private Query byId(String columns, String projectColumn, Integer after) {
        Query query = after == null
                ? Query.select(columns).where(projectColumn + " = ?", projectKey)
                : Query.select(columns).where(projectColumn + " = ? AND ID > ?", projectKey, after);
        return query.order(projectColumn + " ASC, ID ASC").limit(PAGE);
    }

    /** How many items the project has. */
    public int itemCount() {
        return ao.count(TraceItemRow.class, TraceItemRow.PROJECT_KEY + " = ?", projectKey);
    }

    /** How many links the project has. */
    public int linkCount() {
        return ao.count(TraceLinkRow.class, TraceLinkRow.PROJECT_KEY + " = ?", projectKey);
    }

    /** The links of one item, outgoing then incoming (through the (project, from) and (project, to) indexes). */
    @Override
    public List<TraceLink> linksOf(String itemId) {
        List<TraceLink> links = new ArrayList<>();
        for (String column : List.of(TraceLinkRow.FROM_ID, TraceLinkRow.TO_ID)) {
            for (TraceLinkRow row : ao.find(TraceLinkRow.class, Query.select(LINK_COLUMNS)
                    .where(TraceLinkRow.PROJECT_KEY + " = ? AND " + column + " = ?", projectKey, itemId)
                    .order("ID ASC"))) {
                links.add(link(row));
            }
        }
        return links;
    }

    /** The links starting at these items, {@value #SLICE} ids per query through the (project, from) index. */
    @Override
    public List<TraceLink> outgoing(Collection<String> itemIds) {
        List<TraceLink> links = new ArrayList<>();
        for (List<String> slice : Pages.slices(List.copyOf(new LinkedHashSet<>(itemIds)), SLICE)) {
            Object[] parameters = new Object[slice.size() + 1];
            parameters[0] = projectKey;
            for (int i = 0; i < slice.size(); i++) {
                parameters[i + 1] = slice.get(i);
            }
            for (TraceLinkRow row : ao.find(TraceLinkRow.class, Query.select(LINK_COLUMNS)
                    .where(TraceLinkRow.PROJECT_KEY + " = ? AND " + TraceLinkRow.FROM_ID + " IN ("
                            + Pages.placeholders(slice.size()) + ")", parameters).order("ID ASC"))) {
                links.add(link(row));
            }
        }
        return links;
    }

    /** The item with this id, through UNIQUE {@link TraceItemRow#PROJECT_ITEM}. */
    @Override
    public Optional<TraceItem> item(String id) {
        return Optional.ofNullable(items(List.of(id)).get(id));
    }

    /** The stored items among these ids, {@value #SLICE} per query through UNIQUE {@link TraceItemRow#PROJECT_ITEM}. */
    @Override
    public Map<String, TraceItem> items(Collection<String> ids) {
        Map<String, TraceItem> found = new LinkedHashMap<>();
        for (List<String> slice : Pages.slices(List.copyOf(new LinkedHashSet<>(ids)), SLICE)) {
            Object[] keys = slice.stream().map(id -> UniqueKeys.of(projectKey, id)).toArray();
            for (TraceItemRow row : ao.find(TraceItemRow.class, Query.select(ITEM_COLUMNS)
                    .where(TraceItemRow.PROJECT_ITEM + " IN (" + Pages.placeholders(keys.length) + ")", keys))) {
                found.put(row.getItemId(), item(row));
            }
        }
        return found;
    }

    /**
     * The projects whose trace holds an item with this id (through the item-id index): one, except after the
     * product moved the item's issue to another project and before the trace followed.
     */
    public static List<String> projectsHolding(ActiveObjects ao, String itemId) {
        List<String> projects = new ArrayList<>();
        for (TraceItemRow row : ao.find(TraceItemRow.class, Query.select(TraceItemRow.ID + ","
                + TraceItemRow.PROJECT_KEY).where(TraceItemRow.ITEM_ID + " = ?", itemId).order("ID ASC"))) {
            projects.add(row.getProjectKey());
        }
        return projects;
    }

    // ---------------------------------------------------------------- items

    @Override
    public void saveItem(TraceItem item) {
        saveItems(List.of(Objects.requireNonNull(item, "item")));
    }

    /**
     * Create or update each item (by id), all in one transaction; when an id is given twice the last state stands.
     *
     * @throws TraceRefusedException {@link TraceRefusal#ROLE_CHANGE_NOT_ALLOWED}; nothing is written
     */
    public void saveItems(Collection<TraceItem> items) {
        Map<String, TraceItem> byId = new LinkedHashMap<>();
        for (TraceItem item : items) {
            Objects.requireNonNull(item, "item");
            UniqueKeys.column(item.id(), "item id");
            UniqueKeys.column(item.key(), "key of item " + item.id());
            if (item.safetyClass() != null) {
                UniqueKeys.column(item.safetyClass(), "safety class of item " + item.id());
            }
            UniqueKeys.of(projectKey, item.id());
            byId.put(item.id(), item);
        }
        write("Items of project " + projectKey, () -> {
            for (List<TraceItem> slice : Pages.slices(new ArrayList<>(byId.values()), SLICE)) {
                Map<String, TraceItemRow> stored = storedItems(slice);
                for (TraceItem item : slice) {
                    TraceItemRow row = stored.get(item.id());
                    if (row == null) {
                        ao.create(TraceItemRow.class, newItemRow(item));
                    } else {
                        update(row, item);
                    }
                }
            }
        });
    }

    /** The stored rows of these items, looked up through UNIQUE {@link TraceItemRow#PROJECT_ITEM}. */
    private Map<String, TraceItemRow> storedItems(List<TraceItem> slice) {
        Object[] keys = slice.stream().map(item -> UniqueKeys.of(projectKey, item.id())).toArray();
        Map<String, TraceItemRow> stored = new HashMap<>();
        for (TraceItemRow row : ao.find(TraceItemRow.class, Query.select(ITEM_COLUMNS).where(TraceItemRow.PROJECT_ITEM
                + " IN (" + Pages.placeholders(keys.length) + ")", keys))) {
            stored.put(row.getItemId(), row);
        }
        return stored;
    }

    private Map<String, Object> newItemRow(TraceItem item) {
        Map<String, Object> row = new HashMap<>();
        row.put(TraceItemRow.PROJECT_KEY, projectKey);
        row.put(TraceItemRow.ITEM_ID, item.id());
        row.put(TraceItemRow.PROJECT_ITEM, UniqueKeys.of(projectKey, item.id()));
        row.put(TraceItemRow.ITEM_ROLE, item.role().name());
        row.put(TraceItemRow.HUMAN_KEY, item.key());
        row.put(TraceItemRow.TITLE, item.title());
        row.put(TraceItemRow.FIELDS_JSON, StoredCodecs.ITEM_FIELDS.write(new TreeMap<>(item.fields())));
        row.put(TraceItemRow.ACCEPTABILITY, Rows.nameOf(item.acceptability()));
        row.put(TraceItemRow.VER_STATUS, Rows.nameOf(item.status()));
        row.put(TraceItemRow.SW_LEVEL, Rows.nameOf(item.level()));
        row.put(TraceItemRow.SAFETY_CLASS, item.safetyClass());
        return row;
    }

    private void update(TraceItemRow row, TraceItem item) {
        if (!row.getItemRole().equals(item.role().name())) {
            throw new TraceRefusedException(TraceRefusal.ROLE_CHANGE_NOT_ALLOWED, "Item " + item.key() + " ("
                    + item.id() + ") is stored as a " + row.getItemRole() + "; it cannot become a " + item.role()
                    + ".", "Create a new " + item.role() + " item and link it instead.");
        }
        if (item(row).equals(item)) {
            return;
        }
        row.setHumanKey(item.key());
        row.setTitle(item.title());
        row.setFieldsJson(StoredCodecs.ITEM_FIELDS.write(new TreeMap<>(item.fields())));
        row.setAcceptability(Rows.nameOf(item.acceptability()));
        row.setVerStatus(Rows.nameOf(item.status()));
        row.setSwLevel(Rows.nameOf(item.level()));
        row.setSafetyClass(item.safetyClass());
        row.save();
    }

    /**
     * Delete an item that has no links; an unknown id changes nothing.
     *
     * @throws TraceRefusedException {@link TraceRefusal#ITEM_HAS_LINKS}; nothing is deleted
     */
    @Override
    public void deleteItem(String id) {
        Objects.requireNonNull(id, "id");
        write("Item " + id + " of project " + projectKey, () -> {
            int degree = ao.count(TraceLinkRow.class, TraceLinkRow.PROJECT_KEY + " = ? AND "
                    + TraceLinkRow.FROM_ID + " = ?", projectKey, id)
                    + ao.count(TraceLinkRow.class, TraceLinkRow.PROJECT_KEY + " = ? AND "
                    + TraceLinkRow.TO_ID + " = ?", projectKey, id);
            if (degree > 0) {
                throw new TraceRefusedException(TraceRefusal.ITEM_HAS_LINKS, "Item " + id + " of project "
                        + projectKey + " still has " + degree + " link(s).",
                        "Remove its links first, so that the trace records what was unlinked.");
            }
            ao.deleteWithSQL(TraceItemRow.class, TraceItemRow.PROJECT_ITEM + " = ?", UniqueKeys.of(projectKey, id));
        });
    }

    // ---------------------------------------------------------------- links

    @Override
    public void saveLink(TraceLink link) {
        saveLinks(List.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Store each link not stored yet, all in one transaction.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM} when an end is not an item of the project;
     *                               nothing is written
     */
    public void saveLinks(Collection<TraceLink> links) {
        Map<String, TraceLink> byKey = new LinkedHashMap<>();
        for (TraceLink link : links) {
            Objects.requireNonNull(link, "link");
            byKey.putIfAbsent(linkKey(link), link);
        }
        write("Links of project " + projectKey, () -> {
            for (List<String> slice : Pages.slices(new ArrayList<>(byKey.keySet()), SLICE)) {
                Set<String> ends = new LinkedHashSet<>();
                slice.forEach(key -> {
                    ends.add(byKey.get(key).from());
                    ends.add(byKey.get(key).to());
                });
                Set<String> missing = new LinkedHashSet<>(ends);
                missing.removeAll(storedItemIds(ends));
                if (!missing.isEmpty()) {
                    TraceLink example = slice.stream().map(byKey::get)
                            .filter(l -> missing.contains(l.from()) || missing.contains(l.to())).findFirst()
                            .orElseThrow();
                    throw new TraceRefusedException(TraceRefusal.UNKNOWN_ITEM, "The link " + example + " names "
                            + (missing.size() == 1 ? "item " : "items ") + String.join(", ", missing)
                            + ", not stored in project " + projectKey + ".", "Save the items before their links.");
                }
                Set<String> stored = storedLinkKeys(slice);
                for (String key : slice) {
                    if (!stored.contains(key)) {
                        TraceLink link = byKey.get(key);
                        Map<String, Object> row = new HashMap<>();
                        row.put(TraceLinkRow.PROJECT_KEY, projectKey);
                        row.put(TraceLinkRow.FROM_ID, link.from());
                        row.put(TraceLinkRow.LINK_TYPE, link.type().name());
                        row.put(TraceLinkRow.TO_ID, link.to());
                        row.put(TraceLinkRow.PROJECT_LINK, key);
                        ao.create(TraceLinkRow.class, row);
                    }
                }
            }
        });
    }

    private Set<String> storedItemIds(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> slice : Pages.slices(new ArrayList<>(ids), SLICE)) {
            Object[] keys = slice.stream().map(id -> UniqueKeys.of(projectKey, id)).toArray();
            for (TraceItemRow row : ao.find(TraceItemRow.class, Query.select(TraceItemRow.ID + ","
                    + TraceItemRow.ITEM_ID).where(TraceItemRow.PROJECT_ITEM + " IN ("
                    + Pages.placeholders(keys.length) + ")", keys))) {
                found.add(row.getItemId());
            }
        }
        return found;
    }

    private Set<String> storedLinkKeys(List<String> keys) {
        Set<String> found = new HashSet<>();
        for (TraceLinkRow row : ao.find(TraceLinkRow.class, Query.select(TraceLinkRow.ID + ","
                + TraceLinkRow.PROJECT_LINK).where(TraceLinkRow.PROJECT_LINK + " IN ("
                + Pages.placeholders(keys.size()) + ")", keys.toArray()))) {
            found.add(row.getProjectLink());
        }
        return found;
    }

    /** Delete the link; an unknown link changes nothing. */
    @Override
    public void deleteLink(TraceLink link) {
        Objects.requireNonNull(link, "link");
        String key = linkKey(link);
        write("Link " + link + " of project " + projectKey, () ->
                ao.deleteWithSQL(TraceLinkRow.class, TraceLinkRow.PROJECT_LINK + " = ?", key));
    }

    String linkKey(TraceLink link) {
        return UniqueKeys.of(projectKey, UniqueKeys.column(link.from(), "upstream item id"), link.type().name(),
                UniqueKeys.column(link.to(), "downstream item id"));
    }

    // ---------------------------------------------------------------- rows

    private static TraceItem item(TraceItemRow row) {
        String what = "trace item " + row.getItemId() + " of project " + row.getProjectKey();
        return Rows.decode(what, () -> new TraceItem(row.getItemId(),
                Rows.enumOf(ItemRole.class, row.getItemRole()), row.getHumanKey(), Rows.orEmpty(row.getTitle()),
                StoredCodecs.ITEM_FIELDS.read(row.getFieldsJson(), what),
                Rows.enumOf(RiskAcceptability.class, row.getAcceptability()),
                Rows.enumOf(VerificationStatus.class, row.getVerStatus()),
                Rows.enumOf(SoftwareLevel.class, row.getSwLevel()), row.getSafetyClass()));
    }

    private static TraceLink link(TraceLinkRow row) {
        return Rows.decode("trace link " + row.getID(), () -> new TraceLink(row.getFromId(),
                Rows.enumOf(LinkType.class, row.getLinkType()), row.getToId()));
    }

    private void write(String what, Runnable work) {
        try {
            ao.executeInTransaction(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException(what + ": not saved, a concurrent writer stored the same item"
                        + " or link first; reload and try again", e);
            }
            throw e;
        }
    }
}
