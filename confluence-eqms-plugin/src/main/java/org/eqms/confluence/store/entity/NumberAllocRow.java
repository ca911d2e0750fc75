package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One document number consumed from a (space, document type) sequence (ISO 13485 §4.2.4). Inserted once, never
 * updated or deleted, so a number is never handed out twice: the next number is the highest allocated plus one, taken
 * under the sequence's cluster lock, and UNIQUE {@value #ALLOC_KEY} refuses a duplicate should the lock ever fail.
 */
@Table("DOC_NUMBER_ALLOC")
public interface NumberAllocRow extends Entity {
    String ID = "ID";
    String ALLOC_KEY = "ALLOC_KEY";
    String SEQ_KEY = "SEQ_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String TYPE_KEY = "TYPE_KEY";
    String SEQ_NUMBER = "SEQ_NUMBER";

    /** {@code <space key>/<type key>/<number>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getAllocKey();

    /** {@code <space key>/<type key>}. */
    @NotNull
    @Indexed
    String getSeqKey();

    @NotNull
    String getSpaceKey();

    @NotNull
    String getTypeKey();

    @NotNull
    long getSeqNumber();
}
