package org.eqms.document;

/**
 * Port: the per-(space, document type) counter behind document numbers. Implemented in the store under a cluster
 * lock, with a UNIQUE index on (space, type, number) as the last line of defence (DESIGN §4).
 *
 * <p>Contract: each call returns a number never returned before for the same space and type, starting at 1 and
 * increasing. A number once returned is consumed, whether or not the document it was meant for is ever created.
 */
public interface NumberSequence {

    /** The next, never before returned, number (≥ 1) of the type's sequence in the space. */
    long nextFor(String spaceKey, String typeKey);
}
