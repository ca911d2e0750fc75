package org.eqms.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two baselines: items added, removed and changed (by content hash, with the members that
 * differ), links added and removed. Items in id order, links in link order.
 */
public record BaselineDiff(List<TraceItem> addedItems, List<TraceItem> removedItems, List<ChangedItem> changedItems,
                           List<TraceLink> addedLinks, List<TraceLink> removedLinks) {

    /**
     * An item in both baselines whose content hash differs.
     *
     * @param changedMembers the members of the item's canonical form that differ: {@code key}, {@code title},
     *                       {@code fields.<name>}, {@code acceptability}, {@code status}, {@code level},
     *                       {@code safetyClass}, {@code role}
     */
    public record ChangedItem(TraceItem before, TraceItem after, List<String> changedMembers) {
    }

    public BaselineDiff {
        addedItems = List.copyOf(addedItems);
        removedItems = List.copyOf(removedItems);
        changedItems = List.copyOf(changedItems);
        addedLinks = List.copyOf(addedLinks);
        removedLinks = List.copyOf(removedLinks);
    }

    /** The changes from {@code older} to {@code newer}. Linear in the size of both. */
    public static BaselineDiff between(TraceBaseline older, TraceBaseline newer) {
        List<TraceItem> added = new ArrayList<>();
        List<TraceItem> removed = new ArrayList<>();
        List<ChangedItem> changed = new ArrayList<>();
        newer.items().forEach((id, item) -> {
            TraceBaseline.BaselineItem before = older.items().get(id);
            if (before == null) {
                added.add(item.item());
            } else if (!before.hash().equals(item.hash())) {
                changed.add(new ChangedItem(before.item(), item.item(), changedMembers(before.item(), item.item())));
            }
        });
        older.items().forEach((id, item) -> {
            if (!newer.items().containsKey(id)) {
                removed.add(item.item());
            }
        });
        Set<TraceLink> olderLinks = new HashSet<>(older.links());
        Set<TraceLink> newerLinks = new HashSet<>(newer.links());
        List<TraceLink> addedLinks = newer.links().stream().filter(l -> !olderLinks.contains(l)).toList();
        List<TraceLink> removedLinks = older.links().stream().filter(l -> !newerLinks.contains(l)).toList();
        return new BaselineDiff(added, removed, changed, addedLinks, removedLinks);
    }

    /** Whether the two baselines hold the same content. */
    public boolean isEmpty() {
        return addedItems.isEmpty() && removedItems.isEmpty() && changedItems.isEmpty() && addedLinks.isEmpty()
                && removedLinks.isEmpty();
    }

    private static List<String> changedMembers(TraceItem a, TraceItem b) {
        List<String> members = new ArrayList<>();
        differs(members, "role", a.role(), b.role());
        differs(members, "key", a.key(), b.key());
        differs(members, "title", a.title(), b.title());
        Set<String> names = new TreeSet<>(a.fields().keySet());
        names.addAll(b.fields().keySet());
        for (String name : names) {
            differs(members, "fields." + name, a.fields().get(name), b.fields().get(name));
        }
        differs(members, "acceptability", a.acceptability(), b.acceptability());
        differs(members, "status", a.status(), b.status());
        differs(members, "level", a.level(), b.level());
        differs(members, "safetyClass", a.safetyClass(), b.safetyClass());
        return members;
    }

    private static void differs(List<String> members, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            members.add(name);
        }
    }
}
