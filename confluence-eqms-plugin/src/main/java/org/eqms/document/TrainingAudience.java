package org.eqms.document;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who must acknowledge the effective revision of a document type that requires training: named readers (user keys)
 * and groups (every member).
 */
public record TrainingAudience(Set<String> readers, Set<String> groups) {

    /** No training required. */
    public static final TrainingAudience NONE = new TrainingAudience(Set.of(), Set.of());

    public TrainingAudience {
        readers = Set.copyOf(readers);
        groups = Set.copyOf(groups);
        readers.forEach(r -> NonBlank.check(r, "reader"));
        groups.forEach(g -> NonBlank.check(g, "group"));
    }

    /** Every user who must acknowledge, as user keys in order: named readers and the groups' current members. */
    public Set<String> trainees(GroupRoster roster) {
        Set<String> all = new TreeSet<>(readers);
        for (String group : groups) {
            all.addAll(roster.membersOf(group));
        }
        return all;
    }
}
