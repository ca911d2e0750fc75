package org.eqms.trace.reqif;

/**
 * A directed trace link between two objects of the same document (a SPEC-RELATION), e.g. a requirement
 * "is verified by" a test. {@code id} is written as the relation's {@code ReqIF.ForeignID}.
 */
public record ReqifRelation(String id, String type, String sourceId, String targetId) {

    public ReqifRelation {
        ReqifObject.requireNonBlank(id, "id");
        ReqifObject.requireNonBlank(type, "type");
        ReqifObject.requireNonBlank(sourceId, "sourceId");
        ReqifObject.requireNonBlank(targetId, "targetId");
    }
}
