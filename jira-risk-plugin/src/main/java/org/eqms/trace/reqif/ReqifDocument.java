package org.eqms.trace.reqif;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A requirements model as one ReqIF file carries it: a title, objects in document order and the relations between
 * them. Object ids are unique, relation ids are unique, and every relation joins two objects of the document.
 */
public record ReqifDocument(String title, List<ReqifObject> objects, List<ReqifRelation> relations) {

    public ReqifDocument {
        Objects.requireNonNull(title, "title");
        objects = List.copyOf(objects);
        relations = List.copyOf(relations);
        Set<String> objectIds = new HashSet<>();
        for (ReqifObject object : objects) {
            if (!objectIds.add(object.id())) {
                throw new IllegalArgumentException("two objects have id " + object.id());
            }
        }
        Set<String> relationIds = new HashSet<>();
        for (ReqifRelation relation : relations) {
            if (!relationIds.add(relation.id())) {
                throw new IllegalArgumentException("two relations have id " + relation.id());
            }
            for (String end : List.of(relation.sourceId(), relation.targetId())) {
                if (!objectIds.contains(end)) {
                    throw new IllegalArgumentException(
                            "relation " + relation.id() + " refers to " + end + ", which is not an object of the document");
                }
            }
        }
    }
}
