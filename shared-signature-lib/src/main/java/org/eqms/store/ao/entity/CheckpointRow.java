package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A signed Merkle checkpoint over the first TREE_SIZE entries. FRONTIER keeps the roots of the complete
 * subtrees at that size so the next checkpoint only hashes the entries added since.
 */
@Table("AUDIT_CHECKPOINT")
public interface CheckpointRow extends RawEntity<Long> {
    String TREE_SIZE = "TREE_SIZE";
    String ROOT_HASH = "ROOT_HASH";
    String CHECKPOINT_TIME = "CHECKPOINT_TIME";
    String KID = "KID";
    String SIG = "SIG";
    String FRONTIER = "FRONTIER";

    @PrimaryKey(TREE_SIZE)
    @NotNull
    long getTreeSize();

    @NotNull
    String getRootHash();

    @NotNull
    String getCheckpointTime();

    @NotNull
    String getKid();

    @NotNull
    String getSig();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getFrontier();
}
