package org.eqms.audit.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** Port: the sealed e-signature records as {@code signature} lines, by entrySeq, for entries below a tree size. */
public interface SignatureLineSource {
    void forEachSealed(long entrySeqBelow, Consumer<ObjectNode> consumer);

    long countSealed(long entrySeqBelow);
}
